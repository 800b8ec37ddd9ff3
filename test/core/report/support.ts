/**
 * The example package as a PackageModel, mapped by hand from the readable fixture data
 * (test/fixtures/data/*.ts — the same figures the example workbook is written from), so report tests do not
 * depend on the recognisers. Every figure gets a made-up but distinct cell on a sheet named after its table,
 * so provenance can be asserted too.
 */
import Decimal from "decimal.js";
import type { PackageModel } from "../../../src/core/model/package";
import { emptyPackage } from "../../../src/core/model/package";
import type { Figure, TextField } from "../../../src/core/values/figure";
import type { Line, SubjectRow, Signatures } from "../../../src/core/model/common";
import type { MoneyRow, Indicator, LevelOne, OverallSelfEval, ProjectSelfEval } from "../../../src/core/model/selfeval";
import type { TreeRow, BaseData } from "../../../src/core/model/basedata";
import {
  EXAMPLE_FINAL_ACCOUNTS,
  type FinalAccountsData,
  type FinalLineData,
  type SubjectTableData,
} from "../../fixtures/data/final-accounts";
import {
  EXAMPLE_SELF_EVALUATION,
  type BaseRowData,
  type MoneyRowData,
  type ProjectData,
  type SelfEvalCommon,
  type SelfEvaluationData,
  type SignatureData,
  type IndicatorData,
} from "../../fixtures/data/self-evaluation";

/** Hands out cells B1, B2, … per sheet. */
class Sheet {
  private n = 0;
  constructor(readonly name: string) {}
  cell(): string {
    return `B${++this.n}`;
  }
  figure(s: string | null): Figure {
    const decimals = s && s.includes(".") ? s.split(".")[1].length : s ? 0 : 2;
    return { value: s === null ? null : new Decimal(s), decimals, raw: s ?? "", sheet: this.name, cell: this.cell() };
  }
  text(s: string): TextField {
    return { text: s, sheet: this.name, cell: this.cell() };
  }
}

const base = (sheet: Sheet, title: string, unitName: string, year: string) => ({
  sheet: sheet.name,
  range: "A1:H40",
  title,
  unit: "万元" as const,
  unitName: sheet.text(unitName),
  year: sheet.text(year),
});

function lines(sheet: Sheet, data: FinalLineData[]): Line[] {
  return data.map((l) => ({ key: l.key, label: l.label, labelCell: sheet.cell(), amount: sheet.figure(l.amount) }));
}

function subjectRows(sheet: Sheet, data: SubjectTableData, columns: string[]): SubjectRow[] {
  return data.rows.map((r) => {
    const level = r.code === null ? "total" : r.code.length === 3 ? "class" : r.code.length === 5 ? "section" : "item";
    const values: Record<string, Figure> = {};
    for (const c of columns) values[c] = sheet.figure((r.values as Record<string, string | null | undefined>)[c] ?? null);
    return { code: r.code, name: r.name, level, labelCell: sheet.cell(), values };
  });
}

function subjectTable<K extends "final.02" | "final.03" | "final.05" | "final.07" | "final.08">(
  kind: K,
  name: string,
  data: SubjectTableData,
  columns: string[],
) {
  const sheet = new Sheet(name);
  return {
    kind,
    ...base(sheet, `${data.year}年度${name}`, data.unitName, data.year),
    columns: columns.map((key) => ({ key, label: key, cell: sheet.cell() })),
    rows: subjectRows(sheet, data, columns),
    emptyDisclosed: data.emptyNote !== null,
  };
}

function finalTables(d: FinalAccountsData): PackageModel["final"] {
  const s1 = new Sheet("公开01表");
  const s4 = new Sheet("公开04表");
  const s6 = new Sheet("公开06表");
  const s9 = new Sheet("公开09表");
  const split = (sheet: Sheet, r: Record<string, string | null>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, sheet.figure(v)]));
  return {
    t01: {
      kind: "final.01",
      ...base(s1, "收入支出决算总表", d.t01.unitName, d.t01.year),
      incomeLines: lines(s1, d.t01.incomeLines),
      incomeTotal: s1.figure(d.t01.incomeTotal),
      nonFiscalBalanceUsed: s1.figure(d.t01.nonFiscalBalanceUsed),
      incomeCarryIn: s1.figure(d.t01.incomeCarryIn),
      incomeGrandTotal: s1.figure(d.t01.incomeGrandTotal),
      expenditureLines: lines(s1, d.t01.expenditureLines),
      expenditureTotal: s1.figure(d.t01.expenditureTotal),
      surplusDistribution: s1.figure(d.t01.surplusDistribution),
      expenditureCarryOut: s1.figure(d.t01.expenditureCarryOut),
      expenditureGrandTotal: s1.figure(d.t01.expenditureGrandTotal),
    },
    t02: subjectTable("final.02", "公开02表", d.t02, ["total", "fiscal", "superior", "business", "operating", "affiliated", "other"]),
    t03: subjectTable("final.03", "公开03表", d.t03, ["total", "basic", "project", "toSuperior", "operating", "toAffiliated"]),
    t04: {
      kind: "final.04",
      ...base(s4, "财政拨款收入支出决算总表", d.t04.unitName, d.t04.year),
      incomeLines: lines(s4, d.t04.incomeLines),
      incomeTotal: s4.figure(d.t04.incomeTotal),
      carryIn: lines(s4, d.t04.carryIn),
      carryInTotal: s4.figure(d.t04.carryInTotal),
      incomeGrandTotal: s4.figure(d.t04.incomeGrandTotal),
      columns: ["total", "general", "fund", "stateCapital"].map((key) => ({ key, label: key, cell: s4.cell() })),
      expenditureRows: d.t04.expenditureRows.map((r) => ({
        code: null,
        name: r.label,
        level: "class" as const,
        labelCell: s4.cell(),
        values: split(s4, { total: r.values.total ?? null, general: r.values.general ?? null }),
      })),
      expenditureTotal: split(s4, d.t04.expenditureTotal),
      carryOut: split(s4, d.t04.carryOut),
      expenditureGrandTotal: split(s4, d.t04.expenditureGrandTotal),
    },
    t05: subjectTable("final.05", "公开05表", d.t05, ["total", "basic", "project"]),
    t06: {
      kind: "final.06",
      ...base(s6, "一般公共预算财政拨款基本支出决算表", d.t06.unitName, d.t06.year),
      groups: d.t06.groups.map((g) => ({
        code: g.code,
        name: g.name,
        labelCell: s6.cell(),
        amount: s6.figure(g.amount),
        items: g.items.map((i) => ({ code: i.code, name: i.name, labelCell: s6.cell(), amount: s6.figure(i.amount) })),
      })),
      personnelTotal: s6.figure(d.t06.personnelTotal),
      publicTotal: s6.figure(d.t06.publicTotal),
    },
    t07: subjectTable("final.07", "公开07表", d.t07, ["carryIn", "income", "total", "basic", "project", "carryOut"]),
    t08: subjectTable("final.08", "公开08表", d.t08, ["total", "basic", "project"]),
    t09: {
      kind: "final.09",
      ...base(s9, "财政拨款“三公”经费及会议费、培训费支出决算表", d.t09.unitName, d.t09.year),
      columns: Object.keys(d.t09.budget).map((key) => ({ key, label: key, cell: s9.cell() })),
      budget: split(s9, d.t09.budget),
      actual: split(s9, d.t09.actual),
    },
  };
}

function signatures(sheet: Sheet, s: SignatureData): Signatures {
  return { preparer: sheet.text(s.preparer), phone: sheet.text(s.phone), head: sheet.text(s.head), date: sheet.text(s.date) };
}

function moneyRow(sheet: Sheet, key: string, label: string, m: MoneyRowData): MoneyRow {
  return {
    key,
    label,
    labelCell: sheet.cell(),
    initialBudget: sheet.figure(m.initialBudget),
    fullYearBudget: sheet.figure(m.fullYearBudget),
    execution: sheet.figure(m.execution),
    weight: sheet.figure(m.weight),
    rate: sheet.figure(m.rate),
    score: sheet.figure(m.score),
  };
}

function indicators(sheet: Sheet, data: IndicatorData[], levelOne: { name: string; weight: string }[]): Indicator[] {
  return data.map((i) => {
    const l1 = levelOne.find((l) => l.name === i.level1);
    return {
      level1: l1 ? `${i.level1}（${l1.weight}分）` : i.level1,
      level2: i.level2,
      name: sheet.text(i.name),
      target: sheet.text(i.target),
      actual: sheet.text(i.actual),
      weight: sheet.figure(i.weight),
      score: sheet.figure(i.score),
      note: i.note ? sheet.text(i.note) : null,
    };
  });
}

function common(sheet: Sheet, d: SelfEvalCommon, year: string) {
  const levelOne: LevelOne[] = d.levelOne.map((l) => ({
    name: `${l.name}（${l.weight}分）`,
    labelCell: sheet.cell(),
    declaredWeight: sheet.figure(l.weight),
  }));
  return {
    ...base(sheet, d.title, d.unitName, year),
    goals: { expected: sheet.text(d.goals.expected), actual: sheet.text(d.goals.actual) },
    indicators: indicators(sheet, d.indicators, d.levelOne),
    levelOne,
    totalWeight: sheet.figure(d.totalWeight),
    totalScore: sheet.figure(d.totalScore),
    rating: sheet.text(d.rating),
    signatures: signatures(sheet, d.signatures),
  };
}

function overall(d: SelfEvaluationData, year: string): OverallSelfEval {
  const sheet = new Sheet("整体自评表");
  const o = d.overall;
  const byIncomeLabels = { generalBudget: "一般公共预算", govFund: "政府性基金拨款", specialAccount: "纳入专户管理的非税收入拨款", other: "其他资金" };
  return {
    kind: "selfeval.overall",
    layout: "hunan",
    ...common(sheet, o, year),
    money: moneyRow(sheet, "total", "年度资金总额", o.money),
    byIncome: Object.entries(byIncomeLabels).map(([key, label]) => ({
      key,
      label,
      labelCell: sheet.cell(),
      amount: sheet.figure(o.byIncome[key as keyof typeof o.byIncome]),
    })),
    byExpenditure: [
      { key: "basic", label: "基本支出", labelCell: sheet.cell(), amount: sheet.figure(o.byExpenditure.basic) },
      { key: "project", label: "项目支出", labelCell: sheet.cell(), amount: sheet.figure(o.byExpenditure.project) },
    ],
    tasks: [],
    taskTotal: null,
  };
}

function project(p: ProjectData, n: number, year: string): ProjectSelfEval {
  const sheet = new Sheet(`项目自评表${n}`);
  const labels = { total: "年度资金总额", currentFiscal: "其中：当年财政拨款", carryover: "上年结转资金", other: "其他资金" };
  return {
    kind: "selfeval.project",
    ...common(sheet, p, year),
    projectName: sheet.text(p.projectName),
    department: sheet.text(p.department),
    implementer: sheet.text(p.implementer),
    money: (Object.keys(labels) as (keyof typeof labels)[]).map((k) => moneyRow(sheet, k, labels[k], p.money[k])),
  };
}

function treeRow(sheet: Sheet, key: string, parentKey: string | null, r: BaseRowData): TreeRow {
  return {
    key,
    parentKey,
    label: r.label,
    labelCell: sheet.cell(),
    previousActual: sheet.figure(r.previousActual),
    budget: sheet.figure(r.budget),
    actual: sheet.figure(r.actual),
  };
}

function baseData(d: SelfEvaluationData): BaseData {
  const sheet = new Sheet("基础数据表");
  const b = d.baseData;
  return {
    kind: "basedata",
    ...base(sheet, b.title, b.unitName, b.year),
    staffing: {
      authorized: sheet.figure(b.staffing.authorized),
      actual: sheet.figure(b.staffing.actual),
      controlRate: sheet.figure(b.staffing.controlRate),
    },
    threePublic: [
      treeRow(sheet, "total", null, b.threePublic.total),
      treeRow(sheet, "vehicle", "total", b.threePublic.vehicle),
      treeRow(sheet, "vehiclePurchase", "vehicle", b.threePublic.vehiclePurchase),
      treeRow(sheet, "vehicleOperation", "vehicle", b.threePublic.vehicleOperation),
      treeRow(sheet, "abroad", "total", b.threePublic.abroad),
      treeRow(sheet, "reception", "total", b.threePublic.reception),
    ],
    projects: [
      treeRow(sheet, "total", null, b.projects.total),
      treeRow(sheet, "business", "total", b.projects.business),
      treeRow(sheet, "operation", "total", b.projects.operation),
      treeRow(sheet, "special", "total", b.projects.special),
      ...b.projects.specials.map((s) => treeRow(sheet, `special:${s.label}`, "special", s)),
    ],
    publicFunds: [
      treeRow(sheet, "total", null, b.publicFunds.total),
      treeRow(sheet, "office", "total", b.publicFunds.office),
      treeRow(sheet, "utilitiesTravel", "total", b.publicFunds.utilitiesTravel),
      treeRow(sheet, "meetingTraining", "total", b.publicFunds.meetingTraining),
    ],
    other: [treeRow(sheet, "procurement", null, b.procurement), treeRow(sheet, "budgetAdjustment", null, b.budgetAdjustment)],
    buildingControl: sheet.text(b.buildingControl),
    savingMeasures: sheet.text(b.savingMeasures),
    signatures: signatures(sheet, b.signatures),
  };
}

/** The whole example package (决算 + 自评 + 基础数据表 + cover) as the recognisers should read it. */
export function exampleModel(
  final: FinalAccountsData = EXAMPLE_FINAL_ACCOUNTS,
  selfEval: SelfEvaluationData = EXAMPLE_SELF_EVALUATION,
): PackageModel {
  const year = final.t01.year;
  const cover = new Sheet("封面");
  return {
    ...emptyPackage("示例县医疗保障局-2024年度绩效自评材料.xlsx"),
    final: finalTables(final),
    overall: overall(selfEval, year),
    projects: selfEval.projects.map((p, i) => project(p, i + 1, year)),
    basedata: baseData(selfEval),
    cover: {
      kind: "cover",
      sheet: cover.name,
      range: "A1:D10",
      title: selfEval.cover.title,
      unitName: cover.text(selfEval.cover.unitName),
      year: cover.text(selfEval.cover.year),
      signatures: signatures(cover, selfEval.cover.signatures),
    },
  };
}
