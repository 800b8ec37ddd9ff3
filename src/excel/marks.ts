import { MARK_STYLE, isMarkFormula, markFormula, type CellMark } from "../ui/marks";
import type { MarkResult } from "../ui/port";

export interface MarkPlan {
  marks: CellMark[];
  /** Existing marks to replace, by sheet (ids from the last read). */
  existing: Map<string, string[]>;
  sheets: Set<string>;
  protectedSheets: Set<string>;
}

/**
 * Replaces the product's marks in one round trip: deletes the marks found by the last read and adds one
 * conditional format per marked cell. Nothing else is written: values, formulas and the cell's own format
 * stay as they are. Protected sheets are left alone (Excel would refuse) and reported.
 */
export async function applyMarks(context: Excel.RequestContext, plan: MarkPlan): Promise<MarkResult> {
  const sheets = context.workbook.worksheets;
  for (const [sheet, ids] of plan.existing) {
    if (plan.protectedSheets.has(sheet) || !plan.sheets.has(sheet)) continue;
    const formats = sheets.getItem(sheet).getRange().conditionalFormats;
    for (const id of ids) formats.getItem(id).delete();
  }
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
 * it was checked. Three round trips: sheets, their conditional formats, the deletions.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<{ removed: number; protectedSheets: string[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  const open = worksheets.items.filter((ws) => !ws.protection.protected);
  const lists = open.map((ws) => {
    const formats = ws.getRange().conditionalFormats;
    formats.load("items/id,items/customOrNullObject/rule/formula");
    return formats;
  });
  await context.sync();
  let removed = 0;
  for (const formats of lists) {
    for (const cf of formats.items) {
      if (cf.customOrNullObject.isNullObject || !isMarkFormula(cf.customOrNullObject.rule.formula)) continue;
      cf.delete();
      removed++;
    }
  }
  if (removed > 0) await context.sync();
  return { removed, protectedSheets: worksheets.items.filter((ws) => ws.protection.protected).map((ws) => ws.name) };
}
