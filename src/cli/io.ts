import type ExcelJS from "exceljs";
import { basename } from "node:path";
import { readFileSync, statSync } from "node:fs";
import { snapshotFromExcelJs } from "../xlsx/snapshot";
import { readXlsxSnapshot, uncalculatedBySheet } from "../xlsx/read-xlsx";
import { inflationProblem, precheckWorkbook, sizeProblem, unreadableMessage } from "../xlsx/precheck";
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
  const name = basename(file);
  // A file larger than everything a workbook may unpack to is no workbook; reading it whole would fail anyway.
  const size = sizeProblem(statSizeOf(file));
  if (size) throw new UnreadableInput(unreadableMessage(size, name));
  try {
    // Synchronous: files are checked one after another on each thread, and a workbook is read in well under a
    // millisecond, while an fs/promises read costs ~0.1 ms more in thread-pool round trips.
    buffer = readFileSync(file);
  } catch {
    throw new UnreadableInput(`无法打开文件“${file}”：文件不存在或无权读取`);
  }
  const precheck = precheckWorkbook(buffer, name);
  if (!precheck.ok) throw new UnreadableInput(unreadableMessage(precheck.problem, name));
  // The fast reader gives the same snapshot at a fraction of exceljs's cost; anything it does not
  // understand (encrypted, .xls, strict OOXML, unusual parts) it refuses, and exceljs decides.
  try {
    return await readXlsxSnapshot(buffer, name);
  } catch {
    // fall through to exceljs
  }
  const inflation = await inflationProblem(buffer, precheck.entries);
  if (inflation) throw new UnreadableInput(unreadableMessage(inflation, name));
  const wb = excelJsWorkbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableInput(unreadableMessage({ kind: "not-a-zip" }, name));
  }
  return snapshotFromExcelJs(wb, name, uncalculatedBySheet(buffer));
}

function statSizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // reading it says why it cannot be read
  }
}
