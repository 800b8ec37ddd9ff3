import { f, w, type Outline } from "./outline";

/**
 * Shaanxi: the 整体支出绩效自评表 lists 年度主要任务 with their budgets instead of a 年度资金总额 row, and the package
 * has no 基础数据表. 部门基本情况 (职能, 机构人员, 年度主要任务及预算执行) → 绩效目标实现情况 (产出/效益/满意度) →
 * 自评结论 → 存在的问题及改进措施 → 结果应用 → 其他.
 */
export const SHAANXI: Outline = {
  id: "shaanxi",
  label: "陕西",
  title: (unit, period) => [unit, `${period}部门整体支出绩效自评报告`],
  salutation: false,
  sections: [
    {
      heading: "部门基本情况",
      sections: [
        { heading: "部门职能", items: [w("部门主要职能")] },
        { heading: "机构设置及人员情况", items: [w("内设机构、下属单位、编制及在职人数")] },
        { heading: "年度主要任务及预算执行情况", items: [f("annualTasks"), f("budgetExecution")] },
      ],
    },
    {
      heading: "绩效目标及实现情况",
      sections: [
        { heading: "年度绩效目标", items: [f("goalsExpected")] },
        { heading: "目标完成情况", items: [f("goalsActual")] },
        { heading: "产出指标完成情况", items: [f("indicatorGroup", "产出")] },
        { heading: "效益指标完成情况", items: [f("indicatorGroup", "效益")] },
        { heading: "满意度指标完成情况", items: [f("indicatorGroup", "满意度")] },
      ],
    },
    { heading: "自评结论", items: [f("overallScore"), f("projectList")] },
    {
      heading: "存在的问题及改进措施",
      sections: [
        { heading: "存在的问题", items: [f("shortfalls"), w("存在的问题")] },
        { heading: "改进措施", items: [w("改进措施")] },
      ],
    },
    { heading: "绩效自评结果应用", items: [w("自评结果应用及公开情况")] },
    { heading: "其他需要说明的问题", items: [w("其他需要说明的问题（无则填写“无”）")] },
  ],
  attachments: ["overall", "projects"],
};
