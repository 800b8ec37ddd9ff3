import { f, w, type Outline } from "./outline";

/**
 * Hebei: 部门概况 → 自评方法与过程 → 绩效目标实现情况及指标分析 (投入/过程 共性指标 numbered one by one, each with
 * its 自评得分; 产出/效益/满意度) → 评价结论 → 问题与建议 → 评价工作组 (高邑 2024 in shared/seeds).
 */
export const HEBEI: Outline = {
  id: "hebei",
  label: "河北",
  title: (unit, period) => [unit, `${period}整体支出绩效自评报告`],
  salutation: false,
  sections: [
    {
      heading: "部门基本情况",
      sections: [
        {
          heading: "部门概况",
          sections: [
            { heading: "部门职能", items: [w("部门职能")] },
            { heading: "机构设置", items: [w("内设机构及下属单位情况")] },
            { heading: "人员情况", items: [f("staffing")] },
            { heading: "资产情况", items: [w("资产总额及构成、变动情况")] },
          ],
        },
        {
          heading: "部门收支预决算情况",
          sections: [
            { heading: "部门预算收支情况", items: [f("budgetByIncome")] },
            { heading: "部门决算收支情况", items: [f("finalAccounts"), f("expenditureByClass")] },
          ],
        },
        { heading: "部门整体支出绩效目标、指标", items: [f("goalsExpected"), w("绩效指标设定情况")] },
      ],
    },
    {
      heading: "自评的方法和过程",
      sections: [
        { heading: "评价方法", items: [w("评价方法（因素分析法、比较法、现场核查法、访谈、问卷调查等）")] },
        { heading: "评价过程", items: [w("前期准备、组织实施、撰写评价报告等阶段的工作情况")] },
      ],
    },
    {
      heading: "部门整体支出绩效目标实现情况及指标分析",
      sections: [
        { heading: "总体绩效目标实现情况", items: [f("goalsActual"), w("总体绩效目标实现情况")] },
        {
          heading: "分项绩效目标实现情况及指标分析",
          sections: [
            {
              heading: "投入指标",
              sections: [
                { heading: "收入预算完成率", items: [f("commonIndicator", "incomeCompletion")] },
                { heading: "预算调整率", items: [f("commonIndicator", "budgetAdjustment")] },
                { heading: "支出进度", items: [f("commonIndicator", "spendingProgress")] },
                { heading: "结转结余率", items: [f("commonIndicator", "carryover")] },
                { heading: "“三公经费”控制率", items: [f("commonIndicator", "threePublic")] },
                { heading: "政府采购执行率", items: [f("commonIndicator", "procurement")] },
              ],
            },
            {
              heading: "过程指标",
              sections: [
                { heading: "预算执行率", items: [f("commonIndicator", "execution")] },
                { heading: "管理制度健全性", items: [f("commonIndicator", "management")] },
                { heading: "资产管理规范性", items: [f("commonIndicator", "assets")] },
                { heading: "绩效自评覆盖率", items: [f("commonIndicator", "selfEvaluation")] },
              ],
            },
            { heading: "产出指标", items: [f("indicatorGroup", "产出")] },
            { heading: "效益指标", items: [f("indicatorGroup", "效益")] },
            { heading: "满意度指标", items: [f("indicatorGroup", "满意度")] },
          ],
        },
      ],
    },
    { heading: "评价结论", items: [f("overallScore"), f("projectList")] },
    {
      heading: "存在的问题及改进措施",
      sections: [
        { heading: "存在的主要问题", items: [f("shortfalls"), w("存在的主要问题")] },
        { heading: "针对问题提出的改进措施或建议", items: [w("改进措施或建议")] },
      ],
    },
    { heading: "评价工作组人员名单及签字", items: [w("评价工作组人员姓名、工作单位、职务、电话")] },
  ],
  attachments: ["overall", "projects"],
};
