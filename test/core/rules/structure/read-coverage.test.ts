import { pkg, ruleTester } from "../support";
import readCoverage from "../../../../src/core/rules/structure/read-coverage";
import type { TableCoverage } from "../../../../src/core/model/coverage";
import type { PackageModel } from "../../../../src/core/model/package";

function measured(coverage: TableCoverage[]): PackageModel {
  const model = pkg({});
  model.coverage = coverage;
  return model;
}

const T03 = { kind: "final.03", sheet: "支出决算", range: "A1:I24", title: "支出决算表" } as const;

ruleTester(readCoverage, {
  valid: [
    {
      name: "every numeric cell read: nothing to say",
      model: measured([{ ...T03, read: 62, total: 62, unread: [], unreadColumns: [] }]),
      infos: [],
    },
    {
      name: "coverage not measured (the model was read without it): nothing to say",
      model: pkg({}),
      infos: [],
    },
  ],
  invalid: [
    {
      name: "one stray number: an info naming the cell and its row and column labels",
      model: measured([
        {
          ...T03,
          read: 62,
          total: 63,
          unread: [{ cell: "H12", raw: "3.5", row: "2080505 机关事业单位基本养老保险缴费支出", column: "经营支出" }],
          unreadColumns: [],
        },
      ]),
      findings: [
        {
          severity: "info",
          at: "支出决算!H12",
          message: ["公开03表（支出决算表）", "支出决算!H12（行：2080505 机关事业单位基本养老保险缴费支出；列：经营支出）未识别，未参与检查"],
        },
      ],
    },
    {
      name: "a column not understood: one info naming the column, listing its cells",
      model: measured([
        {
          ...T03,
          read: 62,
          total: 65,
          unread: [
            { cell: "I5", raw: "1", row: "合计", column: "其他支出" },
            { cell: "I6", raw: "1", row: "208 社会保障和就业支出", column: "其他支出" },
            { cell: "I9", raw: "1", row: "2080505 机关事业单位基本养老保险缴费支出", column: "其他支出" },
          ],
          unreadColumns: [{ column: "其他支出", cells: ["I5", "I6", "I9"] }],
        },
      ]),
      findings: [
        {
          severity: "info",
          at: "支出决算!I5",
          cells: ["支出决算!I6", "支出决算!I9"],
          message: ["识别到公开03表（支出决算表）", "但未能读取其“其他支出”列", "I5–I9 共 3 个数字单元格未参与检查", "读取 62/65 个数字单元格（95%）"],
        },
      ],
    },
  ],
});
