import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { snapshotFromExcelJs } from "../../../../src/xlsx/snapshot";
import { Grid } from "../../../../src/core/locate/grid";
import type { Recognition, Recognizer } from "../../../../src/core/locate/recognizer";
import type { WorkbookSnapshot } from "../../../../src/core/sheet/snapshot";
import type { Figure } from "../../../../src/core/values/figure";
import { parseCell } from "../../../../src/core/values/parse";
import { rangeA1 } from "../../../../src/core/sheet/a1";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import { PLAIN } from "../../../fixtures/layouts/variant";
import { EXAMPLE_FINAL_ACCOUNTS, type FinalAccountsData, type Money } from "../../../fixtures/data/final-accounts";
import { writeFinalTable, type FinalKind, type FinalLayoutVariant } from "../../../fixtures/layouts/final";

/** A layout variant and the sheet name it is written to (sheet names never matter to recognition). */
export interface Case {
  variant: FinalLayoutVariant;
  sheet: string;
}

/** The layouts every family is read in (domain §1: how real templates differ). */
export const CASES: Case[] = [
  { variant: PLAIN, sheet: "公开表" },
  { variant: { name: "C5", offset: { row: 4, col: 2 } }, sheet: "Sheet3" },
  { variant: { name: "line-breaks", lineBreaks: true }, sheet: "决算" },
  { variant: { name: "stray-spaces-half-width", straySpaces: true, halfWidthBrackets: true }, sheet: "表格" },
  { variant: { name: "元", unitYuan: true }, sheet: "Sheet3" },
  { variant: { name: "text-numbers", numbersAsText: true }, sheet: "Sheet1" },
  { variant: { name: "merged-headers", mergedHeaders: true }, sheet: "公开表" },
  { variant: { name: "no-tag", withoutTag: true }, sheet: "Sheet2" },
  {
    variant: {
      name: "C5-元-text-merged-no-tag",
      offset: { row: 4, col: 2 },
      unitYuan: true,
      numbersAsText: true,
      mergedHeaders: true,
      lineBreaks: true,
      halfWidthBrackets: true,
      withoutTag: true,
    },
    sheet: "Sheet3",
  },
];

/** Builds a workbook in memory, round-trips it through xlsx bytes (as a user's file would), and snapshots it. */
export async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<{ snapshot: WorkbookSnapshot; workbook: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  return { snapshot: snapshotFromExcelJs(loaded, "fixture.xlsx"), workbook: loaded };
}

/** One table of the example package written alone on a sheet; returns what the recogniser finds and where it was written. */
export async function readOne(kind: FinalKind, c: Case, recognizer: Recognizer, data: FinalAccountsData = EXAMPLE_FINAL_ACCOUNTS) {
  let written = "";
  const { snapshot, workbook } = await roundTrip((wb) => {
    const w = new SheetWriter(wb.addWorksheet(c.sheet));
    writeFinalTable(kind, w, data, c.variant);
    const off = c.variant.offset ?? { row: 0, col: 0 };
    written = rangeA1(off.row, off.col, w.height - 1, w.width - 1);
  });
  const found = recognizer.recognize(new Grid(snapshot.sheets[0]));
  return { found, written, ws: workbook.getWorksheet(c.sheet)!, snapshot };
}

/** The single recognition of a sheet, failing the test when there is none or several. */
export function only(found: Recognition[]): Recognition {
  expect(found).toHaveLength(1);
  return found[0];
}

/**
 * Asserts a figure read the data's amount (万元) exactly, at the precision the layout shows, and that its
 * provenance cell in the written sheet holds that amount in the table's unit.
 */
export function expectFigure(f: Figure | null | undefined, amount: Money, c: Case, ws: ExcelJS.Worksheet, sheet = c.sheet): void {
  expect(f).toBeTruthy();
  const fig = f as Figure;
  expect(fig.sheet).toBe(sheet);
  if (amount === null) {
    expect(fig.value).toBeNull();
    return;
  }
  expect(fig.value).not.toBeNull();
  expect((fig.value as Decimal).equals(new Decimal(amount))).toBe(true);
  expect(fig.decimals).toBe(c.variant.unitYuan ? 6 : 2);
  const inCell = parseCell(ws.getCell(fig.cell).value as string | number);
  expect(inCell.kind).toBe("number");
  const shown = inCell.kind === "number" ? inCell.value : new Decimal(0);
  expect(shown.equals(new Decimal(amount).times(c.variant.unitYuan ? 10000 : 1))).toBe(true);
}

/** Asserts the base fields every 决算 table carries. */
export function expectBase(rec: Recognition, kind: FinalKind, c: Case, written: string): void {
  expect(rec.location.kind).toBe(kind);
  expect(rec.location.sheet).toBe(c.sheet);
  expect(rec.location.range).toBe(written);
  const t = rec.table as { unit: string; unitName: { text: string } | null; year: { text: string } | null; sheet: string; range: string };
  expect(t.sheet).toBe(c.sheet);
  expect(t.range).toBe(written);
  expect(t.unit).toBe(c.variant.unitYuan ? "元" : "万元");
  expect(t.unitName?.text).toBe("示例县医疗保障局");
  expect(t.year?.text).toBe("2024");
  expect(rec.problems).toEqual([]);
}

/** The 科目 tables (表2/3/5/7/8) read back: every data row by code, every value by column key. */
export function expectSubjectRows(
  table: { rows: { code: string | null; name: string; level: string; labelCell: string; values: Record<string, Figure> }[]; columns: { key: string }[] },
  data: { rows: { code: string | null; name: string; values: Partial<Record<string, Money>> }[] },
  keys: string[],
  c: Case,
  ws: ExcelJS.Worksheet,
): void {
  expect(table.columns.map((col) => col.key)).toEqual(keys);
  expect(table.rows.map((r) => r.code)).toEqual(data.rows.map((r) => r.code));
  data.rows.forEach((row, i) => {
    const got = table.rows[i];
    expect(got.level).toBe(row.code === null ? "total" : ({ 3: "class", 5: "section", 7: "item" } as Record<number, string>)[row.code.length]);
    expect(got.name).toBe(row.name.replace(/\s/g, ""));
    for (const key of keys) expectFigure(got.values[key], row.values[key] ?? null, c, ws);
  });
}
