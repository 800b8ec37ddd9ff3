import type ExcelJS from "exceljs";
import { basename } from "node:path";
import { readFileSync } from "node:fs";
import { snapshotFromExcelJs } from "../xlsx/snapshot";
import { readXlsxSnapshot } from "../xlsx/read-xlsx";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";

// exceljs's main entry also loads its streaming reader and writer (unzipper, archiver and their polyfills):
// ~0.2 s more for every worker thread of `jx check`. Reading a file needs only the Workbook class, and only
// when the fast reader refused the file, so it is loaded on first use (saves each worker ~0.25 s).
let workbookClass: typeof ExcelJS.Workbook | undefined;
function excelJsWorkbook(): ExcelJS.Workbook {
  workbookClass ??= require("exceljs/lib/doc/workbook") as typeof ExcelJS.Workbook;
  return new workbookClass();
}

/** A user-facing failure: printed as a Chinese message, exit code 2, never a stack trace. */
export class UnreadableInput extends Error {}

export async function loadWorkbook(file: string): Promise<WorkbookSnapshot> {
  let buffer: Buffer;
  try {
    // Synchronous: files are checked one after another on each thread, and a workbook is read in well under a
    // millisecond, while an fs/promises read costs ~0.1 ms more in thread-pool round trips.
    buffer = readFileSync(file);
  } catch {
    throw new UnreadableInput(`无法打开文件“${file}”：文件不存在或无权读取`);
  }
  // The fast reader gives the same snapshot at a fraction of exceljs's cost; anything it does not
  // understand (encrypted, .xls, strict OOXML, unusual parts) it refuses, and exceljs decides.
  try {
    return await readXlsxSnapshot(buffer, basename(file));
  } catch {
    // fall through to exceljs
  }
  const wb = excelJsWorkbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableInput(`无法读取“${basename(file)}”：不是有效的 .xlsx 工作簿（.xls 旧格式请先在 Excel/WPS 中另存为 .xlsx）`);
  }
  return snapshotFromExcelJs(wb, basename(file));
}
