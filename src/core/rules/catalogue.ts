import { tableName } from "../locate/read-package";
import { SEVERITY_LABELS } from "../findings/finding";
import { RULES } from "./registry";
import type { Rule } from "./rule";
import { NARRATIVE_RULES, type NarrativeRule } from "../narrative";

/** What the catalogue shows of a rule: table rules and narrative rules alike. */
type RuleEntry = Pick<Rule, "id" | "title" | "severity" | "identity" | "docs" | "tables">;

/** What domain §5 asks for that the rulebook covers elsewhere or leaves out, and why. */
export const COVERAGE_NOTES: readonly string[] = [
  "表6“人员经费合计 + 公用经费合计 = 基本支出”：表6 本身不列基本支出，由 cross.t05-t06.basic 与表5 合计行的基本支出核对。",
  "实施单位：可能是下属单位，无从判断是否“本单位实施本单位项目”，不参与 identity.unit-name；主管部门参与。",
  "“列出找到的表及位置”：见 `jx tables` 与 `jx check --format json` 的 tables；缺少的表由 structure.read-problems 以提示列出。表7、表8 以公开空表列示时不算缺少，相关规则不报。",
  "自评报告正文中的数字与表格不符：`jx check 材料.xlsx 报告.docx` 读取报告正文（不含表格和附件），按下文“自评报告正文核对”各条规则核对；每条发现写明段落序号、段落文字和对应的表格单元格。",
];

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function tablesOf(rule: RuleEntry): string {
  return rule.tables.length === 0 ? "全部" : rule.tables.map(tableName).join("、");
}

/** docs/rules.md, generated from the registry so the catalogue never drifts from the rules. */
export function renderRulesCatalogue(rules: readonly Rule[] = RULES, narrative: readonly NarrativeRule[] = NARRATIVE_RULES): string {
  const row = (r: RuleEntry) => `| \`${r.id}\` | ${cell(r.title)} | ${SEVERITY_LABELS[r.severity]} | ${cell(r.identity)} |`;
  // A narrative rule that reads no table judges the report's words against each other.
  const section = (r: RuleEntry, textOnly = false) => [
    `## ${r.id}`,
    "",
    `**${r.title}**（${SEVERITY_LABELS[r.severity]}）`,
    "",
    `- 核对关系：${r.identity}`,
    `- 涉及的表：${textOnly && r.tables.length === 0 ? "无（只核对报告正文）" : tablesOf(r)}`,
    "",
    r.docs,
    "",
  ];
  const lines = [
    "# 核对规则目录",
    "",
    "<!-- 由 scripts/generate-rules-doc.ts 根据 src/core/rules/registry.ts 生成，请勿手工修改：npx tsx scripts/generate-rules-doc.ts -->",
    "",
    `共 ${rules.length + narrative.length} 条规则（表格 ${rules.length} 条，报告正文 ${narrative.length} 条）。严重程度：**错误**＝必须成立的关系超出舍入容差仍不成立；**警告**＝很可能有误，但可能是口径不同；**提示**＝尾差、缺少表或数字而未核对、覆盖说明。`,
    "",
    "舍入模型（XBRL Calculations 1.1 就近舍入）：显示 d 位小数的数 v 代表区间 [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]；合计与各分项区间之和有交集即成立，" +
      "填 0 的分项是精确的 0（无此项支出），不计半个单位：2 位小数的万元数、n 个非零分项时即 |合计 − Σ分项| ≤ 0.005·(n + 1)（合计总计入）；同一数字在两处出现时两区间有交集即成立；比率按分子、分母的区间求得比率区间。" +
      "所填数字恰为计算值按其小数位四舍五入的结果时不报；差额在容差以内的只作“尾差”提示，超出的按规则的严重程度报告，并写明应为、实为、相差与容差。" +
      "分值、得分按 2 位小数计（“10”即 10.00）；以元编制的表换算为万元后，整百元的数按 0.01 万元的精度计（它们同样带有万元尾差），其余按所示到分的精度计；人数按精确值计。" +
      "空白不是 0：缺少的数字只提示，不按 0 计算；合计的空白分项表示无此项金额。",
    "",
    "错误定位（Fellegi–Holt 原则，同荷兰统计局 errorlocate）：全部规则核对后，共用数字的多处错误中，找出改正一个数字即可同时消除最多处不符、" +
      "又不破坏任何已成立关系的那个数字，只在该单元格报告一处错误，其余作为“由此引起”的后果列在其下（JSON 中为 consequences）。" +
      "两个数字同样可以解释时不作归并。每条结果另标类型（type）：broken＝关系不成立（错误、警告），rounding＝尾差，not-checked＝未核对。",
    "",
    "| 规则编号 | 名称 | 严重程度 | 核对关系 |",
    "| --- | --- | --- | --- |",
    ...rules.map(row),
    "",
    "自评报告正文核对（`jx check 材料.xlsx 报告.docx`）：正文中的数字、占比、比率、增减、单位名称与年度对照表格核对，舍入规则同上（“588.3万元”代表 [588.25, 588.35]）。",
    "",
    "| 规则编号 | 名称 | 严重程度 | 核对关系 |",
    "| --- | --- | --- | --- |",
    ...narrative.map(row),
    "",
  ];
  for (const r of rules) lines.push(...section(r));
  for (const r of narrative) lines.push(...section(r, true));
  lines.push("## 说明：其他要求的落实", "", ...COVERAGE_NOTES.map((n) => `- ${n}`), "");
  return lines.join("\n");
}
