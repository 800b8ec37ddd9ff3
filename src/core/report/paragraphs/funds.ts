import type { ParagraphGenerator } from "./context";
import type { PackageModel } from "../../model/package";
import type { SubjectTable } from "../../model/final";
import type { TableKind } from "../../model/common";
import type { Figure } from "../../values/figure";
import type { Run } from "../document";
import { placeholder, Sentence } from "../compose";
import { found, rate, tableMissing, type Lookup } from "../lookup";
import { tableName } from "../../locate/read-package";
import * as F from "../facts";

/** Figures of a list that hold a number, labelled (blank lines are left out, never written as 0). */
function valued(lines: { label: string; figure: Figure | undefined | null }[]): { label: string; amount: Lookup }[] {
  return lines
    .filter((l) => l.figure && l.figure.value !== null)
    .map((l) => ({ label: l.label, amount: found(l.figure!.value!, [{ sheet: l.figure!.sheet, cell: l.figure!.cell }]) }));
}

/** "甲1.00万元、乙2.00万元" (or with "，占x%" shares of `whole`). */
function list(s: Sentence, items: { label: string; amount: Lookup }[], whole?: Lookup, separator = "，"): Sentence {
  items.forEach((item, i) => {
    s.text((i ? separator : "") + item.label).money(item.amount);
    if (whole) s.text("，占").percent(rate(item.amount, whole));
  });
  return s;
}

function stripNumbering(label: string): string {
  return label.replace(/^[一二三四五六七八九十百]+[、.．]\s*/, "").trim();
}

/** 表1: 年初结转和结余, 本年收入, 收入总计; then 本年支出 with its 基本/项目 split (表3); 年末结转和结余. */
export const finalAccounts: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const income = new Sentence("部门决算收入情况")
    .text(`${ctx.period}本单位年初结转和结余`)
    .money(F.carryIn(m))
    .text("，本年收入合计")
    .money(F.incomeTotal(m))
    .text("，收入总计")
    .money(F.incomeGrandTotal(m))
    .text("。");
  const spending = new Sentence("部门决算支出情况")
    .text("本年支出合计")
    .money(F.expenditureTotal(m))
    .text("，其中基本支出")
    .money(F.expenditureBasic(m))
    .text("，项目支出")
    .money(F.expenditureProject(m))
    .text("；年末结转和结余")
    .money(F.carryOut(m))
    .text("。");
  return [[...income.runs(), ...spending.runs()]];
};

/** 表1 income lines with their shares of 本年收入合计. */
export const incomeBySource: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const total = F.incomeTotal(m);
  const s = new Sentence("本年收入构成").text(`${ctx.period}本年收入合计`).money(total);
  const lines = valued((m.final.t01?.incomeLines ?? []).map((l) => ({ label: stripNumbering(l.label), figure: l.amount })));
  if (!m.final.t01) s.money({ ok: false, missing: tableMissing("final.01") });
  else if (lines.length) list(s.text("，其中："), lines, total, "；");
  return [s.text("。").runs()];
};

/** 本年支出合计 and its 基本/项目 split with shares (表3, or the 自评表's 按支出性质分). */
export const expenditureSplit: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const total = F.expenditureTotal(m);
  const s = new Sentence("本年支出构成")
    .text(`${ctx.period}本年支出合计`)
    .money(total)
    .text("，其中基本支出")
    .money(F.expenditureBasic(m))
    .text("，占")
    .percent(rate(F.expenditureBasic(m), total))
    .text("；项目支出")
    .money(F.expenditureProject(m))
    .text("，占")
    .percent(rate(F.expenditureProject(m), total))
    .text("。");
  return [s.runs()];
};

/** 表1 支出 by 功能分类 类. */
export const expenditureByClass: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("按支出功能分类的支出情况").text("按支出功能分类，");
  const lines = valued((m.final.t01?.expenditureLines ?? []).map((l) => ({ label: stripNumbering(l.label), figure: l.amount })));
  if (!m.final.t01) s.money({ ok: false, missing: tableMissing("final.01") });
  else if (!lines.length) s.money({ ok: false, missing: `${tableName("final.01")}中未找到支出功能分类各类的支出` });
  list(s, lines);
  return [s.text("。").runs()];
};

/** 表5: 一般公共预算财政拨款支出 and its 基本/项目 split. */
export const generalBudget: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("一般公共预算财政拨款支出情况")
    .text(`${ctx.period}一般公共预算财政拨款支出`)
    .money(F.generalTotal(m))
    .text("，其中基本支出")
    .money(F.generalBasic(m))
    .text("，项目支出")
    .money(F.generalProject(m))
    .text("。");
  return [s.runs()];
};

/** 表5 基本支出 with 人员经费 / 公用经费 (表6) and their shares; then 表6 by 经济分类 group. */
export const basicExpenditure: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const basic = F.generalBasic(m);
  const split = new Sentence("基本支出构成")
    .text(`${ctx.period}一般公共预算财政拨款基本支出`)
    .money(basic)
    .text("，其中人员经费")
    .money(F.personnelTotal(m))
    .text("，占")
    .percent(rate(F.personnelTotal(m), basic))
    .text("；公用经费")
    .money(F.publicTotal(m))
    .text("，占")
    .percent(rate(F.publicTotal(m), basic))
    .text("。");
  const groups = new Sentence("基本支出按经济分类的构成").text("按经济分类，");
  const lines = valued((m.final.t06?.groups ?? []).map((g) => ({ label: g.name, figure: g.amount })));
  if (!m.final.t06) groups.money({ ok: false, missing: tableMissing("final.06") });
  else if (!lines.length) groups.money({ ok: false, missing: `${tableName("final.06")}中未找到经济分类科目` });
  list(groups, lines).text("。");
  return [[...split.runs(), ...groups.runs()]];
};

/** 表5 项目支出, by 功能分类 类 where the 类 has project spending. */
export const projectExpenditure: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("项目支出情况").text(`${ctx.period}一般公共预算财政拨款项目支出`).money(F.generalProject(m));
  const classes = valued(
    (m.final.t05?.rows ?? []).filter((r) => r.level === "class").map((r) => ({ label: r.name, figure: r.values.project })),
  ).filter((l) => l.amount.ok && !l.amount.value.isZero());
  if (classes.length) list(s.text("，包括"), classes, undefined, "、");
  return [s.text("。").runs()];
};

function budgetTable(kind: TableKind, table: SubjectTable | null, what: string, period: string): Run[] {
  if (!table) return [placeholder(`${what}情况（${tableMissing(kind)}）`)];
  if (table.emptyDisclosed) return [{ kind: "text", text: `${period}本单位无${what}收入和支出。` }];
  const total = (column: string): Lookup => {
    const f = table.rows.find((r) => r.level === "total")?.values[column];
    if (!f) return { ok: false, missing: `${tableName(kind)}中未找到“合计”行` };
    if (f.value === null) return { ok: false, missing: `${tableName(kind)}中“合计”行为空（工作表“${f.sheet}”${f.cell}）` };
    return found(f.value, [{ sheet: f.sheet, cell: f.cell }]);
  };
  return new Sentence(`${what}支出情况`)
    .text(`${period}${what}支出`)
    .money(total("total"))
    .text("，其中基本支出")
    .money(total("basic"))
    .text("，项目支出")
    .money(total("project"))
    .text("。")
    .runs();
}

/** 表7 政府性基金预算财政拨款 (often disclosed empty). */
export const govFund: ParagraphGenerator = (ctx) => [budgetTable("final.07", ctx.model.final.t07, "政府性基金预算财政拨款", ctx.period)];

/** 表8 国有资本经营预算财政拨款 (often disclosed empty). */
export const stateCapital: ParagraphGenerator = (ctx) => [budgetTable("final.08", ctx.model.final.t08, "国有资本经营预算财政拨款", ctx.period)];

/** 表4: 财政拨款收入 by budget (lines the table leaves blank are not written). */
export const fiscalIncome: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("财政拨款收入情况").text(`${ctx.period}本单位财政拨款收入总额`).money(F.fiscalIncomeTotal(m));
  const lines = valued((m.final.t04?.incomeLines ?? []).map((l) => ({ label: stripNumbering(l.label), figure: l.amount })));
  if (lines.length) list(s.text("，其中："), lines, undefined, "，");
  return [s.text("。").runs()];
};

/** 表4 财政拨款支出总额, then 表5/表6: 基本支出 (人员经费, 公用经费) and 项目支出. */
export const fiscalExpenditure: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const total = new Sentence("财政拨款支出总额").text(`${ctx.period}本单位财政拨款支出总额`).money(F.fiscalExpenditureTotal(m)).text("。");
  const split = new Sentence("一般公共预算财政拨款支出构成")
    .text("其中一般公共预算财政拨款支出")
    .money(F.generalTotal(m))
    .text("，基本支出")
    .money(F.generalBasic(m))
    .text("（其中人员经费支出")
    .money(F.personnelTotal(m))
    .text("，公用经费支出")
    .money(F.publicTotal(m))
    .text("），项目支出")
    .money(F.generalProject(m))
    .text("。");
  return [[...total.runs(), ...split.runs()]];
};

/** Used by the package-level sentences that quote the 自评表's 按收入性质分 lines. */
export function budgetByIncomeLines(m: PackageModel) {
  return valued((m.overall?.byIncome ?? []).map((l) => ({ label: l.label, figure: l.amount })));
}
