import { buildPackageSnapshot, fullSizeData, FULL_SIZE_LAYOUT, SHAANXI_LAYOUT, exampleData } from "../../fixtures/build-package";
import { readPackage } from "../../../src/core/locate/read-package";
import { PackageModelSchema } from "../../../src/core/model/package";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/sheet/snapshot";

describe("readPackage", () => {
  // readPackage does not re-validate its own output on every check; these layouts (with the 1,000 random
  // mutations in mutations.test.ts) are what proves the model always meets its schema.
  test.each([
    ["the Hunan example", () => buildPackageSnapshot()],
    ["the Shaanxi example", () => buildPackageSnapshot(exampleData(), SHAANXI_LAYOUT)],
    ["a full-size package (10 项目表)", () => buildPackageSnapshot(fullSizeData(), FULL_SIZE_LAYOUT)],
  ])("the model of %s meets PackageModelSchema", async (_, build) => {
    const model = readPackage(await build());
    const checked = PackageModelSchema.safeParse(model);
    expect(checked.error?.issues ?? []).toEqual([]);
  });

  test("a full-size package has all ten 项目自评表", async () => {
    const model = readPackage(await buildPackageSnapshot(fullSizeData(), FULL_SIZE_LAYOUT));
    expect(model.projects).toHaveLength(10);
    expect(model.projects.map((p) => p.projectName?.text)).toContain("医保信息化建设（三期）");
  });

  test("a sheet the host delivered malformed is skipped with a problem naming its cell; the other sheets are read", async () => {
    const pristine = await buildPackageSnapshot();
    const wb: WorkbookSnapshot = structuredClone(pristine);
    const sheet = wb.sheets.find((s) => s.name === "基本支出")!;
    // As an Office.js host bug might hand over: an object where a cell value belongs, in a sheet whose grid starts at C5.
    const moved: SheetSnapshot = { ...sheet, origin: { row: 4, col: 2 }, values: sheet.values.map((r) => [...r]) };
    (moved.values[3] as unknown[])[1] = { formula: "=SUM(D7:D9)" };
    wb.sheets[wb.sheets.indexOf(sheet)] = moved;

    const model = readPackage(wb);
    const problem = model.problems.find((p) => p.code === "unreadable-file");
    expect(problem).toEqual({
      code: "unreadable-file",
      sheet: "基本支出",
      cell: "D8",
      message: "工作表“基本支出”单元格 D8 的数据无法读取（单元格的值应为文字、数字、逻辑值或空），已跳过该表",
    });
    expect(model.final.t06).toBeNull();
    expect(model.final.t05).not.toBeNull();
    expect(readPackage(pristine).final.t06).not.toBeNull();
  });
});
