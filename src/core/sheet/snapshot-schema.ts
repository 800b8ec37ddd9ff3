import { z } from "zod/v4";
import { rowsPresent, type CellValue, type MergedArea, type SheetSnapshot } from "./snapshot";

/**
 * The snapshot as a boundary: hosts fill it from Office.js (whose `values` are typed `any`), exceljs or the
 * .xlsx reader, and the core trusts it from here on. Rows are checked by one custom test each rather than a
 * schema per cell: a package has thousands of cells and this runs on every check. The path names
 * the row; `firstBadColumn` finds the cell for the message.
 */
const isCellValue = (v: unknown): v is CellValue => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
const isText = (v: unknown): v is string => typeof v === "string";

const CELL_VALUE_MESSAGE = "单元格的值应为文字、数字、逻辑值或空";
// A snapshot may be sparse (see SheetSnapshot): a missing row or cell is empty, whether a hole or undefined.
const isCellOrMissing = (v: unknown) => v === undefined || isCellValue(v);
const isTextOrMissing = (v: unknown) => v === undefined || isText(v);
const RowOfValues = z.custom<CellValue[]>((row) => row === undefined || (Array.isArray(row) && row.every(isCellOrMissing)), CELL_VALUE_MESSAGE);
const RowOfFormats = z.custom<string[]>((row) => row === undefined || (Array.isArray(row) && row.every(isTextOrMissing)), "数字格式应为文字");

/** The column (0-based, within the row) of the first entry that broke a row's check, if the row is an array. */
export function firstBadColumn(field: "values" | "numberFormats", row: unknown): number | undefined {
  if (!Array.isArray(row)) return undefined;
  const at = row.findIndex((v) => !(field === "values" ? isCellOrMissing(v) : isTextOrMissing(v)));
  return at >= 0 ? at : undefined;
}

const index = z.number().int().min(0);
/** An absolute cell address (uncalculated formula cells). */
const A1 = /^[A-Z]{1,3}[0-9]+$/;

const MergedAreaSchema = z.object({ top: index, left: index, bottom: index, right: index }) satisfies z.ZodType<MergedArea>;

export const SheetSnapshotSchema = z.object({
  name: z.string(),
  origin: z.object({ row: index, col: index }),
  values: z.array(RowOfValues),
  numberFormats: z.array(RowOfFormats),
  merges: z.array(MergedAreaSchema),
  protected: z.boolean().optional(),
  uncalculated: z.array(z.string().regex(A1)).optional(),
}) satisfies z.ZodType<SheetSnapshot>;

/**
 * True when a sheet plainly meets SheetSnapshotSchema, checked in plain loops: every well-formed sheet of a
 * batch passes here without zod building a parse context and an output copy of each row and merge (most of
 * the validation's time and garbage). It accepts nothing the schema rejects; whatever it does not accept is
 * left to the schema, which decides and words the issue.
 */
export function plainlyValid(sheet: unknown): sheet is SheetSnapshot {
  if (!isRecord(sheet) || typeof sheet.name !== "string") return false;
  if (!isRecord(sheet.origin) || !isIndex(sheet.origin.row) || !isIndex(sheet.origin.col)) return false;
  if (sheet.protected !== undefined && typeof sheet.protected !== "boolean") return false;
  if (sheet.uncalculated !== undefined && !(Array.isArray(sheet.uncalculated) && sheet.uncalculated.every((a) => typeof a === "string" && A1.test(a)))) return false;
  if (!Array.isArray(sheet.values) || !Array.isArray(sheet.numberFormats)) return false;
  // isCellValue and isText spelled out in the loops: they run over every cell, and calls cost most before the JIT.
  // Missing rows and cells (a sparse snapshot) are empty and pass; in a tall grid only the rows present are visited.
  const valueRow = (r: number): boolean => {
    const row: unknown = (sheet.values as unknown[])[r];
    if (row === undefined) return true;
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (v !== null && v !== undefined && typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return false;
    }
    return true;
  };
  const formatRow = (r: number): boolean => {
    const row: unknown = (sheet.numberFormats as unknown[])[r];
    if (row === undefined) return true;
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) if (row[c] !== undefined && typeof row[c] !== "string") return false;
    return true;
  };
  if (!everyRow(sheet.values, valueRow) || !everyRow(sheet.numberFormats, formatRow)) return false;
  const merges = sheet.merges;
  if (!Array.isArray(merges)) return false;
  for (let i = 0; i < merges.length; i++) {
    const m: unknown = merges[i];
    if (!isRecord(m) || !isIndex(m.top) || !isIndex(m.left) || !isIndex(m.bottom) || !isIndex(m.right)) return false;
  }
  return true;
}

function everyRow(rows: unknown[], test: (r: number) => boolean): boolean {
  const present = rowsPresent(rows, 0, rows.length);
  if (present) return present.every(test);
  for (let r = 0; r < rows.length; r++) if (!test(r)) return false;
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}
