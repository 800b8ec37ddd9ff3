import { Grid } from "../../../../src/core/locate/grid";
import { selfEvaluationRecognizers } from "../../../../src/core/locate/selfeval";
import type { SheetSnapshot } from "../../../../src/core/sheet/snapshot";
import type { ProjectSelfEval } from "../../../../src/core/model/selfeval";

/** Sheets that look a little like our tables, or like nothing: recognisers return nothing or problems, never throw. */
const GARBAGE: SheetSnapshot[] = [
  { name: "空表", origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [] },
  {
    name: "只有标题",
    origin: { row: 3, col: 2 },
    values: [["2024年度部门整体支出绩效自评表"], ["项目支出绩效自评表"], ["部门整体支出绩效评价基础数据表"], ["封面"]],
    numberFormats: [],
    merges: [{ top: 3, left: 2, bottom: 3, right: 9 }],
  },
  {
    name: "半张表",
    origin: { row: 0, col: 0 },
    values: [
      ["项目名称", null, "三级指标", "分值", "得分"],
      ["年度资金总额", "#REF!", "指标一", "#DIV/0!", true],
      [null, null, null, null, null],
      ["总分", null, null, "12..5", "x"],
      ["按收入性质分", "一般公共预算：abc", "按支出性质分", "基本支出", "——"],
      ["年度主要任务", "金额合计", "编制数", "三公经费", "公用经费"],
      ["决算数", "预算数", 1, 2, 3],
    ],
    numberFormats: [],
    merges: [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 2, left: 1, bottom: 99, right: 99 },
    ],
  },
  {
    name: "数字",
    origin: { row: 0, col: 0 },
    values: Array.from({ length: 30 }, (_, r) => Array.from({ length: 12 }, (_, c) => (r * 12 + c) % 7 === 0 ? "填表人：" : r * c)),
    numberFormats: [],
    merges: [],
  },
];

describe("garbage sheets", () => {
  for (const sheet of GARBAGE) {
    test(`“${sheet.name}” never throws`, () => {
      const grid = new Grid(sheet);
      for (const r of selfEvaluationRecognizers) expect(() => r.recognize(grid)).not.toThrow();
    });
  }

  test("a half table with error values yields problems naming cells, not exceptions", () => {
    const grid = new Grid(GARBAGE[2]);
    const project = selfEvaluationRecognizers.find((r) => r.family === "项目支出绩效自评表")!;
    const [rec] = project.recognize(grid);
    const t = rec.table as ProjectSelfEval;
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0].weight.value).toBeNull();
    expect(t.totalWeight?.value).toBeNull();
    // D4/E4 lie under the merge B3:CV100, so they read as blank (as Office.js shows them), not as problems.
    expect(rec.problems.map((p) => p.cell).sort()).toEqual(["D2", "E2"]);
    expect(rec.problems.every((p) => p.code === "unreadable-number")).toBe(true);
  });
});
