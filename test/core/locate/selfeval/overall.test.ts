import { overallSelfEvalRecognizer, projectSelfEvalRecognizer, baseDataRecognizer, coverRecognizer } from "../../../../src/core/locate/selfeval";
import { OverallSelfEvalSchema, type OverallSelfEval } from "../../../../src/core/model/selfeval";
import { EXAMPLE_OVERALL_HUNAN, EXAMPLE_OVERALL_SHAANXI } from "../../../fixtures/data/self-evaluation";
import { writeOverallHunan, writeOverallShaanxi } from "../../../fixtures/layouts/selfeval";
import type { LayoutVariant } from "../../../fixtures/layouts/variant";
import { cellAt, expectValue, extraHeaderRows, moneyDecimals, run, sheetGrid, VARIANTS , bothHosts } from "./harness";

function only(recognitions: ReturnType<typeof run>): OverallSelfEval {
  expect(recognitions).toHaveLength(1);
  const table = recognitions[0].table;
  if (table.kind !== "selfeval.overall") throw new Error(`recognised ${table.kind}`);
  expect(() => OverallSelfEvalSchema.parse(table)).not.toThrow();
  return table;
}

/** Indicator table, 总分, 评价等级 and signatures: the same in both layouts. */
function expectIndicatorsAndFooter(t: OverallSelfEval, v: LayoutVariant, firstIndicatorRow: number): void {
  expect(t.indicators).toHaveLength(9);
  expect(t.levelOne.map((l) => l.name)).toEqual(["产出指标", "效益指标", "满意度指标"]);
  t.levelOne.forEach((l, i) => expectValue(l.declaredWeight, ["50", "30", "10"][i]));
  expect(t.levelOne[0].labelCell).toBe(cellAt(v, firstIndicatorRow, 1));
  // Σ 分值 under each 一级 is its declared weight in the clean example.
  for (const l of t.levelOne) {
    const sum = t.indicators.filter((i) => i.level1 === l.name).reduce((s, i) => s.plus(i.weight.value!), l.declaredWeight!.value!.minus(l.declaredWeight!.value!));
    expect(sum.equals(l.declaredWeight!.value!)).toBe(true);
  }
  const training = t.indicators[2];
  expect(training.level1).toBe("产出指标");
  expect(training.level2).toBe("数量指标");
  expect(training.name.text).toBe("培训医保经办人员");
  expect(training.target?.text).toBe("15 人");
  expect(training.actual?.text).toBe("14 人");
  expectValue(training.weight, "10");
  expectValue(training.score, "9.33");
  expect(training.score.cell).toBe(cellAt(v, firstIndicatorRow + 2, 7));
  expect(training.note?.text).toBe("一名人员借调，下年补训");
  expect(t.indicators[8].level2).toBe("服务对象满意度指标");
  expect(t.indicators[8].target?.text).toBe("大于等于95%");
  const totalRow = firstIndicatorRow + 9;
  expectValue(t.totalWeight, "100");
  expectValue(t.totalScore, "98.15");
  expect(t.totalScore?.cell).toBe(cellAt(v, totalRow, 7));
  expect(t.rating?.text).toBe("优");
  const sigRow = totalRow + 2;
  const valueCol = (labelCol: number) => (v.straySpaces ? labelCol + 1 : labelCol);
  expect(t.signatures.preparer).toEqual({ text: "张丽", sheet: t.sheet, cell: cellAt(v, sigRow, valueCol(0)) });
  expect(t.signatures.date?.text).toBe("2025年3月15日");
  expect(t.signatures.phone).toEqual({ text: "0736-3221234", sheet: t.sheet, cell: cellAt(v, sigRow, valueCol(4)) });
  expect(t.signatures.head?.text).toBe("李强");
}

describe("整体支出绩效自评表 (湖南式)", () => {
  for (const v of VARIANTS) {
    test(`reads the example in layout ${v.name}`, async () => {
      const { grid, office } = await bothHosts("Sheet3", (w) => writeOverallHunan(w, EXAMPLE_OVERALL_HUNAN, v));
      expect(run(overallSelfEvalRecognizer, office)).toEqual(run(overallSelfEvalRecognizer, grid));
      const recognitions = run(overallSelfEvalRecognizer, grid);
      const t = only(recognitions);
      expect(recognitions[0].problems).toEqual([]);
      expect(t.layout).toBe("hunan");
      expect(t.sheet).toBe("Sheet3");
      expect(t.range.startsWith(`${cellAt(v, 0, 0)}:`)).toBe(true);
      expect(recognitions[0].location).toEqual({ kind: "selfeval.overall", sheet: "Sheet3", range: t.range, title: "2024年度部门整体支出绩效自评表" });
      expect(t.unit).toBe(v.unitYuan ? "元" : "万元");
      expect(t.unitName?.text).toBe("示例县医疗保障局");
      expect(t.year?.text).toBe("2024");

      const h = extraHeaderRows(v);
      const moneyRow = 3 + h;
      const m = t.money!;
      expect(m.labelCell).toBe(cellAt(v, moneyRow, 1));
      expectValue(m.initialBudget, "1250.00");
      expectValue(m.fullYearBudget, "1310.60");
      expectValue(m.execution, "1286.45");
      expect(m.fullYearBudget!.decimals).toBe(moneyDecimals(v));
      expect(m.execution!.cell).toBe(cellAt(v, moneyRow, 4));
      expectValue(m.weight, "10");
      expectValue(m.rate, "98.16");
      expect(m.rate!.decimals).toBe(2);
      expect(m.rate!.cell).toBe(cellAt(v, moneyRow, 6));
      expectValue(m.score, "9.82");

      expect(t.byIncome.map((l) => l.key)).toEqual(["generalBudget", "govFund", "specialAccount", "other"]);
      expectValue(t.byIncome[0].amount, "1270.60");
      expect(t.byIncome[0].amount.cell).toBe(cellAt(v, moneyRow + 2, 3));
      expectValue(t.byIncome[1].amount, null);
      expectValue(t.byIncome[2].amount, null);
      expectValue(t.byIncome[3].amount, "40.00");
      expect(t.byExpenditure.map((l) => [l.key, l.amount.value?.toFixed(2)])).toEqual([
        ["basic", "936.17"],
        ["project", "350.28"],
      ]);
      expect(t.byExpenditure[1].amount.cell).toBe(cellAt(v, moneyRow + 3, 6));
      expect(t.tasks).toEqual([]);
      expect(t.taskTotal).toBeNull();

      expect(t.goals.expected?.text).toBe(EXAMPLE_OVERALL_HUNAN.goals.expected);
      expect(t.goals.actual?.text).toBe(EXAMPLE_OVERALL_HUNAN.goals.actual);
      expectIndicatorsAndFooter(t, v, 12 + 2 * h);
    });
  }

  test("is not taken for a 项目表, a 基础数据表 or a cover", async () => {
    const grid = await sheetGrid("整体", (w) => writeOverallHunan(w, EXAMPLE_OVERALL_HUNAN, VARIANTS[0]));
    expect(run(projectSelfEvalRecognizer, grid)).toEqual([]);
    expect(run(baseDataRecognizer, grid)).toEqual([]);
    expect(run(coverRecognizer, grid)).toEqual([]);
  });

  test("an unreadable figure becomes a problem naming its cell, not an exception", async () => {
    const broken = structuredClone(EXAMPLE_OVERALL_HUNAN);
    broken.money.fullYearBudget = null;
    const grid = await sheetGrid("坏数", (w) => {
      writeOverallHunan(w, broken, { name: "text", numbersAsText: true });
      w.set(3, 3, "1,31..0.60");
    });
    const [rec] = run(overallSelfEvalRecognizer, grid);
    expect(rec.problems).toEqual([expect.objectContaining({ code: "unreadable-number", sheet: "坏数", cell: "D4" })]);
    expectValue((rec.table as OverallSelfEval).money!.fullYearBudget, null);
    expectValue((rec.table as OverallSelfEval).money!.execution, "1286.45");
  });

  test("without its title it is still found by 按收入性质分 and the indicator table", async () => {
    const grid = await sheetGrid("无标题", (w) => {
      writeOverallHunan(w, EXAMPLE_OVERALL_HUNAN, { name: "C5", offset: { row: 4, col: 2 } });
      w.set(4, 2, null);
    });
    const t = only(run(overallSelfEvalRecognizer, grid));
    expect(t.title).toBe("部门整体支出绩效自评表");
    expectValue(t.money!.execution, "1286.45");
    expect(t.indicators).toHaveLength(9);
  });
});

describe("整体支出绩效自评表 (陕西式)", () => {
  for (const v of VARIANTS) {
    test(`reads the example in layout ${v.name}`, async () => {
      const { grid, office } = await bothHosts("整体支出", (w) => writeOverallShaanxi(w, EXAMPLE_OVERALL_SHAANXI, v));
      expect(run(overallSelfEvalRecognizer, office)).toEqual(run(overallSelfEvalRecognizer, grid));
      const recognitions = run(overallSelfEvalRecognizer, grid);
      const t = only(recognitions);
      expect(recognitions[0].problems).toEqual([]);
      expect(t.layout).toBe("shaanxi");
      expect(t.money).toBeNull();
      expect(t.unit).toBe(v.unitYuan ? "元" : "万元");
      expect(t.unitName?.text).toBe("示例县医疗保障局");
      const h = extraHeaderRows(v);
      const firstTask = 3 + h;
      expect(t.tasks.map((k) => k.name.text)).toEqual(["任务1", "任务2", "任务3", "任务4"]);
      expect(t.tasks[1].content?.text).toBe("医疗救助资金管理");
      expect(t.tasks[0].name.cell).toBe(cellAt(v, firstTask, 1));
      const third = t.tasks[2];
      expectValue(third.budgetTotal, "100.00");
      expectValue(third.budgetFiscal, "60.00");
      expectValue(third.budgetOther, "40.00");
      expectValue(third.executionTotal, "98.78");
      expectValue(third.executionFiscal, "58.78");
      expectValue(third.executionOther, "40.00");
      expect(third.executionOther!.cell).toBe(cellAt(v, firstTask + 2, 9));
      expectValue(third.rate, "98.78");
      expectValue(third.weight, null);
      expectValue(t.tasks[0].budgetOther, null);
      const total = t.taskTotal!;
      expect(total.name.text.replace(/ /g, "")).toBe("金额合计");
      expect(total.name.cell).toBe(cellAt(v, firstTask + 4, 1));
      expectValue(total.budgetTotal, "1310.60");
      expect(total.budgetTotal!.decimals).toBe(moneyDecimals(v));
      expectValue(total.budgetFiscal, "1270.60");
      expectValue(total.executionTotal, "1286.45");
      expectValue(total.executionFiscal, "1246.45");
      expectValue(total.weight, "10");
      expectValue(total.rate, "98.16");
      expectValue(total.score, "9.82");
      expect(total.score!.cell).toBe(cellAt(v, firstTask + 4, 12));
      expect(t.byIncome).toEqual([]);
      expect(t.goals.expected?.text).toBe(EXAMPLE_OVERALL_SHAANXI.goals.expected);
      // tasks (4) + 金额合计, goals (2 rows), indicator header (1 or 2 rows)
      expectIndicatorsAndFooter(t, v, firstTask + 5 + 2 + 1 + h);
    });
  }
});
