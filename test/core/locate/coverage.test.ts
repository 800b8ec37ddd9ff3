import ExcelJS from "exceljs";
import { join } from "node:path";
import { snapshotFromExcelJs } from "../../../src/xlsx/snapshot";
import { readPackage } from "../../../src/core/locate/read-package";
import { readCoverage } from "../../../src/core/locate/coverage";
import type { TableCoverage } from "../../../src/core/model/coverage";
import type { WorkbookSnapshot } from "../../../src/core/sheet/snapshot";
import { analyzeWorkbook } from "../../../src/core/analyze";
import { buildPackageSnapshot, buildPackageWorkbook, exampleData, type SheetLayout } from "../../fixtures/build-package";
import { FINAL_KINDS, type FinalLayoutVariant } from "../../fixtures/layouts/final";
import { CASES } from "./final/support";
import { VARIANTS } from "./selfeval/harness";
import { EXAMPLES_DIR, EXAMPLE_FILES } from "../../../scripts/generate-examples";

/** Coverage of every table of a package, failing with the unread cells listed (a readable failure). */
function coverageOf(snapshot: WorkbookSnapshot): TableCoverage[] {
  return readCoverage(snapshot, readPackage(snapshot));
}

function expectFullCoverage(coverage: TableCoverage[], tables: number): void {
  expect(coverage).toHaveLength(tables);
  const unread = coverage.flatMap((t) => t.unread.map((u) => `${t.sheet}!${u.cell} ${u.raw}（行：${u.row}；列：${u.column}）`));
  expect(unread).toEqual([]);
  for (const t of coverage) expect(t.read).toBe(t.total);
}

/** The nine 决算 tables, each on a sheet of its own, all in one layout variant. */
function finalLayout(variant: FinalLayoutVariant): SheetLayout[] {
  return FINAL_KINDS.map((table, i) => ({ name: `表${i + 1}`, tables: [{ table, variant }] }));
}

/** The self-evaluation tables in one layout variant: the 整体表 (Hunan or Shaanxi), three 项目表, 基础数据表, cover. */
function selfEvalLayout(variant: FinalLayoutVariant, overall: "overall.hunan" | "overall.shaanxi"): SheetLayout[] {
  return [
    { name: "封面", tables: [{ table: "cover", variant }] },
    { name: "整体", tables: [{ table: overall, variant }] },
    { name: "项目", tables: [0, 1, 2].map((index) => ({ table: "project" as const, index, variant })) },
    { name: "基础数据", tables: [{ table: "basedata", variant }] },
  ];
}

/** 决算 layouts beyond the shared cases: 科目代码 in the name column, 表9 by budget blocks. */
const MORE_FINAL: FinalLayoutVariant[] = [
  { name: "code-in-name", codeInName: true },
  { name: "code-in-name-merged-元", codeInName: true, mergedHeaders: true, unitYuan: true },
  { name: "columns-by-budget", columnsByBudget: true },
  { name: "columns-by-budget-merged-text", columnsByBudget: true, mergedHeaders: true, numbersAsText: true, offset: { row: 2, col: 1 } },
];

describe("read coverage: every numeric cell of every fixture layout is read", () => {
  it.each([...CASES.map((c) => c.variant), ...MORE_FINAL].map((v) => [v.name, v] as const))("决算 tables, layout %s", async (_name, variant) => {
    expectFullCoverage(coverageOf(await buildPackageSnapshot(exampleData(), finalLayout(variant))), 9);
  });

  it.each(VARIANTS.map((v) => [v.name, v] as const))("self-evaluation tables (Hunan 整体表), layout %s", async (_name, variant) => {
    expectFullCoverage(coverageOf(await buildPackageSnapshot(exampleData(), selfEvalLayout(variant, "overall.hunan"))), 6);
  });

  it.each(VARIANTS.map((v) => [v.name, v] as const))("self-evaluation tables (Shaanxi 整体表), layout %s", async (_name, variant) => {
    expectFullCoverage(coverageOf(await buildPackageSnapshot(exampleData(), selfEvalLayout(variant, "overall.shaanxi"))), 6);
  });

  it.each(Object.entries(EXAMPLE_FILES))("examples/ %s", async (_which, file) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(EXAMPLES_DIR, file));
    const coverage = coverageOf(snapshotFromExcelJs(wb, file));
    expectFullCoverage(coverage, readPackage(snapshotFromExcelJs(wb, file)).tables.length);
    expect(coverage.reduce((n, t) => n + t.total, 0)).toBeGreaterThan(400);
  });
});

/**
 * Seeded layout: 表3 (plain, A1:H24) with a ninth column "其他支出" the recogniser has no key for, filled on
 * the 合计 row and on 2080505. Its numbers must show as unread, with their labels, never pass silently.
 */
describe("read coverage: a column nobody understands is listed as 未识别", () => {
  async function withUnknownColumn(): Promise<WorkbookSnapshot> {
    const wb = buildPackageWorkbook(exampleData(), [{ name: "公开03表", tables: [{ table: "final.03" }] }]);
    const ws = wb.getWorksheet("公开03表")!;
    ws.getCell("I4").value = "其他支出";
    ws.getCell("I5").value = 1.5; // 合计
    ws.getCell("I9").value = 1.5; // 2080505 机关事业单位基本养老保险缴费支出
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    return snapshotFromExcelJs(loaded, "extra-column.xlsx");
  }

  it("coverage names the two cells with their row and column labels", async () => {
    const [t03] = coverageOf(await withUnknownColumn());
    expect(t03.kind).toBe("final.03");
    expect(t03.total - t03.read).toBe(2);
    expect(t03.unread).toEqual([
      { cell: "I5", raw: "1.5", row: "合计", column: "其他支出" },
      { cell: "I9", raw: "1.5", row: "2080505 机关事业单位基本养老保险缴费支出", column: "其他支出" },
    ]);
    expect(t03.unreadColumns).toEqual([{ column: "其他支出", cells: ["I5", "I9"] }]);
  });

  it("the check says the table was recognised but its column not read", async () => {
    const { findings } = analyzeWorkbook(await withUnknownColumn());
    const coverage = findings.filter((f) => f.rule === "structure.read-coverage");
    expect(coverage).toHaveLength(1);
    expect(coverage[0]).toMatchObject({ severity: "info", table: "final.03", sheet: "公开03表", cell: "I5" });
    expect(coverage[0].cells.map((c) => c.cell)).toEqual(["I5", "I9"]);
    expect(coverage[0].message).toContain("识别到公开03表（支出决算表）");
    expect(coverage[0].message).toContain("但未能读取其“其他支出”列");
  });

  it("a clean package raises no coverage finding", async () => {
    const { findings } = analyzeWorkbook(await buildPackageSnapshot());
    expect(findings.filter((f) => f.rule === "structure.read-coverage")).toEqual([]);
  });
});
