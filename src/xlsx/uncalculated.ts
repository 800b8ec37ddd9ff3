/**
 * Formula cells saved without a result. Excel, WPS and LibreOffice store each formula's last result in <v>
 * next to <f>; a generator or script that cannot calculate writes <f> alone, and Excel calculates it only when
 * the file is opened there. A reader of the file sees nothing in such a cell: its value is unknown, not empty,
 * so checking it would report false "未填列"/"不是数字"/sum errors. Host-neutral (a string scan): the command
 * line's reader and the offline page (through exceljs, which cannot tell "<v></v>" from no <v>) use this one test.
 *
 * An empty result (=IF(…,"",…)) is written <v></v> and is a result; only a cell whose <f> is followed by the
 * cell's end counts.
 */
const FORMULA_WITHOUT_RESULT = /<c\b([^>]*)>\s*<f\b(?:[^>]*\/>|[^>]*>[^<]*<\/f>)\s*<\/c>/g;
const CELL_REF = /\br="\$?([A-Z]{1,3})\$?([0-9]+)"/;

/** The A1 addresses of the formula cells in a worksheet part that carry no result, in sheet order. */
export function uncalculatedCells(sheetXml: string): string[] {
  // Most sheets have no formula at all: one search saves the scan.
  if (!sheetXml.includes("<f")) return [];
  const cells: string[] = [];
  for (const m of sheetXml.matchAll(FORMULA_WITHOUT_RESULT)) {
    const ref = CELL_REF.exec(m[1]);
    if (ref) cells.push(`${ref[1]}${ref[2]}`);
  }
  return cells;
}
