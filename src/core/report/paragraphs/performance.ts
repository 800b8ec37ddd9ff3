import type { ParagraphGenerator } from "./context";
import type { TextField } from "../../values/figure";
import type { Run } from "../document";
import { placeholder, quotedSentence, Sentence } from "../compose";
import { difference, rate, tableMissing, textIn } from "../lookup";
import { budgetByIncomeLines, list } from "./funds";
import * as F from "../facts";

/** 年初预算数 → 全年预算数: the adjustment and 预算调整率 = 调整数 / 年初预算数. */
export const budgetAdjustment: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const adjustment = difference(F.fullYearBudget(m), F.initialBudget(m));
  const s = new Sentence("年初预算与全年预算及预算调整情况")
    .text(`${ctx.period}年初预算数`)
    .money(F.initialBudget(m))
    .text("，全年预算数")
    .money(F.fullYearBudget(m))
    .text("，追加（调整）预算")
    .money(adjustment)
    .text("，预算调整率")
    .percent(rate(adjustment, F.initialBudget(m), "年初预算数"))
    .text("。");
  return [s.runs()];
};

/** 全年预算数 by 收入性质 (整体支出绩效自评表). */
export const budgetByIncome: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("全年预算按收入性质的构成").text(`${ctx.period}全年预算数`).money(F.fullYearBudget(m));
  const lines = budgetByIncomeLines(m);
  lines.forEach((l, i) => s.text(i ? "，" : "，其中：").text(l.label.replace(/^其中[:：]/, "")).money(l.amount));
  return [s.text("。").runs()];
};

/** 全年预算数, 全年执行数, 预算执行率 = 执行数 / 预算数, and its 分值 / 得分. */
export const budgetExecution: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("预算执行情况")
    .text(`${ctx.period}全年预算数`)
    .money(F.fullYearBudget(m))
    .text("，全年执行数")
    .money(F.fullYearExecution(m))
    .text("，预算执行率")
    .percent(rate(F.fullYearExecution(m), F.fullYearBudget(m), "全年预算数"))
    .text("。");
  const score = new Sentence("预算执行率得分")
    .text("预算执行率分值")
    .weight(F.executionWeight(m))
    .text("分，自评得分")
    .score(F.executionScore(m))
    .text("分。");
  return [[...s.runs(), ...score.runs()]];
};

/** 结转结余率 = 年末结转和结余 (表1; else 全年预算数 − 全年执行数) / 全年预算数. */
export const carryover: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const balance = F.yearEndBalance(m);
  const s = new Sentence("结转结余情况")
    .text(balance.fromFinal ? "年末结转和结余" : "年末结余")
    .money(balance.lookup)
    .text("，结转结余率")
    .percent(rate(balance.lookup, F.fullYearBudget(m), "全年预算数"))
    .text("。");
  return [s.runs()];
};

const THREE_PUBLIC_ITEMS: [key: string, label: string][] = [
  ["abroad", "因公出国（境）费用"],
  ["reception", "公务接待费"],
  ["vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "公务用车运行维护费"],
];

/**
 * 表9 (or 基础数据表) 三公经费: budget, actual and (unless arg is "amounts": the Hunan outline states the 控制率 under
 * 管理效率) 控制率; the items spent, and "无…" for the items at 0 (as staff write it); then 会议费 and 培训费 (表9 only).
 */
export const threePublic: ParagraphGenerator = (ctx, arg) => {
  const m = ctx.model;
  const budget = F.threePublic(m, "budget", "total");
  const actual = F.threePublic(m, "actual", "total");
  const total = new Sentence("“三公”经费预算及支出情况").text(`${ctx.period}“三公”经费预算`).money(budget).text("，实际支出").money(actual);
  if (arg !== "amounts") total.text("，“三公”经费控制率").percent(rate(actual, budget, "“三公”经费预算"));
  total.text("。");
  const items = new Sentence("“三公”经费支出构成");
  const looked = THREE_PUBLIC_ITEMS.map(([key, label]) => ({ label, amount: F.threePublic(m, "actual", key) }));
  const spent = looked.filter((i) => !i.amount.ok || !i.amount.value.isZero());
  const none = looked.filter((i) => i.amount.ok && i.amount.value.isZero());
  if (spent.length) list(items.text("其中"), spent, undefined, "，");
  if (none.length) {
    // The zeros are figures too: a statement run keeps their cells for the comment, without "0万元" in a list of spending.
    items
      .text(spent.length ? "；" : "其中")
      .statement(`无${none.map((i) => i.label).join("、")}支出`, none.flatMap((i) => (i.amount.ok ? i.amount.sources : [])));
  }
  items.text("。");
  const paragraph = [...total.runs(), ...items.runs()];
  if (m.final.t09) {
    const meetings = new Sentence("会议费、培训费预算及支出情况")
      .text("会议费预算")
      .money(F.threePublic(m, "budget", "meeting"))
      .text("，实际支出")
      .money(F.threePublic(m, "actual", "meeting"))
      .text("；培训费预算")
      .money(F.threePublic(m, "budget", "training"))
      .text("，实际支出")
      .money(F.threePublic(m, "actual", "training"))
      .text("。");
    paragraph.push(...meetings.runs());
  }
  return [paragraph];
};

/** “三公”经费控制率 = 实际支出 / 预算 (表9, else 基础数据表): the Hunan 管理效率 figure. */
export const threePublicControl: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const budget = F.threePublic(m, "budget", "total");
  const actual = F.threePublic(m, "actual", "total");
  const s = new Sentence("“三公”经费控制率")
    .text("“三公”经费控制率")
    .percent(rate(actual, budget, "“三公”经费预算"))
    .text("（实际支出")
    .money(actual)
    .text("÷预算")
    .money(budget)
    .text("）")
    .text(actual.ok && budget.ok && actual.value.lte(budget.value) ? "，“三公”经费支出控制在预算以内。" : "。");
  return [s.runs()];
};

function stripLead(label: string): string {
  return label.replace(/^(其中[:：]|[0-9０-９]+[、.．])\s*/, "").trim();
}

/**
 * 公用经费: with 表6, 公用经费合计 and its share of 基本支出, then the 基础数据表's budget vs actual and 控制率; without
 * 表6 the 基础数据表 alone: budget, actual, 控制率 and the rows under 公用经费.
 */
export const publicFunds: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const budget = F.baseDataRow(m, "publicFunds", "total", "budget");
  const actual = F.baseDataRow(m, "publicFunds", "total", "actual");
  if (!m.final.t06) {
    const s = new Sentence("公用经费支出情况")
      .text(`${ctx.period}公用经费预算`)
      .money(budget)
      .text("，实际支出")
      .money(actual)
      .text("，公用经费控制率")
      .percent(rate(actual, budget, "公用经费预算"));
    const rows = (m.basedata?.publicFunds ?? []).filter((r) => r.key !== "total");
    const parts = rows.map((r) => ({ label: stripLead(r.label), amount: F.baseDataRow(m, "publicFunds", r.key, "actual") }));
    if (parts.length) list(s.text("；其中"), parts, undefined, "，");
    return [s.text("。").runs()];
  }
  const spent = new Sentence("公用经费支出情况")
    .text(`${ctx.period}公用经费支出`)
    .money(F.publicTotal(m))
    .text("，占一般公共预算财政拨款基本支出的")
    .percent(rate(F.publicTotal(m), F.generalBasic(m)))
    .text("。");
  const control = new Sentence("公用经费控制情况")
    .text("按基础数据表口径，公用经费预算")
    .money(budget)
    .text("，决算")
    .money(actual)
    .text("，公用经费控制率")
    .percent(rate(actual, budget, "公用经费预算"))
    .text("。");
  return [[...spent.runs(), ...control.runs()]];
};

/** 收入预算完成率 = 本年收入合计 (表1) / 全年预算数 (自评表); no other table states the income received. */
export const incomeCompletion: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("收入预算完成率")
    .text(`${ctx.period}本年收入`)
    .money(F.incomeTotal(m))
    .text("，全年预算数")
    .money(F.fullYearBudget(m))
    .text("，收入预算完成率")
    .percent(F.incomeBudgetCompletion(m))
    .text("。");
  return [s.runs()];
};

/** 政府采购 (基础数据表): the amount, and 政府采购执行率 where a budget is stated. */
export const procurement: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const budget = F.baseDataRow(m, "other", "procurement", "budget");
  const actual = F.baseDataRow(m, "other", "procurement", "actual");
  const s = new Sentence("政府采购情况").text(`${ctx.period}政府采购金额`).money(actual);
  if (budget.ok && !budget.value.isZero()) {
    s.text("，政府采购预算").money(budget).text("，政府采购执行率").percent(rate(actual, budget));
  }
  return [s.text("。").runs()];
};

function quoted(text: TextField | null | undefined, lead: string, topic: string, tablePresent: boolean): Run[] {
  if (!tablePresent) return [placeholder(`${topic}（${tableMissing("basedata")}）`)];
  const q = textIn(text);
  if (!q) return [placeholder(`${topic}（基础数据表未填写）`)];
  return quotedSentence(lead, q);
}

/** 楼堂馆所控制情况, quoted from the 基础数据表. */
export const buildingControl: ParagraphGenerator = (ctx) => [
  quoted(ctx.model.basedata?.buildingControl, "楼堂馆所控制情况：", "楼堂馆所控制情况", !!ctx.model.basedata),
];

/** 厉行节约保障措施, quoted from the 基础数据表. */
export const savingMeasures: ParagraphGenerator = (ctx) => [
  quoted(ctx.model.basedata?.savingMeasures, "厉行节约保障措施：", "厉行节约保障措施", !!ctx.model.basedata),
];
