import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { buildPackageBuffer } from "../../fixtures/build-package";
import { snapshotFromExcelJs, cellValue } from "../../../src/xlsx/snapshot";
import { readPackage } from "../../../src/core/locate/read-package";
import { parseCell } from "../../../src/core/values/parse";
import { allFigures } from "../../support/figures";
import { seededRandom } from "../../support/random";

/**
 * Every figure keeps its provenance: 20 figures drawn at random (seeded) from the example's model must equal
 * what the raw workbook holds at the sheet and cell they name.
 */
describe("provenance: model figures equal the raw cells they name", () => {
  it("20 random figures of the example package", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildPackageBuffer()) as unknown as ArrayBuffer);
    const model = readPackage(snapshotFromExcelJs(wb, "示例.xlsx"));
    const figures = allFigures(model).filter((f) => f.value !== null);
    expect(figures.length).toBeGreaterThan(200);

    const rnd = seededRandom(20250315);
    for (let i = 0; i < 20; i++) {
      const f = figures[Math.floor(rnd() * figures.length)];
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      const raw = cellValue(cell.value);
      expect({ at: `${f.sheet}!${f.cell}`, raw: String(raw ?? "") }).toEqual({ at: `${f.sheet}!${f.cell}`, raw: f.raw });
      const parsed = parseCell(raw, cell.numFmt || "General");
      expect(parsed.kind).toBe("number");
      if (parsed.kind !== "number") continue;
      // A bare ratio in a rate column is read in percent points (0.9816 → 98.16); everything else as shown.
      const same = f.value!.equals(parsed.value) || f.value!.equals(parsed.value.times(100));
      expect({ at: `${f.sheet}!${f.cell}`, same, model: f.value!.toString(), cell: parsed.value.toString() }).toMatchObject({ same: true });
    }
  });

  it("a 元 table's figures are its cells ÷ 10000 with 4 more decimals", async () => {
    const { exampleData, buildPackageSnapshot } = await import("../../fixtures/build-package");
    const snap = await buildPackageSnapshot(exampleData(), [{ name: "表3（元）", tables: [{ table: "final.03", variant: { name: "yuan", unitYuan: true } }] }]);
    const t03 = readPackage(snap).final.t03!;
    const total = t03.rows.find((r) => r.level === "total")!.values.total;
    expect(total.value!.equals(new Decimal("1286.45"))).toBe(true);
    expect(total.decimals).toBe(6);
  });
});
