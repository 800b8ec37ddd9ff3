import type { ParagraphGenerator } from "./context";
import type { TextField } from "../../values/figure";
import type { Run } from "../document";
import { placeholder, quotedSentence, Sentence } from "../compose";
import { difference, firstFound, rate, tableMissing, textIn } from "../lookup";
import { budgetByIncomeLines } from "./funds";
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
    .text("，预算调整")
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

/** 结转结余率 = 年末结转和结余 / 全年预算数. */
export const carryover: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("结转结余情况")
    .text("年末结转和结余")
    .money(F.carryOut(m))
    .text("，结转结余率")
    .percent(rate(F.carryOut(m), F.fullYearBudget(m), "全年预算数"))
    .text("。");
  return [s.runs()];
};

/** 表9 (or 基础数据表) 三公经费: budget, actual, 控制率, the items; then 会议费 and 培训费. */
export const threePublic: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const budget = firstFound(F.threePublic(m, "budget", "total"), F.baseDataRow(m, "threePublic", "total", "budget"));
  const actual = firstFound(F.threePublic(m, "actual", "total"), F.baseDataRow(m, "threePublic", "total", "actual"));
  const total = new Sentence("“三公”经费预算及支出情况")
    .text(`${ctx.period}“三公”经费预算`)
    .money(budget)
    .text("，实际支出")
    .money(actual)
    .text("，“三公”经费控制率")
    .percent(rate(actual, budget, "“三公”经费预算"))
    .text("。");
  const items = new Sentence("“三公”经费支出构成")
    .text("其中因公出国（境）费用")
    .money(F.threePublic(m, "actual", "abroad"))
    .text("，公务接待费")
    .money(F.threePublic(m, "actual", "reception"))
    .text("，公务用车购置及运行维护费")
    .money(F.threePublic(m, "actual", "vehicleTotal"))
    .text("（公务用车购置费")
    .money(F.threePublic(m, "actual", "vehiclePurchase"))
    .text("，公务用车运行维护费")
    .money(F.threePublic(m, "actual", "vehicleOperation"))
    .text("）。");
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
  return [[...total.runs(), ...items.runs(), ...meetings.runs()]];
};

/** 公用经费: 表6 公用经费合计 and its share of 基本支出; 基础数据表 budget vs actual and 公用经费控制率. */
export const publicFunds: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const spent = new Sentence("公用经费支出情况")
    .text(`${ctx.period}公用经费支出`)
    .money(F.publicTotal(m))
    .text("，占一般公共预算财政拨款基本支出的")
    .percent(rate(F.publicTotal(m), F.generalBasic(m)))
    .text("。");
  const budget = F.baseDataRow(m, "publicFunds", "total", "budget");
  const actual = F.baseDataRow(m, "publicFunds", "total", "actual");
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
