import { buildPackageSnapshot, fullSizeData, FULL_SIZE_LAYOUT, SHAANXI_LAYOUT, exampleData } from "../../fixtures/build-package";
import { readPackage } from "../../../src/core/locate/read-package";
import { PackageModelSchema } from "../../../src/core/model/package";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/sheet/snapshot";
import { plainlyValid, SheetSnapshotSchema } from "../../../src/core/sheet/snapshot-schema";
import { seededRandom, pick } from "../../support/random";

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
    (moved.values[3] ??= [])[1] = { formula: "=SUM(D7:D9)" } as unknown as string; // row 3 is empty: a sparse snapshot leaves it out
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

describe("the plain snapshot check readPackage runs before the schema", () => {
  test("accepts every sheet of the example packages", async () => {
    for (const wb of [await buildPackageSnapshot(), await buildPackageSnapshot(fullSizeData(), FULL_SIZE_LAYOUT)]) {
      for (const sheet of wb.sheets) expect(plainlyValid(sheet)).toBe(true);
    }
  });

  test("accepts nothing the schema rejects (2,000 random corruptions)", async () => {
    const pristine = await buildPackageSnapshot();
    const odd: unknown[] = [undefined, null, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "3", true, {}, [], [1], { top: 0 }];
    const corrupt: ((s: Record<string, unknown> & SheetSnapshot, rnd: () => number) => void)[] = [
      // Rows may be missing (a sparse snapshot): a corruption there adds the row.
      (s, rnd) => ((s.values[Math.floor(rnd() * s.values.length)] ??= []) as unknown[])[0] = pick(rnd, odd),
      (s, rnd) => ((s.numberFormats[Math.floor(rnd() * s.numberFormats.length)] ??= []) as unknown[])[1] = pick(rnd, odd),
      (s, rnd) => ((s.values as unknown[])[Math.floor(rnd() * s.values.length)] = pick(rnd, odd)),
      (s, rnd) => ((s.values[0] ??= []).length += 2), // holes (empty cells in a sparse snapshot)
      (s, rnd) => (s.merges.length ? ((s.merges[0] as unknown as Record<string, unknown>)[pick(rnd, ["top", "left", "bottom", "right"])] = pick(rnd, odd)) : undefined),
      (s, rnd) => ((s.merges as unknown[])[s.merges.length] = pick(rnd, odd)),
      (s, rnd) => ((s.origin as unknown as Record<string, unknown>)[pick(rnd, ["row", "col"])] = pick(rnd, odd)),
      (s, rnd) => (s[pick(rnd, ["name", "origin", "values", "numberFormats", "merges", "protected"])] = pick(rnd, odd)),
      (s, rnd) => (s.extra = pick(rnd, odd)),
    ];
    let rejected = 0;
    for (let run = 0; run < 2000; run++) {
      const rnd = seededRandom(run + 1);
      const sheet = structuredClone(pick(rnd, pristine.sheets)) as Record<string, unknown> & SheetSnapshot;
      pick(rnd, corrupt)(sheet, rnd);
      const schema = SheetSnapshotSchema.safeParse(sheet).success;
      if (plainlyValid(sheet)) expect([run, schema]).toEqual([run, true]);
      if (!schema) rejected++;
    }
    expect(rejected).toBeGreaterThan(1000); // the corruptions do break sheets
  });
});
