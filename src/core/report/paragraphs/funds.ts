import Decimal from "decimal.js";
import type { ParagraphGenerator } from "./context";
import type { PackageModel } from "../../model/package";
import type { SubjectTable } from "../../model/final";
import type { TableKind } from "../../model/common";
import type { Figure } from "../../values/figure";
import type { Run } from "../document";
import { placeholder, Sentence } from "../compose";
import { difference, found, rate, tableMissing, type Lookup } from "../lookup";
import { tableName } from "../../locate/read-package";
import * as F from "../facts";
import { itemNumber } from "../numbering";

/** Figures of a list that hold a number, labelled (blank lines are left out, never written as 0). */
function valued(lines: { label: string; figure: Figure | undefined | null }[]): { label: string; amount: Lookup }[] {
  return lines
    .filter((l) => l.figure && l.figure.value !== null)
    .map((l) => ({ label: l.label, amount: found(l.figure!.value!, [{ sheet: l.figure!.sheet, cell: l.figure!.cell }]) }));
}

/** "甲1.00万元、乙2.00万元" (or with "，占x%" shares of `whole`). */
export function list(s: Sentence, items: { label: string; amount: Lookup }[], whole?: Lookup, separator = "，"): Sentence {
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

/**
 * 一般公共预算支出: 表5 一般公共预算财政拨款支出 and its 基本/项目 split; without 表5, the 自评表's 一般公共预算
 * line of 全年预算数 (按收入性质分), the only 一般公共预算 figure a Hunan 自评表 states.
 */
export const generalBudget: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  if (!m.final.t05) {
    const line = budgetByIncomeLines(m).find((l) => /一般公共预算/.test(l.label));
    if (line) {
      return [new Sentence("一般公共预算拨款情况").text(`${ctx.period}一般公共预算拨款全年预算数`).money(line.amount).text("。").runs()];
    }
  }
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

/** "全年预算X万元，其中年初预算Y万元，追加Z万元" of one block (基本 or 项目); 调减 when the budget went down. */
function budgetOfBlock(s: Sentence, initial: Lookup, full: Lookup): Sentence {
  const added = difference(full, initial);
  s.text("全年预算").money(full).text("，其中年初预算").money(initial);
  if (added.ok && added.value.isNegative()) return s.text("，调减").money(found(added.value.negated(), added.sources));
  return s.text("，追加").money(added);
}

/**
 * 基本支出: 表5 基本支出 with 人员经费 / 公用经费 (表6) and their shares, then 表6 by 经济分类 group; without 表5/表6
 * (a Hunan package of 自评表 + 基础数据表), 基本支出 of the 自评表, 公用经费 of the 基础数据表 and 人员经费 = 基本 −
 * 公用. Then the block's budget: 年初 vs 追加.
 */
export const basicExpenditure: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const general = !!m.final.t05;
  const basic = general ? F.generalBasic(m) : F.expenditureBasic(m);
  const split = new Sentence("基本支出构成").text(`${ctx.period}${general ? "一般公共预算财政拨款" : ""}基本支出`).money(basic).text("，其中");
  const parts = [
    { label: "人员经费", amount: F.personnelTotal(m) },
    { label: "公用经费", amount: F.publicTotal(m) },
  ];
  list(split, parts, basic, "；").text("。");
  const paragraph = [...split.runs()];
  if (m.final.t06) {
    const groups = new Sentence("基本支出按经济分类的构成").text("按经济分类，");
    const lines = valued(m.final.t06.groups.map((g) => ({ label: g.name, figure: g.amount })));
    if (!lines.length) groups.money({ ok: false, missing: `${tableName("final.06")}中未找到经济分类科目` });
    list(groups, lines).text("。");
    paragraph.push(...groups.runs());
  }
  if (m.overall?.money && m.projects.length) {
    paragraph.push(...budgetOfBlock(new Sentence("基本支出年初预算与追加预算").text("基本支出"), F.basicBudget(m, "initialBudget"), F.basicBudget(m, "fullYearBudget")).text("。").runs());
  }
  return [paragraph];
};

/**
 * 项目支出: 表5 项目支出 by 功能分类 类; without 表5, the 自评表's 项目支出. Then the projects' budget (Σ 项目自评表):
 * 年初 vs 追加, and the execution rate against it.
 */
export const projectExpenditure: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const general = !!m.final.t05;
  const s = new Sentence("项目支出情况")
    .text(`${ctx.period}${general ? "一般公共预算财政拨款" : ""}项目支出`)
    .money(general ? F.generalProject(m) : F.expenditureProject(m));
  const classes = valued(
    (m.final.t05?.rows ?? []).filter((r) => r.level === "class").map((r) => ({ label: r.name, figure: r.values.project })),
  ).filter((l) => l.amount.ok && !l.amount.value.isZero());
  if (classes.length) list(s.text("，包括"), classes, undefined, "、");
  const paragraph = s.text("。").runs();
  if (m.projects.length) {
    const full = F.projectBudget(m, "fullYearBudget");
    const execution = F.sumOf(
      m.projects.map((_, i) => F.projectMoney(m, i, "execution")),
      tableMissing("selfeval.project"),
    );
    const budget = budgetOfBlock(new Sentence("项目支出年初预算与追加预算").text(`${m.projects.length}个项目`), F.projectBudget(m, "initialBudget"), full)
      .text("，全年执行")
      .money(execution)
      .text("，执行率")
      .percent(rate(execution, full, "项目全年预算"))
      .text("。");
    paragraph.push(...budget.runs());
  }
  return [paragraph];
};

/**
 * 一（二）整体支出规模、使用方向: 全年预算数 and 全年执行数 (自评表), the 基本/项目 split of spending with shares,
 * the 基本/项目 split of the budget, and 年末结余; the use of the money is the author's to describe.
 */
export const spendingScale: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const total = F.expenditureTotal(m);
  const scale = new Sentence("整体支出规模").text(`${ctx.period}本单位全年预算数`).money(F.fullYearBudget(m)).text("，全年支出").money(total).text("，其中");
  const spending = [
    { label: "基本支出", amount: F.expenditureBasic(m) },
    { label: "项目支出", amount: F.expenditureProject(m) },
  ];
  list(scale, spending, total, "；").text("。");
  const paragraph = [...scale.runs()];
  if (m.projects.length) {
    const full = F.fullYearBudget(m);
    const split = new Sentence("基本支出与项目支出预算构成").text("全年预算中");
    const budgets = [
      { label: "基本支出预算", amount: F.basicBudget(m, "fullYearBudget") },
      { label: "项目支出预算", amount: F.projectBudget(m, "fullYearBudget") },
    ];
    list(split, budgets, full, "；").text("。");
    paragraph.push(...split.runs());
  }
  const balance = F.yearEndBalance(m);
  paragraph.push(...new Sentence("年末结余").text(balance.fromFinal ? "年末结转和结余" : "年末结余").money(balance.lookup).text("。").runs());
  return [paragraph, [placeholder("支出的主要使用方向和内容（如保障人员工资、机构运转，开展××等重点工作）")]];
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

/**
 * 表7 政府性基金预算财政拨款 (often disclosed empty). Without 表7, the 自评表's 政府性基金 line of 按收入性质分: when
 * the lines add up to 全年预算数 and that line is blank or 0, the unit had none (what a staffer writes as "无").
 */
export const govFund: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const what = "政府性基金预算财政拨款";
  if (!m.final.t07 && m.overall?.byIncome.length) {
    const line = m.overall.byIncome.find((l) => /政府性基金/.test(l.label));
    const lines = budgetByIncomeLines(m);
    const sum = lines.reduce((a, l) => (l.amount.ok ? a.plus(l.amount.value) : a), new Decimal(0));
    const full = F.fullYearBudget(m);
    const complete = full.ok && sum.equals(full.value);
    if (line && line.amount && line.amount.value !== null && !line.amount.value.isZero()) {
      const amount = found(line.amount.value, [{ sheet: line.amount.sheet, cell: line.amount.cell }]);
      return [new Sentence(`${what}情况`).text(`${ctx.period}政府性基金预算拨款全年预算数`).money(amount).text("。").runs()];
    }
    if (line && complete) return [[{ kind: "text", text: `${ctx.period}本单位无政府性基金预算支出。` }]];
  }
  return [budgetTable("final.07", m.final.t07, what, ctx.period)];
};

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

/** Shaanxi 年度主要任务 (整体支出绩效自评表): each task's 全年预算数, 全年执行数 and 执行率, numbered under the heading. */
export const annualTasks: ParagraphGenerator = (ctx) => {
  const o = ctx.model.overall;
  if (!o) return [[placeholder(`年度主要任务及预算执行情况（${tableMissing("selfeval.overall")}）`)]];
  if (!o.tasks.length) return [[placeholder("年度主要任务及预算执行情况（部门整体支出绩效自评表未列年度主要任务）")]];
  const intro: Run[] = [{ kind: "text", text: `${ctx.period}本单位部门整体支出绩效自评表列明年度主要任务${o.tasks.length}项：` }];
  const lines = o.tasks.map((t, i) => {
    const budget = F.figureLookup(t.budgetTotal, "全年预算数");
    const execution = F.figureLookup(t.executionTotal, "全年执行数");
    const title = (t.content?.text.trim() || t.name.text.trim()).replace(/[。；;]$/, "");
    return new Sentence(`年度主要任务“${title}”的预算执行情况`)
      .text(itemNumber(ctx.level, i + 1))
      .quote({ text: title, sources: [{ sheet: (t.content ?? t.name).sheet, cell: (t.content ?? t.name).cell }] })
      .text("：全年预算数")
      .money(budget)
      .text("，全年执行数")
      .money(execution)
      .text("，执行率")
      .percent(rate(execution, budget, "全年预算数"))
      .text("。")
      .runs();
  });
  return [intro, ...lines];
};
