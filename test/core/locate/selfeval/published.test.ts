import { baseDataRecognizer, coverRecognizer, overallSelfEvalRecognizer } from "../../../../src/core/locate/selfeval";
import type { BaseData } from "../../../../src/core/model/basedata";
import type { Cover } from "../../../../src/core/model/basedata";
import type { OverallSelfEval } from "../../../../src/core/model/selfeval";
import {
  EXAMPLE_OVERALL_HUNAN,
  EXAMPLE_OVERALL_SHAANXI,
  PUBLISHED_BASE_DATA,
  PUBLISHED_COVER,
} from "../../../fixtures/data/self-evaluation";
import { writeBaseData, writeCover, writeOverallHunan, writeOverallShaanxi } from "../../../fixtures/layouts/selfeval";
import type { LayoutVariant } from "../../../fixtures/layouts/variant";
import { bothHosts, cellAt, expectValue, run } from "./harness";

/**
 * Layouts seen in real published packages (issue 10), written from the readable example data: each must be
 * read whole, at the right cells, by both hosts alike.
 */

const HUNAN: LayoutVariant = { name: "hunan-published", expenditureAsSubItems: true, halfWidthBrackets: true };
const SHAANXI: LayoutVariant = { name: "shaanxi-published", indicatorContentBlock: true, halfWidthBrackets: true };

async function overall(write: (w: Parameters<typeof writeOverallHunan>[0]) => void): Promise<OverallSelfEval> {
  const { grid, office } = await bothHosts("自评表", write);
  const recognitions = run(overallSelfEvalRecognizer, grid);
  expect(run(overallSelfEvalRecognizer, office)).toEqual(recognitions);
  expect(recognitions).toHaveLength(1);
  expect(recognitions[0].problems).toEqual([]);
  return recognitions[0].table as OverallSelfEval;
}

describe("整体自评表 as published in Hunan: 按支出性质分 written “其中:基本支出:” / “项目支出:”", () => {
  test("reads both 按支出性质分 lines beside the 按收入性质分 lines, at their cells", async () => {
    const t = await overall((w) => writeOverallHunan(w, EXAMPLE_OVERALL_HUNAN, HUNAN));
    expect(t.byExpenditure.map((l) => [l.key, l.label, l.amount.value?.toFixed(2), l.amount.cell])).toEqual([
      ["basic", "其中:基本支出", "936.17", "G6"],
      ["project", "项目支出", "350.28", "G7"],
    ]);
    // The 按收入性质分 lines on the same rows are read as before, none taken for an expenditure line.
    expect(t.byIncome.map((l) => [l.key, l.amount.value?.toFixed(2) ?? null])).toEqual([
      ["generalBudget", "1270.60"],
      ["govFund", null],
      ["specialAccount", null],
      ["other", "40.00"],
    ]);
  });
});

describe("整体自评表 as published in Shaanxi: 指标内容 block under 年度绩效指标完成情况", () => {
  const first = 11; // title, 单位名称, task header, 4 tasks, 金额合计, 2 goal rows, indicator header
  test("reads every indicator under the 指标内容 header, the 一级 weights repeated on every row, and 总分", async () => {
    const t = await overall((w) => writeOverallShaanxi(w, EXAMPLE_OVERALL_SHAANXI, SHAANXI));
    expect(t.layout).toBe("shaanxi");
    expect(t.indicators).toHaveLength(9);
    expect(t.indicators.map((i) => i.level1)).toEqual([...Array(5).fill("产出指标"), ...Array(3).fill("效益指标"), "满意度指标"]);
    // One 一级 entry per run of repeated labels, its weight read from the first row of the run.
    expect(t.levelOne.map((l) => [l.name, l.declaredWeight?.value?.toString(), l.labelCell])).toEqual([
      ["产出指标", "50", cellAt(SHAANXI, first, 1)],
      ["效益指标", "30", cellAt(SHAANXI, first + 5, 1)],
      ["满意度指标", "10", cellAt(SHAANXI, first + 8, 1)],
    ]);
    const training = t.indicators[2];
    expect(training.name).toEqual({ text: "培训医保经办人员", sheet: "自评表", cell: cellAt(SHAANXI, first + 2, 3) });
    expect(training.level2).toBe("数量指标");
    expect(training.target?.text).toBe("15 人");
    expect(training.actual?.text).toBe("14 人");
    expectValue(training.weight, "10");
    expect(training.score.cell).toBe(cellAt(SHAANXI, first + 2, 7));
    expectValue(t.totalWeight, "100");
    expect(t.totalWeight?.cell).toBe(cellAt(SHAANXI, first + 9, 6));
    expectValue(t.totalScore, "98.15");
    expect(t.rating?.text).toBe("优");
    // The tasks above are still read, up to 金额合计.
    expect(t.tasks).toHaveLength(4);
    expectValue(t.taskTotal?.weight, "10");
  });
});

describe("header rows are never read as content", () => {
  test("预期目标 / 实际完成情况 stacked as row labels: each goal is the text beside its label", async () => {
    const t = await overall((w) => writeOverallHunan(w, EXAMPLE_OVERALL_HUNAN, { name: "goals-as-rows", goalsAsRows: true }));
    expect(t.goals.expected).toEqual({ text: EXAMPLE_OVERALL_HUNAN.goals.expected, sheet: "自评表", cell: "C10" });
    expect(t.goals.actual).toEqual({ text: EXAMPLE_OVERALL_HUNAN.goals.actual, sheet: "自评表", cell: "C11" });
  });

  test("stacked goals left blank: neither 实际完成情况 nor the indicator header below is taken for a goal", async () => {
    const blank = structuredClone(EXAMPLE_OVERALL_HUNAN);
    blank.goals = { expected: "", actual: "" };
    const t = await overall((w) => writeOverallHunan(w, blank, { name: "goals-as-rows", goalsAsRows: true }));
    expect(t.goals).toEqual({ expected: null, actual: null });
  });

  test("年度总体目标 left blank: the indicator header below is not taken for the goals", async () => {
    const blank = structuredClone(EXAMPLE_OVERALL_HUNAN);
    blank.goals = { expected: "", actual: "" };
    const t = await overall((w) => writeOverallHunan(w, blank, { name: "plain" }));
    expect(t.goals).toEqual({ expected: null, actual: null });
    expect(t.indicators).toHaveLength(9);
  });

  test("the same in the Shaanxi block: 一级指标 / 指标内容 are headers, not goals", async () => {
    const blank = structuredClone(EXAMPLE_OVERALL_SHAANXI);
    blank.goals = { expected: "", actual: "" };
    const t = await overall((w) => writeOverallShaanxi(w, blank, SHAANXI));
    expect(t.goals).toEqual({ expected: null, actual: null });
  });
});

describe("基础数据表 as published: 三公经费 bare, colons after labels, 业务工作经历费, 其中：办公经费", () => {
  test("reads every tree row with its key and parent", async () => {
    const { grid, office } = await bothHosts("基础数据", (w) => writeBaseData(w, PUBLISHED_BASE_DATA, { name: "plain" }));
    const recognitions = run(baseDataRecognizer, grid);
    expect(run(baseDataRecognizer, office)).toEqual(recognitions);
    expect(recognitions).toHaveLength(1);
    expect(recognitions[0].problems).toEqual([]);
    const t = recognitions[0].table as BaseData;
    const keys = (rows: BaseData["threePublic"]) => rows.map((r) => [r.key, r.parentKey, r.actual?.value?.toFixed(2)]);
    expect(keys(t.threePublic)).toEqual([
      ["total", null, "10.41"],
      ["vehicle", "total", "8.06"],
      ["vehiclePurchase", "vehicle", "0.00"],
      ["vehicleOperation", "vehicle", "8.06"],
      ["abroad", "total", "0.00"],
      ["reception", "total", "2.35"],
    ]);
    expect(t.threePublic[0].label).toBe("三公经费");
    expect(keys(t.projects)).toEqual([
      ["total", null, "350.28"],
      ["business", "total", "0.00"],
      ["operation", "total", "0.00"],
      ["special", "total", "350.28"],
      ["special:医疗救助资金管理", "special", "196.50"],
      ["special:医保基金监管专项", "special", "98.78"],
      ["special:医保信息化建设", "special", "55.00"],
    ]);
    expect(t.projects[1].label).toBe("1、业务工作经历费");
    expect(keys(t.publicFunds)).toEqual([
      ["total", null, "56.91"],
      ["office", "total", "31.25"],
      ["utilitiesTravel", "total", "21.56"],
      ["meetingTraining", "total", "4.10"],
    ]);
  });

  test("without its title it is still found: the bare 三公经费 row counts", async () => {
    const { grid } = await bothHosts("Sheet1", (w) => {
      writeBaseData(w, PUBLISHED_BASE_DATA, { name: "plain" });
      w.set(0, 0, null);
    });
    const recognitions = run(baseDataRecognizer, grid);
    expect(recognitions).toHaveLength(1);
    expect((recognitions[0].table as BaseData).threePublic[0].key).toBe("total");
  });
});

describe("published cover: “2024 年度…整体支出绩效自评报告”, “单位名称：” | unit", () => {
  test("is recognised by its content and gives the unit name and year", async () => {
    const { grid, office } = await bothHosts("Sheet1", (w) => writeCover(w, PUBLISHED_COVER, { name: "colon-cells", colonCells: true }));
    const recognitions = run(coverRecognizer, grid);
    expect(run(coverRecognizer, office)).toEqual(recognitions);
    expect(recognitions).toHaveLength(1);
    const c = recognitions[0].table as Cover;
    expect(c.title).toBe("2024 年度示例县医疗保障局整体支出绩效自评报告");
    expect(c.unitName).toEqual({ text: "示例县医疗保障局", sheet: "Sheet1", cell: "B3" });
    expect(c.year?.text).toBe("2024");
    expect(c.signatures.preparer?.text).toBe("张丽");
  });

  test("a title alone names the unit when there is no 单位名称 line", async () => {
    const { grid } = await bothHosts("封面", (w) => {
      w.set(0, 0, "2024 年度示例县医疗保障局整体支出绩效自评报告");
      w.set(3, 0, "填表人：");
      w.set(3, 1, "张丽");
    });
    const [rec] = run(coverRecognizer, grid);
    expect((rec.table as Cover).unitName).toEqual({ text: "示例县医疗保障局", sheet: "封面", cell: "A1" });
  });

  test("a title naming no unit (“2024年度部门整体支出绩效自评报告”) gives none: the cover needs its 单位名称 line", async () => {
    const { grid } = await bothHosts("封面", (w) => {
      w.set(0, 0, "2024年度部门整体支出绩效自评报告");
      w.set(3, 0, "填表人：张丽");
    });
    expect(run(coverRecognizer, grid)).toEqual([]);
  });
});
