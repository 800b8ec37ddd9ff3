import type { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";
import { parseRangeA1 } from "../core/sheet/a1";
import { isMarkFormula } from "../ui/marks";
import { isOwnSheet } from "../ui/own-sheets";
import { SETTINGS_KEY, parseSettings, type Settings } from "../ui/settings";

/** What one read of the workbook yields: the snapshot, and the product's marks already present (by sheet). */
export interface ExcelRead {
  snapshot: WorkbookSnapshot;
  /** Conditional-format ids of existing marks, per sheet name: what the next marking replaces. */
  marks: Map<string, string[]>;
  /** The add-in's settings stored in the workbook, read in the same round trip. */
  settings: Settings;
}

/**
 * Snapshots every sheet in two round trips: the sheet list first (names, protection), then, for all sheets at
 * once, the used range's values and number formats, the merged areas and the conditional formats, and the
 * add-in's settings.
 */
export async function readWorkbook(context: Excel.RequestContext, options: { merges: boolean }): Promise<ExcelRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();

  const pending = worksheets.items.filter((ws) => !isOwnSheet(ws.name)).map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,rowIndex,columnIndex");
    const whole = ws.getRange();
    const merged = options.merges ? whole.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const formats = whole.conditionalFormats;
    formats.load("items/id,items/customOrNullObject/rule/formula");
    return { ws, used, merged, formats };
  });
  const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  stored.load("value");
  await context.sync();

  const marks = new Map<string, string[]>();
  const sheets: SheetSnapshot[] = pending.map(({ ws, used, merged, formats }) => {
    const own = formats.items.filter((cf) => !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula));
    if (own.length > 0) marks.set(ws.name, own.map((cf) => cf.id));
    const empty = used.isNullObject;
    return {
      name: ws.name,
      origin: empty ? { row: 0, col: 0 } : { row: used.rowIndex, col: used.columnIndex },
      values: empty ? [] : (used.values as CellValue[][]).map((r) => r.map(cellValue)),
      numberFormats: empty ? [] : (used.numberFormat as string[][]).map((r) => r.map((f) => (f ? String(f) : "General"))),
      merges: merged && !merged.isNullObject ? mergedAreas(merged.address) : [],
      protected: ws.protection.protected,
    };
  });
  return { snapshot: { name: "当前工作簿", sheets }, marks, settings: parseSettings(stored.isNullObject ? null : stored.value) };
}

/** Office.js gives "" for an empty cell; the snapshot says null. */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** "Sheet1!A1:B2,Sheet1!D4:E4" (sheet names possibly quoted, with commas) → merged areas. */
export function mergedAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  const re = /(?:'(?:[^']|'')*'|[^,!']+)!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;
  for (const m of address.matchAll(re)) {
    const b = parseRangeA1(m[1].replace(/\$/g, ""));
    if (b) out.push(b);
  }
  return out;
}
