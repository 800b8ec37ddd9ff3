/**
 * The synonym catalogue of the 自评表 family (整体/项目支出绩效自评表, 基础数据表): for every line, row and
 * column the recognisers in locate/selfeval read, the model's key and the labels real templates print for it.
 * Data only, like synonyms/final.ts: a wording seen in a published package is one line here.
 *
 * Patterns are matched against a normalised label (NFKC, no spaces) from which `bareLabel` has stripped list
 * numbering, a "其中：" prefix, quotes and a trailing colon.
 */
import type { SynonymCatalogue } from "./final";

export type { SynonymCatalogue };

export { synonymOf } from "./final";

/** 整体自评表 按收入性质分 lines. */
export const INCOME_LINES: SynonymCatalogue = [
  { key: "generalBudget", labels: [/^一般公共预算/] },
  { key: "govFund", labels: [/^政府性基金/] },
  { key: "specialAccount", labels: [/纳入专户/, /非税收入/] },
  { key: "other", labels: [/^其他资金/] },
];

/** 整体自评表 按支出性质分 lines ("基本支出：", or "其中:基本支出:" as a Hunan template prints it). */
export const EXPENDITURE_LINES: SynonymCatalogue = [
  { key: "basic", labels: [/^基本支出/] },
  { key: "project", labels: [/^项目支出/] },
];

/** 基础数据表: the rows that open a tree (or stand alone). */
export const BASEDATA_ROOTS: SynonymCatalogue = [
  { key: "threePublic.total", labels: [/^三公经费/] },
  { key: "projects.total", labels: [/^项目支出(合计)?$/] },
  { key: "publicFunds.total", labels: [/^公用经费(合计)?$/] },
  { key: "other.procurement", labels: [/^政府采购/] },
  { key: "other.budgetAdjustment", labels: [/预算调整/] },
];

/** 基础数据表 rows under 三公经费, with their parent. Order matters: 公务用车购置和维护 before 购置. */
export const BASEDATA_THREE_PUBLIC: SynonymCatalogue = [
  { key: "vehicle", labels: [/公务用车/, /购置.*维护/] },
  { key: "vehiclePurchase", labels: [/购置/] },
  { key: "vehicleOperation", labels: [/运行维护/, /运行费/] },
  { key: "abroad", labels: [/出国/] },
  { key: "reception", labels: [/接待/] },
];

/** 基础数据表 rows under 项目支出. "业务工作经历费" is a published template's typo for 业务工作经费. */
export const BASEDATA_PROJECTS: SynonymCatalogue = [
  { key: "business", labels: [/业务工作经费/, /业务工作经历费/] },
  { key: "operation", labels: [/运行维护经费/] },
  { key: "special", labels: [/专项/] },
];

/** 基础数据表 rows under 公用经费. */
export const BASEDATA_PUBLIC_FUNDS: SynonymCatalogue = [
  { key: "office", labels: [/办公经费/, /办公费/] },
  { key: "utilitiesTravel", labels: [/水费/, /电费/, /差旅/] },
  { key: "meetingTraining", labels: [/会议费/, /培训费/] },
];

/** Parents of the 基础数据表 rows: vehiclePurchase/vehicleOperation sit under 公务用车, the rest under the total. */
export const BASEDATA_PARENTS: Readonly<Record<string, string>> = { vehiclePurchase: "vehicle", vehicleOperation: "vehicle" };

/**
 * Indicator table columns. The name column is headed 三级指标, or 指标内容 / 指标名称 in templates without a
 * 三级 level (Shaanxi); the header row is the one holding a name header together with 分值 and 得分.
 */
export const INDICATOR_COLUMNS: SynonymCatalogue = [
  { key: "level1", labels: [/一级指标/] },
  { key: "level2", labels: [/二级指标/] },
  { key: "name", labels: [/三级指标/, /^指标(内容|名称)$/] },
  { key: "actual", labels: [/实际完成/, /完成值/, /实际值/] },
  { key: "target", labels: [/指标值/, /目标值/, /年度目标/] },
  { key: "weight", labels: [/^分值/, /权重/] },
  { key: "score", labels: [/得分/] },
  { key: "note", labels: [/偏差/, /改进措施/] },
];

/** A label that heads the indicator name column: where an indicator table starts. */
export const INDICATOR_NAME_HEADER = /三级指标|^指标(内容|名称)$/;

/** Header words of the indicator table and of the 年度总体目标 block: a cell saying one is never content. */
export const SELFEVAL_HEADER_WORDS =
  /^(一级指标|二级指标|三级指标|指标内容|指标名称|年度指标值|实际完成值|分值|得分|预期目标|实际完成情况|目标完成情况|偏差原因分析及改进措施)$/;
