import type { PackageModel } from "../model/package";
import type { ProjectSelfEval } from "../model/selfeval";
import * as F from "../report/facts";
import { difference, figureIn, type Lookup } from "../report/lookup";
import type { Scope, Topic } from "./topic";

/**
 * The figures a report names, as data: label words → the table figures they stand for. The first lookup is
 * the one a finding quotes; the others are tables that state the same figure under another 口径 (表3 or the
 * 自评表 for 基本支出; 表9 or the 基础数据表 for 三公经费), any of which a sentence may quote.
 */

const projectMoney = (p: ProjectSelfEval) => p.money.find((r) => r.key === "total");

const FIELD_LABELS = { initialBudget: "年初预算数", fullYearBudget: "全年预算数", execution: "全年执行数", rate: "执行率", score: "得分", weight: "分值" };

/** 全年/年初 budget and execution of the unit, or of the project the paragraph is about. */
/** Words naming a part of the unit's money: a 年初/全年预算 or 执行 after them is that part's. */
const SUB_BLOCK = /基本支出|项目|一般公共预算|政府性基金|国有资本|财政拨款|人员经费|公用经费|“?三公”?经费/;

function budgetFigure(s: Scope, field: "initialBudget" | "fullYearBudget" | "execution" | "rate" | "score" | "weight"): Lookup[] {
  if (s.project) return [figureIn("selfeval.project", s.project, `“年度资金总额”行的${FIELD_LABELS[field]}`, (p) => projectMoney(p)?.[field])];
  // "基本支出全年预算950.60万元", "3个项目全年预算360.00万元", "一般公共预算拨款全年预算数": a block's own budget,
  // not the unit's total — left uncompared rather than read against 年度资金总额 (precision over recall).
  if (field !== "rate" && field !== "score" && field !== "weight" && SUB_BLOCK.test(s.before)) return [];
  switch (field) {
    case "initialBudget":
      return [F.initialBudget(s.model)];
    case "fullYearBudget":
      return [F.fullYearBudget(s.model)];
    case "execution":
      return [F.fullYearExecution(s.model)];
    case "score":
      return [F.executionScore(s.model)];
    case "weight":
      return [F.executionWeight(s.model)];
    case "rate":
      return [figureIn("selfeval.overall", s.model.overall, "预算执行率", (t) => t.money?.rate)];
  }
}

/** 三公 and its items: 表9 (budget or actual row), then the 基础数据表 tree row of the same item. */
function threePublic(key: string, baseKey: string | null) {
  return (s: Scope): Lookup[] => [
    F.threePublic(s.model, s.budget ? "budget" : "actual", key),
    ...(baseKey ? [F.baseDataRow(s.model, "threePublic", baseKey, s.budget ? "budget" : "actual")] : []),
  ];
}

/**
 * A 经济分类 group of 表6 (基本支出 only): a sentence on 项目支出 by 经济分类 is not about these figures.
 */
function economicGroup(name: string) {
  return (s: Scope): Lookup[] =>
    /项目支出/.test(s.before) && !/基本支出/.test(s.before)
      ? []
      : [figureIn("final.06", s.model.final.t06, `“${name}”`, (t) => t.groups.find((g) => g.name.replace(/\s/g, "").includes(name))?.amount)];
}

const basedataPublicFunds = (m: PackageModel, budget: boolean) => F.baseDataRow(m, "publicFunds", "total", budget ? "budget" : "actual");

export const TOPICS: readonly Topic[] = [
  { id: "income-total", settled: true, name: "本年收入合计", unit: "money", pattern: /本年(?:度)?收入(?:合计)?|收入合计/, resolve: (s) => [F.incomeTotal(s.model)] },
  { id: "income-grand-total", name: "收入总计", unit: "money", pattern: /收入总计|总计/, resolve: (s) => [F.incomeGrandTotal(s.model)] },
  {
    id: "expenditure-total",
    settled: true,
    name: "本年支出合计",
    unit: "money",
    pattern: /本年(?:度)?支出(?:合计)?|全年支出(?!预算)|支出合计|支出总额/,
    resolve: (s) => (s.general ? [F.generalTotal(s.model), F.fiscalExpenditureTotal(s.model)] : [F.expenditureTotal(s.model)]),
  },
  { id: "carry-in", name: "年初结转和结余", unit: "money", pattern: /年初结转(?:和结余)?/, resolve: (s) => [F.carryIn(s.model)] },
  { id: "carry-out", name: "年末结转和结余", unit: "money", pattern: /年末结转(?:和结余)?|年末结余/, resolve: (s) => [F.carryOut(s.model)] },
  {
    id: "general-total",
    settled: true,
    name: "一般公共预算财政拨款支出",
    unit: "money",
    pattern: /一般公共预算(?:财政拨款)?(?:本年)?支出/,
    resolve: (s) => [F.generalTotal(s.model)],
  },
  {
    id: "basic",
    settled: true,
    name: "基本支出",
    unit: "money",
    pattern: /基本支出/,
    resolve: (s) => (s.general && s.model.final.t05 ? [F.generalBasic(s.model)] : [F.expenditureBasic(s.model), F.generalBasic(s.model)]),
  },
  {
    id: "project",
    settled: true,
    name: "项目支出",
    unit: "money",
    pattern: /项目支出/,
    resolve: (s) =>
      s.general && s.model.final.t05
        ? [F.generalProject(s.model)]
        : [F.expenditureProject(s.model), F.generalProject(s.model), F.baseDataRow(s.model, "projects", "total", "actual")],
  },
  { id: "fiscal-income", name: "财政拨款收入", unit: "money", pattern: /财政拨款收入/, resolve: (s) => [F.fiscalIncomeTotal(s.model)] },
  {
    id: "fund",
    name: "政府性基金预算财政拨款",
    unit: "money",
    pattern: /政府性基金(?:预算)?(?:财政拨款)?(?:收入|支出)?/,
    resolve: (s) => [
      F.fiscalIncomeLine(s.model, "fund", "政府性基金预算财政拨款"),
      figureIn("selfeval.overall", s.model.overall, "按收入性质分“政府性基金拨款”", (t) => t.byIncome.find((l) => l.key === "govFund")?.amount),
      figureIn("final.07", s.model.final.t07, "“合计”行的本年支出", (t) => t.rows.find((r) => r.level === "total")?.values.total),
    ],
  },
  {
    id: "personnel",
    settled: true,
    name: "人员经费",
    unit: "money",
    pattern: /人员经费/,
    resolve: (s) => [F.personnelTotal(s.model), difference(F.expenditureBasic(s.model), basedataPublicFunds(s.model, false))],
  },
  {
    id: "public-funds",
    name: "公用经费",
    unit: "money",
    pattern: /公用经费/,
    sided: true,
    resolve: (s) => (s.budget ? [basedataPublicFunds(s.model, true)] : [F.publicTotal(s.model), basedataPublicFunds(s.model, false)]),
  },
  { id: "three-public", name: "“三公”经费", unit: "money", pattern: /三公[”"’]?经费|三公/, sided: true, resolve: threePublic("total", "total") },
  { id: "reception", name: "公务接待费", unit: "money", pattern: /公务接待费?/, sided: true, resolve: threePublic("reception", "reception") },
  { id: "abroad", name: "因公出国（境）费用", unit: "money", pattern: /因公出国[（(]?境?[）)]?费?/, sided: true, resolve: threePublic("abroad", "abroad") },
  {
    id: "vehicle",
    name: "公务用车购置及运行维护费",
    unit: "money",
    pattern: /公务用车购置(?:及|和)(?:运行)?维护费?|公车购置(?:及|和)运(?:行)?维(?:护)?费?/,
    sided: true,
    resolve: threePublic("vehicleTotal", "vehicle"),
  },
  { id: "vehicle-purchase", name: "公务用车购置费", unit: "money", pattern: /公务用车购置费|公车购置费?/, sided: true, resolve: threePublic("vehiclePurchase", "vehiclePurchase") },
  {
    id: "vehicle-operation",
    name: "公务用车运行维护费",
    unit: "money",
    pattern: /公务用车运行(?:维护)?费|公车运(?:行)?维(?:护)?费?/,
    sided: true,
    resolve: threePublic("vehicleOperation", "vehicleOperation"),
  },
  { id: "meeting", name: "会议费", unit: "money", pattern: /会议费/, sided: true, resolve: threePublic("meeting", null) },
  { id: "training", name: "培训费", unit: "money", pattern: /培训费/, sided: true, resolve: threePublic("training", null) },
  {
    id: "procurement",
    name: "政府采购金额",
    unit: "money",
    pattern: /政府采购(?:金额|预算)?/,
    sided: true,
    resolve: (s) => [F.baseDataRow(s.model, "other", "procurement", s.budget ? "budget" : "actual")],
  },
  { id: "initial-budget", name: "年初预算数", unit: "money", pattern: /年初预算(?:数)?/, resolve: (s) => budgetFigure(s, "initialBudget") },
  { id: "full-year-budget", name: "全年预算数", unit: "money", pattern: /全年预算(?:数)?|调整后预算(?:数)?/, resolve: (s) => budgetFigure(s, "fullYearBudget") },
  { id: "full-year-execution", name: "全年执行数", unit: "money", pattern: /全年(?:预算)?执行(?:数)?|实际执行(?:数)?/, resolve: (s) => budgetFigure(s, "execution") },
  { id: "execution-rate", name: "预算执行率", unit: "percent", pattern: /(?:预算|资金)执行率/, resolve: (s) => budgetFigure(s, "rate") },
  { id: "execution-score", name: "预算执行率得分", unit: "score", pattern: /执行率(?:自评)?得分/, resolve: (s) => budgetFigure(s, "score") },
  {
    id: "total-score",
    name: "自评总分",
    unit: "score",
    // A bare "自评得分" is as often one indicator's (高邑: each 投入/过程 item "自评得分 2 分") as the total's: not read as the total.
    pattern: /总分|总得分|绩效自评得分|综合得分/,
    resolve: (s) => (s.project ? [figureIn("selfeval.project", s.project, "“总分”", (t) => t.totalScore)] : [F.overallTotalScore(s.model)]),
  },
  { id: "wages", settled: true, name: "工资福利支出", unit: "money", pattern: /工资福利支出/, resolve: economicGroup("工资福利支出") },
  { id: "goods-services", settled: true, name: "商品和服务支出", unit: "money", pattern: /商品和服务支出/, resolve: economicGroup("商品和服务支出") },
  { id: "household-subsidies", settled: true, name: "对个人和家庭的补助", unit: "money", pattern: /对个人和家庭的补助/, resolve: economicGroup("对个人和家庭的补助") },
  { id: "capital", settled: true, name: "资本性支出", unit: "money", pattern: /资本性支出/, resolve: economicGroup("资本性支出") },
  { id: "staff-authorized", name: "编制数", unit: "count", pattern: /编制(?:人)?数|核定编制|编制人员/, resolve: (s) => [F.staffAuthorized(s.model)] },
  { id: "staff-actual", name: "实际在职人数", unit: "count", pattern: /实(?:际|有)(?:在职)?人(?:数|员)|在职人(?:数|员)/, resolve: (s) => [F.staffActual(s.model)] },
];
