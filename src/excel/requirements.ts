/**
 * Requirement sets the adapter relies on. The manifest asks for MIN_EXCEL_API only (reading, checking, the report
 * and navigation; volume-licensed Office 2016 has nothing newer), so the add-in is listed everywhere; what needs a
 * newer set is detected at run time and left out, with a message, where it is missing.
 *
 * Audit of src/excel (ExcelApi set of each member used):
 *   1.1  worksheets.load(name, visibility), getUsedRange(), getItem(), getRange(address), range values /
 *        numberFormat / rowIndex / columnIndex / rowCount / columnCount, activate(), select()
 *   1.2  worksheet.protection.protected, getUsedRange(valuesOnly)
 *   1.4  getUsedRangeOrNullObject(), getItemOrNullObject(), workbook.settings
 *   1.6  conditionalFormats (the marks)
 *   1.7  worksheets.onChanged (the "workbook changed since the check" signal)
 *   1.8  application.calculationMode (stale results in manual calculation)
 *   1.13 getMergedAreasOrNullObject()
 */
export const MIN_EXCEL_API = "1.1";
export const PROTECTION_API = "1.2";
export const NULL_OBJECT_API = "1.4";
export const SETTINGS_API = "1.4";
export const MARKS_API = "1.6";
export const CHANGE_EVENT_API = "1.7";
/** Application.calculationMode: a workbook in manual calculation may show stale formula results. */
export const CALCULATION_MODE_API = "1.8";
/** Worksheet.getMergedAreasOrNullObject: without it, merged headers are read cell by cell. */
export const MERGED_AREAS_API = "1.13";

/** What this Excel can do beyond MIN_EXCEL_API. */
export interface ExcelCapabilities {
  protection: boolean;
  nullObjects: boolean;
  settings: boolean;
  marks: boolean;
  changeEvents: boolean;
  calculationMode: boolean;
  mergedAreas: boolean;
}

export function excelApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function excelCapabilities(): ExcelCapabilities {
  return {
    protection: excelApiSupported(PROTECTION_API),
    nullObjects: excelApiSupported(NULL_OBJECT_API),
    settings: excelApiSupported(SETTINGS_API),
    marks: excelApiSupported(MARKS_API),
    changeEvents: excelApiSupported(CHANGE_EVENT_API),
    calculationMode: excelApiSupported(CALCULATION_MODE_API),
    mergedAreas: excelApiSupported(MERGED_AREAS_API),
  };
}
/** Worksheet.getRanges (RangeAreas): selecting all of a finding's cells at once. */
export const RANGE_AREAS_API = "1.9";
