import { f, w, type Outline } from "./outline";

/**
 * Sichuan: 部门概况 → 财政资金收支 → 部门整体预算绩效管理情况 → 评价结论及建议, addressed to the finance
 * bureau (攀枝花 2023 in shared/seeds).
 */
export const SICHUAN: Outline = {
  id: "sichuan",
  label: "四川",
  title: (unit, period) => [unit, `${period}整体支出绩效自评报告`],
  salutation: true,
  sections: [
    {
      heading: "部门概况",
      sections: [
        { heading: "机构组成", items: [w("单位性质、机构组成及下属单位情况")] },
        { heading: "机构职能", items: [w("机构职能")] },
        { heading: "人员概况", items: [f("staffing"), w("退休人员等其他人员情况")] },
      ],
    },
    {
      heading: "部门财政资金收支情况",
      sections: [
        { heading: "部门财政资金收入情况", items: [f("fiscalIncome")] },
        { heading: "部门财政资金支出情况", items: [f("fiscalExpenditure")] },
      ],
    },
    {
      heading: "部门整体预算绩效管理情况",
      sections: [
        {
          heading: "部门预算项目绩效管理",
          sections: [
            { heading: "目标制定方面", items: [f("goalsExpected"), w("目标制定情况")] },
            { heading: "目标实现方面", items: [f("goalsActual"), w("目标实现情况")] },
            { heading: "支出控制方面", items: [f("publicFunds"), f("threePublic")] },
            { heading: "及时处置方面", items: [w("绩效监控中发现问题的处置情况")] },
            { heading: "执行进度方面", items: [f("budgetExecution"), w("各时点预算支出进度")] },
            { heading: "预算完成方面", items: [f("budgetAdjustment"), f("projectList")] },
            { heading: "资金结余率方面", items: [f("carryover")] },
            { heading: "违规记录方面", items: [w("预算管理方面违纪违规情况（无则填写“未发现违纪违规问题”）")] },
          ],
        },
        { heading: "结果应用情况", items: [w("内部应用、自评公开、结果反馈情况")] },
        { heading: "自评质量", items: [w("自评工作组织及自评质量")] },
      ],
    },
    {
      heading: "评价结论及建议",
      sections: [
        { heading: "评价结论", items: [w("评价结论"), f("overallScore")] },
        { heading: "存在问题", items: [f("shortfalls"), w("存在问题")] },
        { heading: "改进建议", items: [w("改进建议")] },
      ],
    },
  ],
  attachments: ["overall", "projects"],
};
