import { pkg, ruleTester } from "../support";
import readProblems from "../../../../src/core/rules/structure/read-problems";

ruleTester(readProblems, {
  valid: [
    {
      name: "a missing table is an info",
      model: pkg({ problems: [{ code: "missing-table", message: "未找到公开08表 国有资本经营预算财政拨款支出决算表" }] }),
      infos: [{ severity: "info", at: null, message: ["未找到公开08表"] }],
    },
  ],
  invalid: [
    {
      name: "an unreadable number is an error at its cell; a second copy of a table a warning naming the sheet",
      model: pkg({
        problems: [
          { code: "unreadable-number", message: "工作表“表3”单元格 D9 无法读取为数字：“12..5”不是有效数字", sheet: "表3", cell: "D9" },
          { code: "ambiguous-table", message: "工作表“副本”A1:H20 处又发现一张公开03表", sheet: "副本" },
        ],
      }),
      findings: [{ severity: "error", at: "表3!D9", message: ["12..5"] }, { severity: "warning", at: null }],
    },
  ],
});
