import type ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";
import { parseRangeA1 } from "../core/sheet/a1";

/**
 * exceljs → WorkbookSnapshot, the same shape Office.js gives the Excel adapter. Used by the CLI (Node)
 * and the standalone page (browser). Formula cells contribute their cached result, as Excel shows them.
 */
export function snapshotFromExcelJs(workbook: ExcelJS.Workbook, name: string, uncalculated?: ReadonlyMap<string, string[]>): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  workbook.eachSheet((ws) => {
    const sheet = sheetSnapshot(ws);
    // exceljs reads "<v></v>" (an empty result) and no <v> alike: which formulas lack a result is read from the
    // sheet's XML by the caller (src/xlsx/uncalculated.ts), as the fast reader does.
    const missing = uncalculated?.get(ws.name);
    sheets.push(missing?.length ? { ...sheet, uncalculated: missing } : sheet);
  });
  return { name, sheets };
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  // Sparse, as the snapshot allows (see readXlsxSnapshot): only rows and cells that exist are visited and kept,
  // so a lone cell at XFD1048576 costs one cell, not the 17-billion-cell box up to it.
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    let vals: CellValue[] | undefined;
    let fmts: string[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs repeats a merged area's value in every covered cell; Office.js reports them empty. Match Office.js.
      if (cell.isMerged && cell.master !== cell) return;
      vals ??= [];
      fmts ??= [];
      vals[c - 1] = cellValue(cell.value);
      if (cell.numFmt) fmts[c - 1] = cell.numFmt;
    });
    if (vals) {
      values[r - 1] = vals;
      numberFormats[r - 1] = fmts!;
    }
  });
  values.length = ws.rowCount;
  const merges: MergedArea[] = [];
  const model = ws.model as unknown as { merges?: string[] };
  for (const m of model.merges ?? []) {
    const b = parseRangeA1(m);
    if (b) merges.push(b);
  }
  return {
    name: ws.name,
    origin: { row: 0, col: 0 },
    values,
    numberFormats,
    merges,
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
  };
}

/** One exceljs cell value as the host would show it. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String(result.error);
      if (result instanceof Date) return result.toISOString().slice(0, 10);
      return result as CellValue;
    }
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}
