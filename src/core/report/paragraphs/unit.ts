import type { ParagraphGenerator } from "./context";
import type { PackageModel } from "../../model/package";
import type { Run } from "../document";
import { placeholder, quotedSentence, Sentence } from "../compose";
import { rate, tableMissing, textIn } from "../lookup";
import { staffActual, staffAuthorized } from "../facts";
import { unitNameOf } from "../identity";

/** 开头: the notice the evaluation answers (only the author knows it), then who reports on what. */
export const opening: ParagraphGenerator = (ctx) => {
  const unit = unitNameOf(ctx.model);
  return [
    [
      { kind: "text", text: "根据" },
      placeholder("自评工作通知名称及文号"),
      { kind: "text", text: "有关要求，" },
      unit ? { kind: "quote", text: unit.text, sources: unit.sources } : placeholder("单位名称"),
      { kind: "text", text: `对${ctx.period}部门整体支出开展了绩效自评，现将自评情况报告如下：` },
    ],
  ];
};

/** 编制数 / 实际在职人数 / 在职人员控制率 (基础数据表). */
export const staffing: ParagraphGenerator = (ctx) => {
  const m = ctx.model;
  const s = new Sentence("编制数、实际在职人数及在职人员控制率")
    .text("本单位编制数")
    .count(staffAuthorized(m))
    .text("人，实际在职人数")
    .count(staffActual(m))
    .text("人，在职人员控制率")
    .percent(rate(staffActual(m), staffAuthorized(m), "编制数"))
    .text("。");
  return [s.runs()];
};

function goal(m: PackageModel, which: "expected" | "actual", lead: string, topic: string): Run[] {
  if (!m.overall) return [placeholder(`${topic}（${tableMissing("selfeval.overall")}）`)];
  const q = textIn(m.overall.goals[which]);
  if (!q) return [placeholder(`${topic}（部门整体支出绩效自评表未填写）`)];
  return quotedSentence(lead, q);
}

/** 年度总体目标 — 预期目标, quoted from the 整体支出绩效自评表. */
export const goalsExpected: ParagraphGenerator = (ctx) => [goal(ctx.model, "expected", "年度绩效目标：", "年度绩效目标")];

/** 年度总体目标 — 实际完成情况, quoted from the 整体支出绩效自评表. */
export const goalsActual: ParagraphGenerator = (ctx) => [goal(ctx.model, "actual", "年度总体目标完成情况：", "年度总体目标完成情况")];
