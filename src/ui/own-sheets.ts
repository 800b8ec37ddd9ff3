import { zhCN } from "./strings";

/**
 * Sheets the product adds to an annotated copy (the 检查结果 list and a very hidden settings sheet). Every host
 * skips them when reading, so checking an annotated copy finds what checking the original found.
 */
export const RESULT_SHEET = zhCN.resultSheet;
export const SETTINGS_SHEET = "jx-selfeval";

export function isOwnSheet(name: string): boolean {
  return name === RESULT_SHEET || name === SETTINGS_SHEET;
}
