import type ExcelJS from "exceljs";
import { basename } from "node:path";
import { readFile } from "node:fs/promises";
import { snapshotFromExcelJs } from "../xlsx/snapshot";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";

// exceljs's main entry also loads its streaming reader and writer (unzipper, archiver and their polyfills):
// ~0.2 s more for every worker thread of `jx check`. Reading a file needs only the Workbook class.
const Workbook: typeof ExcelJS.Workbook = require("exceljs/lib/doc/workbook");

/** A user-facing failure: printed as a Chinese message, exit code 2, never a stack trace. */
export class UnreadableInput extends Error {}

export async function loadWorkbook(file: string): Promise<WorkbookSnapshot> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    throw new UnreadableInput(`无法打开文件“${file}”：文件不存在或无权读取`);
  }
  const wb = new Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableInput(`无法读取“${basename(file)}”：不是有效的 .xlsx 工作簿（.xls 旧格式请先在 Excel/WPS 中另存为 .xlsx）`);
  }
  return snapshotFromExcelJs(wb, basename(file));
}
