import { f, w, type Outline } from "./outline";

/**
 * Hunan: the ten-section outline of 部门整体支出绩效自评报告 (domain §7; 澧县 2021 in shared/seeds, 沅江 2023):
 * 一 with (二)整体支出规模、使用方向; 六 with 运行成本 (三公, 公用经费, 成本指标) and 管理效率 (预算调整, 执行, 三公控制率,
 * 政府采购, 管理制度, 预决算公开); 九 split into 自评结果, 结果应用 and 公开.
 */
export const HUNAN: Outline = {
  id: "hunan",
  label: "湖南（十部分提纲）",
  title: (unit, period) => [`${period}${unit}`, "整体支出绩效自评报告"],
  salutation: false,
  sections: [
    {
      heading: "单位基本情况",
      sections: [
        { heading: "机构人员情况及主要职能", items: [w("单位性质、内设机构及下属单位情况"), f("staffing"), w("单位主要职能")] },
        { heading: "整体支出规模、使用方向", items: [f("spendingScale")] },
        { heading: "年度重点工作", items: [f("goalsExpected"), w("年度重点工作及完成情况")] },
      ],
    },
    {
      heading: "一般公共预算支出情况",
      items: [f("generalBudget")],
      sections: [
        { heading: "基本支出", items: [f("basicExpenditure"), w("基本支出主要用途")] },
        { heading: "项目支出", items: [f("projectExpenditure"), f("projectList"), w("项目支出主要用途及实施情况")] },
      ],
    },
    { heading: "政府性基金预算支出情况", items: [f("govFund")] },
    { heading: "国有资本经营预算支出情况", items: [f("stateCapital")] },
    { heading: "社会保险基金预算支出情况", items: [w("社会保险基金预算支出情况（本单位无此项的填写“无”）")] },
    {
      heading: "部门整体支出绩效情况",
      sections: [
        { heading: "运行成本", items: [f("threePublic", "amounts"), f("publicFunds"), f("savingMeasures"), f("costIndicators")] },
        {
          heading: "管理效率",
          items: [
            f("budgetAdjustment"),
            f("budgetExecution"),
            f("incomeCompletion"),
            f("threePublicControl"),
            f("procurement"),
            f("buildingControl"),
            w("管理制度建设及执行情况（预算、财务、资产、政府采购等制度）"),
            w("预决算公开情况（公开时间、网址）"),
          ],
        },
        { heading: "履职效能", items: [f("goalsActual"), f("indicatorGroup", "产出!成本")] },
        { heading: "社会效应", items: [f("indicatorGroup", "效益")] },
        { heading: "服务对象满意度", items: [f("indicatorGroup", "满意度")] },
      ],
    },
    { heading: "存在的问题及原因分析", items: [f("shortfalls"), w("存在的问题及原因分析")] },
    { heading: "下一步改进措施", items: [w("下一步改进措施")] },
    {
      heading: "绩效自评结果拟应用和公开情况",
      sections: [
        { heading: "自评结果", items: [f("overallScore")] },
        { heading: "结果应用", items: [w("自评结果拟应用情况（如用于改进管理、编制下年预算）")] },
        { heading: "公开情况", items: [w("自评结果公开情况（公开时间、网址）")] },
      ],
    },
    { heading: "其他需要说明的情况", items: [w("其他需要说明的情况（无则填写“无”）")] },
  ],
  attachments: ["basedata", "overall", "projects"],
};
