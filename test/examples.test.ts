import ExcelJS from "exceljs";
import { join } from "node:path";
import { snapshotFromExcelJs } from "../src/xlsx/snapshot";
import { buildPackageSnapshot, exampleData, EXAMPLE_LAYOUT, SHAANXI_LAYOUT } from "./fixtures/build-package";
import { EXAMPLES_DIR, EXAMPLE_FILES } from "../scripts/generate-examples";

/** The bundled examples are what the readable fixture tables generate: regenerate with `npm run examples`. */
describe("bundled example packages", () => {
  it.each([
    ["hunan", EXAMPLE_LAYOUT],
    ["shaanxi", SHAANXI_LAYOUT],
  ] as const)("examples/ %s matches its readable source (npm run examples)", async (which, layout) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(EXAMPLES_DIR, EXAMPLE_FILES[which]));
    const bundled = snapshotFromExcelJs(wb, "x");
    const fresh = await buildPackageSnapshot(exampleData(), layout, "x");
    expect(bundled).toEqual(fresh);
  });
});
