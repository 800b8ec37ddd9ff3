import Decimal from "decimal.js";
import type { ParagraphGenerator } from "./context";
import type { Indicator, ProjectSelfEval } from "../../model/selfeval";
import type { Figure } from "../../values/figure";
import type { Run } from "../document";
import { placeholder, Sentence } from "../compose";
import { figureIn, found, rate, tableMissing, textIn, type Lookup } from "../lookup";
import { ratingOf } from "../../scoring/rates";
import * as F from "../facts";
import { itemNumber } from "../numbering";

export function fig(f: Figure | null | undefined, what: string): Lookup {
  if (!f) return { ok: false, missing: `未找到${what}` };
  if (f.value === null) return { ok: false, missing: `${what}为空（工作表“${f.sheet}”${f.cell}）` };
  return found(f.value, [{ sheet: f.sheet, cell: f.cell }]);
}

/** Σ of figures, missing if any is blank. */
function sum(figures: Lookup[]): Lookup {
  let total = new Decimal(0);
  const sources = [];
  for (const l of figures) {
    if (!l.ok) return l;
    total = total.plus(l.value);
    sources.push(...l.sources);
  }
  return found(total, sources);
}

function levelOneName(name: string): string {
  return name.replace(/[（(]\s*\d+(\.\d+)?\s*分\s*[)）]/, "").trim();
}

function indicatorLine(ind: Indicator, number: string): Run[] {
  const name = `${ind.level2 ? `${ind.level2}“` : "“"}${ind.name.text.trim()}”`;
  const s = new Sentence(`指标${name}的完成情况`).text(`${number}${name}：`);
  const target = textIn(ind.target);
  const actual = textIn(ind.actual);
  if (target) s.text("年度指标值").quote(target).text("，");
  if (actual) s.text("实际完成值").quote(actual).text("，");
  else s.text("实际完成值").figure({ ok: false, missing: "实际完成值未填写" }, String);
  s.text("分值").weight(fig(ind.weight, "分值")).text("分，得分").score(fig(ind.score, "得分")).text("分。");
  return s.runs();
}

/**
 * An 一级指标 of the 整体支出绩效自评表 (arg: "产出", "效益", "满意度"): its 分值 and 得分, then each 三级指标 with
 * 年度指标值, 实际完成值, 分值 and 得分. "产出!成本" leaves the 成本指标 lines out (an outline that narrates them under
 * 运行成本 through costIndicators); the group's 分值 and 得分 still count them.
 */
export const indicatorGroup: ParagraphGenerator = (ctx, spec = "产出") => {
  const m = ctx.model;
  const [arg, except] = spec.split("!");
  const topic = `${arg}指标完成情况`;
  if (!m.overall) return [[placeholder(`${topic}（${tableMissing("selfeval.overall")}）`)]];
  const indicators = m.overall.indicators.filter((i) => i.level1.includes(arg));
  if (!indicators.length) return [[placeholder(`${topic}（部门整体支出绩效自评表中没有${arg}指标）`)]];
  const declared = m.overall.levelOne.find((l) => l.name.includes(arg))?.declaredWeight;
  const weight = declared && declared.value !== null ? fig(declared, "分值") : sum(indicators.map((i) => fig(i.weight, "分值")));
  const head = new Sentence(`${arg}指标分值及得分`)
    .text(`${levelOneName(indicators[0].level1)}分值`)
    .weight(weight)
    .text("分，得分")
    .score(sum(indicators.map((i) => fig(i.score, "得分"))))
    .text("分。");
  const listed = except ? indicators.filter((i) => !i.level2.includes(except)) : indicators;
  return [
    head.runs(),
    ...listed.map((ind, i) => indicatorLine(ind, itemNumber(ctx.level, i + 1))),
    [placeholder(`${arg}指标完成情况的具体说明`)],
  ];
};

/** 成本指标 of the 整体支出绩效自评表 (二级 or 一级 named 成本), each with its values and scores; or that it sets none. */
export const costIndicators: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  if (!m.overall) return [[placeholder(`成本指标完成情况（${tableMissing("selfeval.overall")}）`)]];
  const cost = m.overall.indicators.filter((i) => i.level2.includes("成本") || i.level1.includes("成本"));
  if (!cost.length) return [[{ kind: "text", text: "部门整体支出绩效自评表未设置成本指标。" }]];
  const head = new Sentence("成本指标分值及得分")
    .text("成本指标分值")
    .weight(sum(cost.map((i) => fig(i.weight, "分值"))))
    .text("分，得分")
    .score(sum(cost.map((i) => fig(i.score, "得分"))))
    .text("分。");
  return [head.runs(), ...cost.map((ind, i) => indicatorLine(ind, itemNumber(ctx.level, i + 1)))];
};

/** An indicator of the 整体支出绩效自评表 whose name contains one of `names` (共性指标 such as 预算调整率). */
export function indicatorNamed(ctx: { model: { overall: { indicators: Indicator[] } | null } }, names: string[]): Indicator | undefined {
  return ctx.model.overall?.indicators.find((i) => names.some((n) => i.name.text.replace(/[“”"]/g, "").includes(n)));
}

/** Indicators of the 整体支出绩效自评表 that lost points (得分 < 分值): where the problems section starts. */
export const shortfalls: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  if (!m.overall) return [[placeholder(`扣分指标情况（${tableMissing("selfeval.overall")}）`)]];
  const lost = m.overall.indicators.filter((i) => i.weight.value && i.score.value && i.score.value.lt(i.weight.value));
  if (!lost.length) return [[{ kind: "text", text: "部门整体支出绩效自评表中各项绩效指标均得满分。" }]];
  const s = new Sentence("扣分指标情况").text("部门整体支出绩效自评表中以下指标未得满分：");
  lost.forEach((ind, i) => {
    s.text(`${i ? "；" : ""}${levelOneName(ind.level1)}—${ind.level2}—“${ind.name.text.trim()}”（分值`)
      .weight(fig(ind.weight, "分值"))
      .text("分，得分")
      .score(fig(ind.score, "得分"))
      .text("分）");
  });
  return [s.text("。").runs()];
};

/** 总分 and the rating it earns (the bands of core/scoring, so the report and the checks agree). */
export const overallScore: ParagraphGenerator = (ctx) => {
  const total = F.overallTotalScore(ctx.model);
  const s = new Sentence("整体支出绩效自评得分及评价等级")
    .text(`根据部门整体支出绩效自评表，本单位${ctx.period}整体支出绩效自评得分`)
    .score(total)
    .text("分，评价等级为“")
    .figure(total, (v) => ratingOf(v))
    .text("”。");
  return [s.runs()];
};

function projectLine(p: ProjectSelfEval, n: number): Run[] {
  const name = textIn(p.projectName);
  const money = (what: "fullYearBudget" | "execution" | "weight" | "score", label: string) =>
    figureIn("selfeval.project", p, label, (t) => t.money.find((r) => r.key === "total")?.[what]);
  const budget = money("fullYearBudget", "“年度资金总额”的“全年预算数”");
  const execution = money("execution", "“年度资金总额”的“全年执行数”");
  const total = figureIn("selfeval.project", p, "“总分”", (t) => t.totalScore);
  const s = new Sentence(`项目“${name?.text ?? `第${n}个项目`}”的执行及自评情况`).text(`${n}.`);
  if (name) s.quote(name);
  else s.figure({ ok: false, missing: "项目支出绩效自评表未填写项目名称" }, String);
  s.text("：全年预算数")
    .money(budget)
    .text("，全年执行数")
    .money(execution)
    .text("，预算执行率")
    .percent(rate(execution, budget, "全年预算数"))
    .text("，预算执行率得分")
    .score(money("score", "预算执行率“得分”"))
    .text("分；自评总分")
    .score(total)
    .text("分，评价等级为“")
    .figure(total, (v) => ratingOf(v))
    .text("”。");
  return s.runs();
}

/** 项目支出绩效自评表: how many, then each project's budget, execution, rate, score and rating. */
export const projectList: ParagraphGenerator = (ctx) => {
  const projects = ctx.model.projects;
  if (!projects.length) return [[placeholder(`项目支出绩效自评情况（${tableMissing("selfeval.project")}）`)]];
  const intro: Run[] = [{ kind: "text", text: `${ctx.period}本单位对${projects.length}个项目开展了绩效自评：` }];
  return [intro, ...projects.map((p, i) => projectLine(p, i + 1))];
};
