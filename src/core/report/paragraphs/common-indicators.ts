import type { ParagraphGenerator, ReportContext } from "./context";
import type { Run } from "../document";
import { placeholder, Sentence } from "../compose";
import { rate, tableMissing } from "../lookup";
import { fig, indicatorNamed } from "./indicators";
import * as F from "../facts";

/**
 * 共性指标 of 投入 and 过程 as the Hebei reports narrate them (高邑 2024: "①收入预算完成率 … 自评得分2分"): one
 * sentence with the computed figure where the tables give one, then the 自评得分 of the indicator of the same name
 * in the 整体支出绩效自评表.
 */
interface CommonIndicator {
  /** Names the indicator goes by in a 自评表 (the first is the one written). */
  names: string[];
  /** The computed sentence; null where only the author knows (支出进度, 管理制度健全性). */
  figures: ((ctx: ReportContext) => Run[]) | null;
}

const COMMON: Record<string, CommonIndicator> = {
  incomeCompletion: {
    names: ["收入预算完成率"],
    figures: (ctx) =>
      new Sentence("收入预算完成率")
        .text("部门本年收入")
        .money(F.incomeTotal(ctx.model))
        .text("，与全年预算数相比，收入预算完成率为")
        .percent(F.incomeBudgetCompletion(ctx.model))
        .text("。")
        .runs(),
  },
  budgetAdjustment: {
    names: ["预算调整率"],
    figures: (ctx) =>
      new Sentence("预算调整率")
        .text("本年度追加（调整）预算")
        .money(F.additionalBudget(ctx.model))
        .text("，与年初预算数")
        .money(F.initialBudget(ctx.model))
        .text("的比率为")
        .percent(rate(F.additionalBudget(ctx.model), F.initialBudget(ctx.model), "年初预算数"))
        .text("。")
        .runs(),
  },
  spendingProgress: { names: ["支出进度"], figures: null },
  carryover: {
    names: ["结转结余率", "结余结转率", "资金结余"],
    figures: (ctx) => {
      const balance = F.yearEndBalance(ctx.model);
      return new Sentence("结转结余率")
        .text(balance.fromFinal ? "年末结转和结余" : "年末结余")
        .money(balance.lookup)
        .text("，结转结余率为")
        .percent(rate(balance.lookup, F.fullYearBudget(ctx.model), "全年预算数"))
        .text("。")
        .runs();
    },
  },
  threePublic: {
    names: ["“三公经费”控制率", "三公经费控制率", "三公"],
    figures: (ctx) => {
      const budget = F.threePublic(ctx.model, "budget", "total");
      const actual = F.threePublic(ctx.model, "actual", "total");
      return new Sentence("“三公经费”控制率")
        .text("本年度“三公经费”实际支出")
        .money(actual)
        .text("，预算")
        .money(budget)
        .text("，控制率为")
        .percent(rate(actual, budget, "“三公”经费预算"))
        .text("。")
        .runs();
    },
  },
  procurement: {
    names: ["政府采购执行率"],
    figures: (ctx) => {
      const budget = F.baseDataRow(ctx.model, "other", "procurement", "budget");
      const actual = F.baseDataRow(ctx.model, "other", "procurement", "actual");
      return new Sentence("政府采购执行率")
        .text("本年度政府采购金额")
        .money(actual)
        .text("，政府采购预算")
        .money(budget)
        .text("，政府采购执行率为")
        .percent(rate(actual, budget, "政府采购预算"))
        .text("。")
        .runs();
    },
  },
  execution: {
    names: ["预算执行率"],
    figures: (ctx) =>
      new Sentence("预算执行率")
        .text("全年预算数")
        .money(F.fullYearBudget(ctx.model))
        .text("，全年执行数")
        .money(F.fullYearExecution(ctx.model))
        .text("，预算执行率为")
        .percent(rate(F.fullYearExecution(ctx.model), F.fullYearBudget(ctx.model), "全年预算数"))
        .text("。")
        .runs(),
  },
  management: { names: ["管理制度健全性", "管理制度"], figures: null },
  assets: { names: ["资产管理规范性", "资产管理"], figures: null },
  selfEvaluation: { names: ["绩效自评覆盖率", "自评覆盖率"], figures: null },
};

export const COMMON_INDICATORS = Object.keys(COMMON);

/**
 * One 共性指标 (arg: a key of COMMON): its figure sentence (or a prompt), then "自评得分X分" from the indicator of
 * that name in the 整体支出绩效自评表 — or a prompt naming what was not found.
 */
export const commonIndicator: ParagraphGenerator = (ctx, arg = "") => {
  const item = COMMON[arg];
  if (!item) return [[placeholder(`指标“${arg}”的完成情况`)]];
  const name = item.names[0];
  const runs: Run[] = item.figures ? item.figures(ctx) : [placeholder(`${name}的完成情况`)];
  if (!ctx.model.overall) {
    runs.push(placeholder(`${name}的自评得分（${tableMissing("selfeval.overall")}）`));
    return [runs];
  }
  const indicator = indicatorNamed(ctx, item.names);
  if (!indicator) {
    const quoted = name.includes("“") ? name : `“${name}”`;
    runs.push(placeholder(`${name}的自评得分（部门整体支出绩效自评表中没有${quoted}指标）`));
    return [runs];
  }
  runs.push(...new Sentence(`${name}的自评得分`).text("自评得分").score(fig(indicator.score, "得分")).text("分。").runs());
  return [runs];
};
