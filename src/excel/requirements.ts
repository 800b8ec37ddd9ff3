/**
 * Requirement sets the adapter relies on. The manifest declares MIN_EXCEL_API (marks are conditional formats,
 * ExcelApi 1.6; settings live in workbook.settings, 1.4); newer sets are feature-detected at run time.
 */
export const MIN_EXCEL_API = "1.6";
/** Worksheet.getMergedAreasOrNullObject: without it, merged headers are read cell by cell. */
export const MERGED_AREAS_API = "1.13";

export function excelApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
/** Worksheet.getRanges (RangeAreas): selecting all of a finding's cells at once. */
export const RANGE_AREAS_API = "1.9";
