import { baseDataRecognizer, coverRecognizer, overallSelfEvalRecognizer, projectSelfEvalRecognizer } from "../../../../src/core/locate/selfeval";
import { BaseDataSchema, type BaseData, type TreeRow } from "../../../../src/core/model/basedata";
import { EXAMPLE_BASE_DATA, type BaseRowData } from "../../../fixtures/data/self-evaluation";
import { writeBaseData } from "../../../fixtures/layouts/selfeval";
import { cellAt, expectValue, extraHeaderRows, moneyDecimals, run, sheetGrid, VARIANTS , bothHosts } from "./harness";

function only(recognitions: ReturnType<typeof run>): BaseData {
  expect(recognitions).toHaveLength(1);
  expect(recognitions[0].problems).toEqual([]);
  const t = recognitions[0].table;
  if (t.kind !== "basedata") throw new Error(`recognised ${t.kind}`);
  expect(() => BaseDataSchema.parse(t)).not.toThrow();
  return t;
}

function expectRow(row: TreeRow | undefined, data: BaseRowData, parentKey: string | null): void {
  expect(row).toBeDefined();
  expect(row!.parentKey).toBe(parentKey);
  expectValue(row!.previousActual, data.previousActual);
  expectValue(row!.budget, data.budget);
  expectValue(row!.actual, data.actual);
}

const byKey = (rows: TreeRow[], key: string) => rows.find((r) => r.key === key);

describe("部门整体支出绩效评价基础数据表", () => {
  for (const v of VARIANTS) {
    test(`reads the example in layout ${v.name}`, async () => {
      const { grid, office } = await bothHosts("Sheet3", (w) => writeBaseData(w, EXAMPLE_BASE_DATA, v));
      expect(run(baseDataRecognizer, office)).toEqual(run(baseDataRecognizer, grid));
      const t = only(run(baseDataRecognizer, grid));
      const d = EXAMPLE_BASE_DATA;
      const h = extraHeaderRows(v);
      expect(t.range.startsWith(`${cellAt(v, 0, 0)}:`)).toBe(true);
      expect(t.title).toBe("部门整体支出绩效评价基础数据表");
      expect(t.unit).toBe(v.unitYuan ? "元" : "万元");
      expect(t.unitName).toEqual({ text: "示例县医疗保障局", sheet: "Sheet3", cell: cellAt(v, 1, 0) });
      // The title names no year; merged headers name it over the 本年决算数 column.
      expect(t.year?.text ?? null).toBe(v.mergedHeaders ? "2024" : null);

      expectValue(t.staffing.authorized, "60");
      expect(t.staffing.authorized!.cell).toBe(cellAt(v, 3, 1));
      expectValue(t.staffing.actual, "57");
      expectValue(t.staffing.controlRate, "95.00");
      expect(t.staffing.controlRate!.cell).toBe(cellAt(v, 3, 3));

      const tp = d.threePublic;
      expect(t.threePublic.map((r) => r.key)).toEqual(["total", "vehicle", "vehiclePurchase", "vehicleOperation", "abroad", "reception"]);
      expectRow(byKey(t.threePublic, "total"), tp.total, null);
      expectRow(byKey(t.threePublic, "vehicle"), tp.vehicle, "total");
      expectRow(byKey(t.threePublic, "vehiclePurchase"), tp.vehiclePurchase, "vehicle");
      expectRow(byKey(t.threePublic, "vehicleOperation"), tp.vehicleOperation, "vehicle");
      expectRow(byKey(t.threePublic, "abroad"), tp.abroad, "total");
      expectRow(byKey(t.threePublic, "reception"), tp.reception, "total");
      const total = byKey(t.threePublic, "total")!;
      expect(total.labelCell).toBe(cellAt(v, 5 + h, 0));
      expect(total.actual!.cell).toBe(cellAt(v, 5 + h, 3));
      expect(total.previousActual!.cell).toBe(cellAt(v, 5 + h, 1));
      expect(total.actual!.decimals).toBe(moneyDecimals(v));

      expect(t.projects.map((r) => r.key)).toEqual([
        "total",
        "business",
        "operation",
        "special",
        "special:医疗救助资金管理",
        "special:医保基金监管专项",
        "special:医保信息化建设",
      ]);
      expectRow(byKey(t.projects, "total"), d.projects.total, null);
      expectRow(byKey(t.projects, "special"), d.projects.special, "total");
      expectRow(byKey(t.projects, "special:医保基金监管专项"), d.projects.specials[1], "special");

      expect(t.publicFunds.map((r) => r.key)).toEqual(["total", "office", "utilitiesTravel", "meetingTraining"]);
      expectRow(byKey(t.publicFunds, "meetingTraining"), d.publicFunds.meetingTraining, "total");
      expect(t.other.map((r) => r.key)).toEqual(["procurement", "budgetAdjustment"]);
      expectRow(byKey(t.other, "budgetAdjustment"), d.budgetAdjustment, null);

      expect(t.buildingControl?.text).toBe(d.buildingControl);
      expect(t.savingMeasures).toEqual({ text: d.savingMeasures, sheet: "Sheet3", cell: cellAt(v, 25 + h, 1) });
      expect(t.signatures.preparer?.text).toBe("张丽");
      expect(t.signatures.phone?.text).toBe("0736-3221234");
      expect(t.signatures.head?.text).toBe("李强");
      expect(t.signatures.date?.cell).toBe(cellAt(v, 26 + h, v.straySpaces ? 3 : 2));
    });
  }

  test("the 基础数据表 is not taken for a 自评表 or a cover", async () => {
    const grid = await sheetGrid("基础数据", (w) => writeBaseData(w, EXAMPLE_BASE_DATA, VARIANTS[1]));
    expect(run(overallSelfEvalRecognizer, grid)).toEqual([]);
    expect(run(projectSelfEvalRecognizer, grid)).toEqual([]);
    expect(run(coverRecognizer, grid)).toEqual([]);
  });

  test("a blank 本年决算数 stays blank (not 0) and a text amount becomes a problem", async () => {
    const d = structuredClone(EXAMPLE_BASE_DATA);
    d.threePublic.abroad.actual = null;
    const grid = await sheetGrid("基础", (w) => {
      writeBaseData(w, d, VARIANTS[0]);
      w.set(10, 3, "约2.35");
    });
    const [rec] = run(baseDataRecognizer, grid);
    const t = rec.table as BaseData;
    expectValue(byKey(t.threePublic, "abroad")!.actual, null);
    expectValue(byKey(t.threePublic, "reception")!.actual, null);
    expect(rec.problems).toEqual([expect.objectContaining({ code: "unreadable-number", cell: "D11" })]);
  });
});
