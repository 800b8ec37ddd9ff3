import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { snapshotFromExcelJs } from "../../../../src/xlsx/snapshot";
import { Grid } from "../../../../src/core/locate/grid";
import type { Recognition, Recognizer } from "../../../../src/core/locate/recognizer";
import type { WorkbookSnapshot } from "../../../../src/core/sheet/snapshot";
import { toA1 } from "../../../../src/core/sheet/a1";
import type { Figure } from "../../../../src/core/values/figure";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import type { LayoutVariant } from "../../../fixtures/layouts/variant";

/** The layout variants every family is written in (domain §1: where real templates differ). */
export const VARIANTS: LayoutVariant[] = [
  { name: "plain" },
  { name: "at-C5", offset: { row: 4, col: 2 } },
  { name: "line-breaks", lineBreaks: true },
  { name: "half-width-brackets+stray-spaces", halfWidthBrackets: true, straySpaces: true },
  { name: "元", unitYuan: true },
  { name: "numbers-as-text", numbersAsText: true },
  { name: "merged-headers", mergedHeaders: true },
  {
    name: "everything-at-B3",
    offset: { row: 2, col: 1 },
    lineBreaks: true,
    halfWidthBrackets: true,
    straySpaces: true,
    unitYuan: true,
    numbersAsText: true,
    mergedHeaders: true,
  },
];

/** Builds a workbook in memory, saves it to .xlsx bytes and loads it back, as a user's file would arrive. */
export async function roundTrip(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  return snapshotFromExcelJs(loaded, name);
}

/** One sheet written by `write`, returned as a Grid after the round trip. */
export async function sheetGrid(sheetName: string, write: (w: SheetWriter) => void): Promise<Grid> {
  const snap = await roundTrip(`${sheetName}.xlsx`, (wb) => write(new SheetWriter(wb.addWorksheet(sheetName))));
  return new Grid(snap.sheets[0]);
}

export function run(recognizer: Recognizer, grid: Grid): Recognition[] {
  return recognizer.recognize(grid);
}

/** A1 address of a table cell (relative row/col) written with a variant at the writer's default origin (A1). */
export function cellAt(v: LayoutVariant, row: number, col: number): string {
  return toA1((v.offset?.row ?? 0) + row, (v.offset?.col ?? 0) + col);
}

/** Header rows the variant adds: merged headers take two rows instead of one. */
export function extraHeaderRows(v: LayoutVariant): number {
  return v.mergedHeaders ? 1 : 0;
}

/** Asserts a figure's value with Decimal equality (null for a blank cell). */
export function expectValue(f: Figure | null | undefined, expected: string | null): void {
  expect(f).toBeTruthy();
  if (expected === null) {
    expect(f!.value).toBeNull();
    return;
  }
  expect(f!.value).not.toBeNull();
  if (!f!.value!.equals(new Decimal(expected))) {
    throw new Error(`figure at ${f!.cell} is ${f!.value!.toString()} (raw "${f!.raw}"), expected ${expected}`);
  }
}

/** Money written in 元 keeps its precision after conversion: 2 decimals of 元 are 6 of 万元. */
export function moneyDecimals(v: LayoutVariant): number {
  return v.unitYuan ? 6 : 2;
}

/**
 * The snapshot Office.js would give: cells covered by a merge are empty (exceljs repeats the top-left value
 * there). Recognisers must read both the same.
 */
export function officeLike(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      values: s.values.map((row, r) =>
        row.map((v, c) => {
          const at = { row: s.origin.row + r, col: s.origin.col + c };
          const covered = s.merges.some((m) => at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right && (at.row !== m.top || at.col !== m.left));
          return covered ? null : v;
        }),
      ),
    })),
  };
}

/** One sheet as exceljs reads it and as Office.js would report it (merge-covered cells empty). */
export async function bothHosts(sheetName: string, write: (w: SheetWriter) => void): Promise<{ grid: Grid; office: Grid }> {
  const snap = await roundTrip(`${sheetName}.xlsx`, (wb) => write(new SheetWriter(wb.addWorksheet(sheetName))));
  return { grid: new Grid(snap.sheets[0]), office: new Grid(officeLike(snap).sheets[0]) };
}
