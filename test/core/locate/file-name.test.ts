import { unitInFileName } from "../../../src/core/locate/file-name";

describe("the unit a package's file name names", () => {
  test.each([
    ["2024年度示例县医疗保障局整体支出绩效自评材料.xlsx", "示例县医疗保障局"],
    ["2023 年度示例县教育局部门整体支出绩效自评报告.xlsx", "示例县教育局"],
    ["示例县医疗保障局部门决算公开.xlsx", "示例县医疗保障局"],
    ["材料/2024年度示例县卫生健康委员会绩效自评表（检查标注）.xlsx", "示例县卫生健康委员会"],
    ["C:\\审核\\示例县人民医院-副本.xlsx", "示例县人民医院"],
    ["2024示例镇人民政府.xlsx", "示例镇人民政府"],
  ])("%s → %s", (file, unit) => {
    expect(unitInFileName(file)).toBe(unit);
  });

  test.each([["自评材料.xlsx"], ["Book1.xlsx"], ["2024年度整体支出绩效自评表.xlsx"], ["材料-0.xlsx"], ["示例.xlsx"], [""]])(
    "%s names no unit",
    (file) => {
      expect(unitInFileName(file)).toBeNull();
    },
  );

  test("no file name (the Excel add-in) names no unit", () => {
    expect(unitInFileName(undefined)).toBeNull();
  });
});
