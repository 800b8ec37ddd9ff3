import { baseDataRecognizer, coverRecognizer, overallSelfEvalRecognizer, projectSelfEvalRecognizer } from "../../../../src/core/locate/selfeval";
import { ProjectSelfEvalSchema, type ProjectSelfEval } from "../../../../src/core/model/selfeval";
import { EXAMPLE_PROJECTS, type ProjectData } from "../../../fixtures/data/self-evaluation";
import { writeProjectSelfEval, writeProjectSelfEvals } from "../../../fixtures/layouts/selfeval";
import type { LayoutVariant } from "../../../fixtures/layouts/variant";
import { cellAt, expectValue, extraHeaderRows, moneyDecimals, run, sheetGrid, VARIANTS , bothHosts } from "./harness";

/** Rows one 项目表 takes in a variant (title … signatures), so the next one's cells can be predicted. */
const height = (v: LayoutVariant) => 19 + 2 * extraHeaderRows(v);

function tables(recognitions: ReturnType<typeof run>): ProjectSelfEval[] {
  return recognitions.map((r) => {
    if (r.table.kind !== "selfeval.project") throw new Error(`recognised ${r.table.kind}`);
    expect(() => ProjectSelfEvalSchema.parse(r.table)).not.toThrow();
    expect(r.problems).toEqual([]);
    expect(r.location).toEqual({ kind: "selfeval.project", sheet: r.table.sheet, range: r.table.range, title: r.table.title });
    return r.table;
  });
}

/** Checks one recognised project against its data, `top` being the table's first row relative to the variant. */
function expectProject(t: ProjectSelfEval, data: ProjectData, v: LayoutVariant, top: number): void {
  const h = extraHeaderRows(v);
  const at = (r: number, c: number) => cellAt(v, top + r, c);
  expect(t.range.startsWith(`${at(0, 0)}:`)).toBe(true);
  expect(t.title).toBe("2024年度项目支出绩效自评表");
  expect(t.year?.text).toBe("2024");
  expect(t.unit).toBe(v.unitYuan ? "元" : "万元");
  expect(t.projectName).toEqual({ text: data.projectName, sheet: t.sheet, cell: at(1, 1) });
  expect(t.department?.text).toBe("示例县医疗保障局");
  expect(t.implementer).toEqual({ text: "示例县医疗保障局", sheet: t.sheet, cell: at(2, 5) });

  expect(t.money.map((m) => m.key)).toEqual(["total", "currentFiscal", "carryover", "other"]);
  const [total, fiscal, carryover, other] = t.money;
  expect(total.labelCell).toBe(at(4 + h, 1));
  expectValue(total.initialBudget, data.money.total.initialBudget);
  expectValue(total.fullYearBudget, data.money.total.fullYearBudget);
  expectValue(total.execution, data.money.total.execution);
  expect(total.execution!.cell).toBe(at(4 + h, 4));
  expect(total.execution!.decimals).toBe(moneyDecimals(v));
  expectValue(total.weight, "10");
  expectValue(total.rate, data.money.total.rate);
  expectValue(total.score, data.money.total.score);
  expect(total.score!.cell).toBe(at(4 + h, 7));
  expectValue(fiscal.fullYearBudget, data.money.currentFiscal.fullYearBudget);
  expectValue(fiscal.execution, data.money.currentFiscal.execution);
  expectValue(fiscal.weight, null);
  expectValue(carryover.execution, data.money.carryover.execution);
  expect(carryover.labelCell).toBe(at(6 + h, 1));
  expectValue(other.fullYearBudget, data.money.other.fullYearBudget);
  expect(other.execution!.cell).toBe(at(7 + h, 4));

  expect(t.goals.expected?.text).toBe(data.goals.expected);
  expect(t.goals.actual?.text).toBe(data.goals.actual);
  const first = 11 + 2 * h;
  expect(t.indicators).toHaveLength(5);
  expect(t.indicators.map((i) => i.name.text)).toEqual(data.indicators.map((i) => i.name));
  expect(t.indicators.map((i) => i.score.value!.toString())).toEqual(data.indicators.map((i) => i.score));
  expect(t.indicators.map((i) => i.note?.text ?? "")).toEqual(data.indicators.map((i) => i.note));
  expect(t.indicators[0].weight.cell).toBe(at(first, 6));
  expect(t.levelOne.map((l) => [l.name, l.declaredWeight?.value?.toString(), l.labelCell])).toEqual([
    ["产出指标", "50", at(first, 1)],
    ["效益指标", "30", at(first + 3, 1)],
    ["满意度指标", "10", at(first + 4, 1)],
  ]);
  expectValue(t.totalWeight, "100");
  expectValue(t.totalScore, data.totalScore);
  expect(t.totalScore!.cell).toBe(at(first + 5, 7));
  expect(t.rating?.text).toBe(data.rating);
  expect(t.signatures.preparer?.text).toBe("张丽");
  expect(t.signatures.phone?.text).toBe("0736-3221234");
  expect(t.signatures.head?.text).toBe("李强");
  expect(t.signatures.date?.text).toBe("2025年3月15日");
  expect(t.signatures.head?.cell).toBe(at(first + 7, v.straySpaces ? 7 : 6));
}

describe("项目支出绩效自评表", () => {
  for (const v of VARIANTS) {
    test(`reads one project in layout ${v.name}`, async () => {
      const { grid, office } = await bothHosts("Sheet3", (w) => writeProjectSelfEval(w, EXAMPLE_PROJECTS[0], v));
      expect(run(projectSelfEvalRecognizer, office)).toEqual(run(projectSelfEvalRecognizer, grid));
      const [t, ...more] = tables(run(projectSelfEvalRecognizer, grid));
      expect(more).toEqual([]);
      expect(t.sheet).toBe("Sheet3");
      expectProject(t, EXAMPLE_PROJECTS[0], v, 0);
    });

    test(`reads three projects one below the other in layout ${v.name}`, async () => {
      const { grid, office } = await bothHosts("项目自评", (w) => writeProjectSelfEvals(w, EXAMPLE_PROJECTS, v));
      expect(run(projectSelfEvalRecognizer, office)).toEqual(run(projectSelfEvalRecognizer, grid));
      const found = tables(run(projectSelfEvalRecognizer, grid));
      expect(found.map((t) => t.projectName?.text)).toEqual(["医疗救助资金管理", "医保基金监管专项", "医保信息化建设"]);
      found.forEach((t, i) => expectProject(t, EXAMPLE_PROJECTS[i], v, i * (height(v) + 1)));
      const executed = found.reduce((s, t) => s.plus(t.money[0].execution!.value!), found[0].money[0].execution!.value!.minus(found[0].money[0].execution!.value!));
      expect(executed.toFixed(2)).toBe("350.28");
    });
  }

  test("two projects on one sheet with no blank row between them and no titles: split at 项目名称", async () => {
    const v: LayoutVariant = { name: "C5-no-gap", offset: { row: 4, col: 2 } };
    const grid = await sheetGrid("Sheet1", (w) => {
      writeProjectSelfEvals(w, EXAMPLE_PROJECTS.slice(1), v, 0);
      w.set(4, 2, null);
      w.set(4 + height(v), 2, null);
    });
    const found = tables(run(projectSelfEvalRecognizer, grid));
    expect(found).toHaveLength(2);
    expect(found.map((t) => t.title)).toEqual(["项目支出绩效自评表", "项目支出绩效自评表"]);
    expect(found[0].range).toBe("C6:K23");
    expect(found[1].range.startsWith("C25:")).toBe(true);
    expectValue(found[0].money[3].execution, "40.00");
    expectValue(found[1].money[2].execution, "15.20");
    expect(found[1].indicators).toHaveLength(5);
    expect(found[1].signatures.preparer?.cell).toBe(cellAt(v, height(v) + 18, 0));
  });

  test("a 项目表 is not taken for the 整体表, the 基础数据表 or a cover", async () => {
    const grid = await sheetGrid("项目", (w) => writeProjectSelfEvals(w, EXAMPLE_PROJECTS, VARIANTS[0]));
    expect(run(overallSelfEvalRecognizer, grid)).toEqual([]);
    expect(run(baseDataRecognizer, grid)).toEqual([]);
    expect(run(coverRecognizer, grid)).toEqual([]);
  });

  test("a weight declared with a decimal and an 一级 label left blank on later rows (not merged) still group", async () => {
    const grid = await sheetGrid("手填", (w) => {
      writeProjectSelfEval(w, EXAMPLE_PROJECTS[1], VARIANTS[0]);
      w.ws.unMergeCells("B12:B14");
      w.set(11, 1, "产出指标（50.0分）");
    });
    const [t] = tables(run(projectSelfEvalRecognizer, grid));
    expect(t.indicators.slice(0, 3).map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标"]);
    expectValue(t.levelOne[0].declaredWeight, "50.0");
    expect(t.levelOne[0].declaredWeight!.decimals).toBe(1);
    expect(t.levelOne).toHaveLength(3);
  });
});
