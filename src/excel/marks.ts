import { MARK_STYLE, isMarkFormula, markFormula, type CellMark } from "../ui/marks";
import type { MarkResult } from "../ui/port";

export interface MarkPlan {
  marks: CellMark[];
  /** Sheets of the last read: marks are only placed on sheets the check saw. */
  sheets: Set<string>;
  protectedSheets: Set<string>;
}

/** The product's marks on one sheet, loaded in this batch. */
interface LoadedMarks {
  sheet: string;
  formats: Excel.ConditionalFormatCollection;
}

/** Queues the loading of every sheet's conditional formats with what tells a mark apart (its rule's tag). */
function loadFormats(worksheets: Excel.WorksheetCollection, names: string[]): LoadedMarks[] {
  return names.map((sheet) => {
    const formats = worksheets.getItem(sheet).getRange().conditionalFormats;
    formats.load("items/priority,items/customOrNullObject/rule/formula");
    return { sheet, formats };
  });
}

/**
 * Queues the deletion of the loaded marks, last priority first. A conditional format's id is its priority, not a
 * handle: deleting one moves every format after it up, so the deletions run from the bottom of the list, and
 * only on proxies loaded in this same batch (ids kept from an earlier read may by now name a user's format).
 */
function deleteLoadedMarks(loaded: LoadedMarks[]): number {
  let removed = 0;
  for (const { formats } of loaded) {
    const own = formats.items.filter((cf) => !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula));
    own.sort((a, b) => b.priority - a.priority);
    for (const cf of own) cf.delete();
    removed += own.length;
  }
  return removed;
}

/**
 * Replaces the product's marks in two round trips: the conditional formats of the sheets are loaded, then the old
 * marks are deleted and one conditional format per marked cell added, in the same batch. Nothing else is written:
 * values, formulas and the cell's own format stay as they are. Protected sheets are left alone (Excel would
 * refuse) and reported.
 */
export async function applyMarks(context: Excel.RequestContext, plan: MarkPlan): Promise<MarkResult> {
  const sheets = context.workbook.worksheets;
  const open = [...plan.sheets].filter((s) => !plan.protectedSheets.has(s));
  const loaded = loadFormats(sheets, open);
  await context.sync();
  deleteLoadedMarks(loaded);
  let marked = 0;
  const skipped = new Set<string>();
  for (const mark of plan.marks) {
    if (!plan.sheets.has(mark.sheet)) continue;
    if (plan.protectedSheets.has(mark.sheet)) {
      skipped.add(mark.sheet);
      continue;
    }
    const cf = sheets.getItem(mark.sheet).getRange(mark.cell).conditionalFormats.add("Custom");
    cf.custom.rule.formula = markFormula(mark.severity);
    cf.custom.format.fill.color = MARK_STYLE[mark.severity].fill;
    cf.custom.format.font.color = MARK_STYLE[mark.severity].font;
    marked++;
  }
  await context.sync();
  return { marked, protectedSheets: [...skipped] };
}

/**
 * Removes every mark in the workbook, found by its tag, so it works on a workbook saved and reopened since
 * it was checked. Three round trips: sheets, their conditional formats, the deletions of those loaded formats.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<{ removed: number; protectedSheets: string[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  const open = worksheets.items.filter((ws) => !ws.protection.protected).map((ws) => ws.name);
  const loaded = loadFormats(worksheets, open);
  await context.sync();
  const removed = deleteLoadedMarks(loaded);
  if (removed > 0) await context.sync();
  return { removed, protectedSheets: worksheets.items.filter((ws) => ws.protection.protected).map((ws) => ws.name) };
}
