import type { PackageModel } from "../model/package";
import type { SubjectTable } from "../model/final";
import type { TableKind } from "../model/common";
import type { TreeRow } from "../model/basedata";
import type { Figure } from "../values/figure";
import Decimal from "decimal.js";
import { difference, figureIn, firstFound, found, missing, rate, tableMissing, type Lookup } from "./lookup";

/**
 * The figures the report quotes, each from the table that states it (with a fallback where a second
 * table states the same amount). Named once here so every outline quotes the same cell for the same fact.
 */

const COLUMN_LABELS: Record<string, string> = {
  total: "合计",
  basic: "基本支出",
  project: "项目支出",
  fiscal: "财政拨款收入",
};

function subjectTotal(kind: TableKind, table: SubjectTable | null, column: string): Lookup {
  return figureIn(kind, table, `“合计”行的“${COLUMN_LABELS[column] ?? column}”`, (t) => t.rows.find((r) => r.level === "total")?.values[column]);
}

/** 全部资金 (表1/表3, else the 自评表's 全年执行数): 本年支出合计 and its 基本/项目 split. */
export function expenditureTotal(m: PackageModel): Lookup {
  return firstFound(
    figureIn("final.01", m.final.t01, "“本年支出合计”", (t) => t.expenditureTotal),
    subjectTotal("final.03", m.final.t03, "total"),
    fullYearExecution(m),
  );
}

export function expenditureBasic(m: PackageModel): Lookup {
  return firstFound(
    subjectTotal("final.03", m.final.t03, "basic"),
    figureIn("selfeval.overall", m.overall, "按支出性质分“基本支出”", (t) => t.byExpenditure.find((l) => l.key === "basic")?.amount),
  );
}

export function expenditureProject(m: PackageModel): Lookup {
  return firstFound(
    subjectTotal("final.03", m.final.t03, "project"),
    figureIn("selfeval.overall", m.overall, "按支出性质分“项目支出”", (t) => t.byExpenditure.find((l) => l.key === "project")?.amount),
  );
}

export function incomeTotal(m: PackageModel): Lookup {
  return firstFound(
    figureIn("final.01", m.final.t01, "“本年收入合计”", (t) => t.incomeTotal),
    subjectTotal("final.02", m.final.t02, "total"),
  );
}

export const carryIn = (m: PackageModel) => figureIn("final.01", m.final.t01, "“年初结转和结余”", (t) => t.incomeCarryIn);
export const carryOut = (m: PackageModel) => figureIn("final.01", m.final.t01, "“年末结转和结余”", (t) => t.expenditureCarryOut);
export const incomeGrandTotal = (m: PackageModel) => figureIn("final.01", m.final.t01, "收入“总计”", (t) => t.incomeGrandTotal);

/** 一般公共预算财政拨款支出 (表5). */
export const generalTotal = (m: PackageModel) => subjectTotal("final.05", m.final.t05, "total");
export const generalBasic = (m: PackageModel) => subjectTotal("final.05", m.final.t05, "basic");
export const generalProject = (m: PackageModel) => subjectTotal("final.05", m.final.t05, "project");

/**
 * 公用经费: 表6 公用经费合计; without 表6 (a Hunan package has only 自评表 + 基础数据表) the 基础数据表's 公用经费
 * 本年决算数 — the figure a Hunan staffer quotes.
 */
export const publicTotal = (m: PackageModel) =>
  firstFound(
    figureIn("final.06", m.final.t06, "“公用经费合计”", (t) => t.publicTotal),
    baseDataRow(m, "publicFunds", "total", "actual"),
  );

/** 人员经费: 表6 人员经费合计; without 表6, 基本支出 − 公用经费 (both as the tables at hand state them). */
export const personnelTotal = (m: PackageModel) =>
  firstFound(
    figureIn("final.06", m.final.t06, "“人员经费合计”", (t) => t.personnelTotal),
    m.final.t06 ? missing(tableMissing("final.06")) : difference(expenditureBasic(m), publicTotal(m)),
  );

/** 表4 财政拨款 income: 本年收入合计 and the line of one budget (general, fund, stateCapital). */
export const fiscalIncomeTotal = (m: PackageModel) => figureIn("final.04", m.final.t04, "“本年收入合计”", (t) => t.incomeTotal);
export function fiscalIncomeLine(m: PackageModel, key: string, label: string): Lookup {
  return figureIn("final.04", m.final.t04, `“${label}”收入`, (t) => t.incomeLines.find((l) => l.key === key)?.amount);
}
export const fiscalExpenditureTotal = (m: PackageModel) =>
  figureIn("final.04", m.final.t04, "“本年支出合计”", (t) => t.expenditureTotal.total);

const THREE_PUBLIC_LABELS: Record<string, string> = {
  total: "小计",
  abroad: "因公出国（境）费用",
  reception: "公务接待费",
  vehicleTotal: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  meeting: "会议费",
  training: "培训费",
};

/** The 基础数据表's 三公 rows by the key 表9 uses (会议费/培训费 have no 基础数据表 row of their own). */
const BASE_DATA_THREE_PUBLIC: Record<string, string> = {
  total: "total",
  abroad: "abroad",
  reception: "reception",
  vehicleTotal: "vehicle",
  vehiclePurchase: "vehiclePurchase",
  vehicleOperation: "vehicleOperation",
};

/**
 * 表9 预算数 / 决算数 by key (total, abroad, reception, vehicleTotal, vehiclePurchase, vehicleOperation, meeting,
 * training); without 表9, the 基础数据表's 本年预算数 / 本年决算数 of the same 三公 row.
 */
export function threePublic(m: PackageModel, row: "budget" | "actual", key: string): Lookup {
  const label = `${row === "budget" ? "预算数" : "决算数"}“${THREE_PUBLIC_LABELS[key]}”`;
  const t09 = figureIn("final.09", m.final.t09, label, (t) => t[row][key]);
  const baseKey = BASE_DATA_THREE_PUBLIC[key];
  if (m.final.t09 || !m.basedata || !baseKey) return t09;
  return firstFound(t09, baseDataRow(m, "threePublic", baseKey, row));
}

/** 整体支出绩效自评表 年度资金总额 row. */
export const initialBudget = (m: PackageModel) => figureIn("selfeval.overall", m.overall, "“年初预算数”", (t) => t.money?.initialBudget);
export const fullYearBudget = (m: PackageModel) =>
  figureIn("selfeval.overall", m.overall, "“全年预算数”", (t) => t.money?.fullYearBudget ?? t.taskTotal?.budgetTotal);
export const fullYearExecution = (m: PackageModel) =>
  figureIn("selfeval.overall", m.overall, "“全年执行数”", (t) => t.money?.execution ?? t.taskTotal?.executionTotal);
export const executionWeight = (m: PackageModel) =>
  figureIn("selfeval.overall", m.overall, "预算执行率“分值”", (t) => t.money?.weight ?? t.taskTotal?.weight);
export const executionScore = (m: PackageModel) =>
  figureIn("selfeval.overall", m.overall, "预算执行率“得分”", (t) => t.money?.score ?? t.taskTotal?.score);
export const overallTotalScore = (m: PackageModel) => figureIn("selfeval.overall", m.overall, "“总分”", (t) => t.totalScore);

/** 追加（调整）预算 = 全年预算数 − 年初预算数 (整体支出绩效自评表). */
export const additionalBudget = (m: PackageModel) => difference(fullYearBudget(m), initialBudget(m));

/** 年末结余 as the 自评表 gives it: 全年预算数 − 全年执行数 (budget not spent). */
export const budgetBalance = (m: PackageModel) => difference(fullYearBudget(m), fullYearExecution(m));

/** 收入预算完成率 = 本年收入合计 (表1) / 全年预算数 (自评表). */
export const incomeBudgetCompletion = (m: PackageModel) => rate(incomeTotal(m), fullYearBudget(m), "全年预算数");

/** Σ of lookups, missing if any is (sources of all). */
export function sumOf(lookups: Lookup[], emptyWhy: string): Lookup {
  if (!lookups.length) return missing(emptyWhy);
  let total = new Decimal(0);
  const sources = [];
  for (const l of lookups) {
    if (!l.ok) return l;
    total = total.plus(l.value);
    sources.push(...l.sources);
  }
  return found(total, sources);
}

/** A project's 年度资金总额 figure (项目支出绩效自评表). */
export function projectMoney(m: PackageModel, index: number, column: "initialBudget" | "fullYearBudget" | "execution"): Lookup {
  const label = { initialBudget: "年初预算数", fullYearBudget: "全年预算数", execution: "全年执行数" }[column];
  return figureIn("selfeval.project", m.projects[index], `“年度资金总额”的“${label}”`, (t) => t.money.find((r) => r.key === "total")?.[column]);
}

/**
 * 项目支出 budget (年初 or 全年) = Σ 项目自评表 年度资金总额: only they state a 年初 figure per project, and taking
 * both columns from the same tables keeps 追加 = 全年 − 年初 about the same projects.
 */
export function projectBudget(m: PackageModel, column: "initialBudget" | "fullYearBudget"): Lookup {
  return sumOf(
    m.projects.map((_, i) => projectMoney(m, i, column)),
    tableMissing("selfeval.project"),
  );
}

/** 基本支出 budget = 整体 − 项目 (年初 or 全年): the 自评表 states no 基本支出 budget of its own. */
export function basicBudget(m: PackageModel, column: "initialBudget" | "fullYearBudget"): Lookup {
  return difference(column === "initialBudget" ? initialBudget(m) : fullYearBudget(m), projectBudget(m, column));
}

/** 年末结转和结余 (表1), or without 表1 the 自评表's 全年预算数 − 全年执行数. */
export function yearEndBalance(m: PackageModel): { lookup: Lookup; fromFinal: boolean } {
  return m.final.t01 ? { lookup: carryOut(m), fromFinal: true } : { lookup: budgetBalance(m), fromFinal: false };
}

/** A figure of the model as a lookup (blank → missing, naming the cell). */
export function figureLookup(f: Figure | null | undefined, what: string): Lookup {
  if (!f) return missing(`未找到${what}`);
  if (f.value === null) return missing(`${what}为空（工作表“${f.sheet}”${f.cell}）`);
  return found(f.value, [{ sheet: f.sheet, cell: f.cell }]);
}

/** 基础数据表. */
export const staffAuthorized = (m: PackageModel) => figureIn("basedata", m.basedata, "“编制数”", (t) => t.staffing.authorized);
export const staffActual = (m: PackageModel) => figureIn("basedata", m.basedata, "“实际在职人数”", (t) => t.staffing.actual);

type TreeName = "threePublic" | "projects" | "publicFunds" | "other";
export function baseDataRow(m: PackageModel, tree: TreeName, key: string, column: "budget" | "actual" | "previousActual"): Lookup {
  const columnLabel = { budget: "本年预算数", actual: "本年决算数", previousActual: "上年决算数" }[column];
  return figureIn("basedata", m.basedata, `“${rowLabel(m, tree, key)}”的${columnLabel}`, (t) => t[tree].find((r: TreeRow) => r.key === key)?.[column]);
}

const BASE_DATA_LABELS: Record<string, string> = {
  total: "合计",
  procurement: "政府采购金额",
  budgetAdjustment: "部门基本支出预算调整",
};

function rowLabel(m: PackageModel, tree: TreeName, key: string): string {
  return m.basedata?.[tree].find((r) => r.key === key)?.label ?? BASE_DATA_LABELS[key] ?? key;
}
