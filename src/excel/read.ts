import type { CellValue, HostReadProblem, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";
import { parseRangeA1, rangeA1 } from "../core/sheet/a1";
import { isOwnSheet } from "../ui/own-sheets";
import { SETTINGS_KEY, parseSettings, type Settings } from "../ui/settings";
import type { ExcelCapabilities } from "./requirements";

/** Excel on the web refuses a request or response larger than 5 MB (RequestPayloadSizeLimitExceeded). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What one request of ours may carry: under the limit, with room for the response's own wrapping. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/**
 * What a cell costs in a response, value and number format together, as JSON. Generous on purpose: a Chinese
 * row label of 20 characters is 60 bytes of UTF-8 before its format. A cell that costs more (long text) makes
 * the request fail, and the rows are halved and read again.
 */
export const BYTES_PER_CELL = 96;
/** getMergedAreasOrNullObject fails when a range holds more than 512 merged areas. */
export const MAX_MERGED_AREAS = 512;

/** What one read of the workbook yields: the snapshot (with what could not be read) and the add-in's settings. */
export interface ExcelRead {
  snapshot: WorkbookSnapshot;
  /** The add-in's settings stored in the workbook, read in the first round trip. */
  settings: Settings;
}

export interface ReadOptions {
  capabilities: ExcelCapabilities;
  /** Bytes one request may carry (tests lower it; Excel's own limit is WEB_PAYLOAD_LIMIT). */
  payloadBudget?: number;
}

interface ListedSheet {
  ws: Excel.Worksheet;
  name: string;
  protected: boolean;
}

/** A sheet's used range, sized before anything large is asked for. */
interface SizedSheet extends ListedSheet {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Rows [from, from + rows) of a sheet's used range, and whether its merged areas come with them. */
interface Piece {
  sheet: SizedSheet;
  from: number;
  rows: number;
  merges: boolean;
}

/** A sheet's cells as they arrive: chunks indexed by their first row, so halves read later still fall in order. */
interface SheetData {
  values: CellValue[][][];
  formats: string[][][];
  merges: MergedArea[];
}

const MANUAL_CALCULATION =
  "Excel 当前为手动计算模式，表中公式的结果可能不是最新的，据此得出的核对结论可能有误：请按 F9（或“公式 → 开始计算”）重新计算后再检查";

/**
 * Snapshots every sheet without ever asking Excel for more than it can give:
 *   1. the sheet list (names, protection) and the settings;
 *   2. each sheet's used range, sized (a few numbers per sheet);
 *   3. the cells, in requests of at most `payloadBudget` estimated bytes: small sheets share one request, a large
 *      sheet is read in row chunks. A request that fails is split (sheet by sheet, then halves of a chunk), so one
 *      sheet Excel cannot deliver becomes a finding naming it and the others are still checked; merged areas
 *      Excel refuses (more than 512) are left out with an info.
 * A small workbook takes 3 round trips; a large one one more per extra request (docs/excel-host.md).
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<ExcelRead> {
  const caps = options.capabilities;
  const budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  const problems: HostReadProblem[] = [];

  const worksheets = context.workbook.worksheets;
  worksheets.load(caps.protection ? "items/name,items/protection/protected" : "items/name");
  const stored = caps.settings ? context.workbook.settings.getItemOrNullObject(SETTINGS_KEY) : null;
  stored?.load("value");
  // Loaded with the sheet list (no extra round trip): in manual calculation the values read may be stale.
  const application = caps.calculationMode ? context.workbook.application : null;
  application?.load("calculationMode");
  await context.sync();
  if (application?.calculationMode === "Manual") problems.push({ code: "manual-calculation", message: MANUAL_CALCULATION });
  const listed: ListedSheet[] = worksheets.items
    .filter((ws) => !isOwnSheet(ws.name))
    .map((ws) => ({ ws, name: ws.name, protected: caps.protection ? ws.protection.protected : false }));

  const sized = await sizeSheets(context, listed, caps, problems);
  const data = new Map<string, SheetData>();
  for (const s of sized) if (s.rows > 0) data.set(s.name, { values: [], formats: [], merges: [] });
  const pieces = sized.flatMap((s) => piecesOf(s, caps.mergedAreas, budget));
  const broken = new Set<string>();
  for (const request of requests(pieces, budget)) await readPieces(context, request, data, broken, problems);

  const sheets: SheetSnapshot[] = [];
  for (const s of sized) {
    if (broken.has(s.name)) continue;
    const d = data.get(s.name);
    const values = d ? d.values.flat() : [];
    const blank = values.every((row) => row.every((v) => v === null));
    sheets.push({
      name: s.name,
      origin: blank ? { row: 0, col: 0 } : { row: s.top, col: s.left },
      values: blank ? [] : values,
      numberFormats: blank ? [] : (d as SheetData).formats.flat(),
      merges: d?.merges ?? [],
      protected: s.protected,
    });
  }
  const snapshot: WorkbookSnapshot = { name: "当前工作簿", sheets, ...(problems.length > 0 ? { problems } : {}) };
  return { snapshot, settings: parseSettings(stored && !stored.isNullObject ? stored.value : null) };
}

/** Round trip 2: every sheet's used range in one request; if that fails, sheet by sheet, so one bad sheet is named. */
async function sizeSheets(context: Excel.RequestContext, listed: ListedSheet[], caps: ExcelCapabilities, problems: HostReadProblem[]): Promise<SizedSheet[]> {
  const queue = (s: ListedSheet) => {
    // getUsedRange(true) ignores cells that only carry formatting; before ExcelApi 1.4 (no null object) an empty
    // sheet answers A1, read as one blank cell and dropped below.
    const used = caps.nullObjects ? s.ws.getUsedRangeOrNullObject(true) : s.ws.getUsedRange();
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return used;
  };
  const sizeOf = (s: ListedSheet, used: Excel.Range): SizedSheet =>
    used.isNullObject ? { ...s, top: 0, left: 0, rows: 0, cols: 0 } : { ...s, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  try {
    const all = listed.map(queue);
    await context.sync();
    return listed.map((s, i) => sizeOf(s, all[i]));
  } catch {
    const out: SizedSheet[] = [];
    for (const s of listed) {
      try {
        const used = queue(s);
        await context.sync();
        out.push(sizeOf(s, used));
      } catch (e) {
        problems.push(unreadableSheet(s.name, e));
      }
    }
    return out;
  }
}

/** A sheet's rows in chunks that each fit the budget; the first chunk brings the merged areas of the whole range. */
function piecesOf(s: SizedSheet, merges: boolean, budget: number): Piece[] {
  if (s.rows === 0) return [];
  const perChunk = Math.max(1, Math.floor(budget / (s.cols * BYTES_PER_CELL)));
  const out: Piece[] = [];
  for (let from = 0; from < s.rows; from += perChunk) out.push({ sheet: s, from, rows: Math.min(perChunk, s.rows - from), merges: merges && from === 0 });
  return out;
}

const cost = (p: Piece) => p.rows * p.sheet.cols * BYTES_PER_CELL;

/** Pieces grouped, in order, into requests whose estimated size stays within the budget. */
function requests(pieces: Piece[], budget: number): Piece[][] {
  const out: Piece[][] = [];
  let current: Piece[] = [];
  let size = 0;
  for (const p of pieces) {
    if (current.length > 0 && size + cost(p) > budget) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += cost(p);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || /payload|too large/i.test(String((e as Error)?.message ?? ""));
}

/** One request; on failure the request is split until the piece at fault is found and set aside. */
async function readPieces(context: Excel.RequestContext, request: Piece[], data: Map<string, SheetData>, broken: Set<string>, problems: HostReadProblem[]): Promise<void> {
  const live = request.filter((p) => !broken.has(p.sheet.name));
  if (live.length === 0) return;
  try {
    const queued = live.map((p) => {
      const s = p.sheet;
      const range = s.ws.getRange(rangeA1(s.top + p.from, s.left, s.top + p.from + p.rows - 1, s.left + s.cols - 1));
      range.load("values,numberFormat");
      const merged = p.merges ? s.ws.getRange(rangeA1(s.top, s.left, s.top + s.rows - 1, s.left + s.cols - 1)).getMergedAreasOrNullObject() : null;
      merged?.load("address");
      return { p, range, merged };
    });
    await context.sync();
    for (const { p, range, merged } of queued) {
      const d = data.get(p.sheet.name) as SheetData;
      d.values[p.from] = (range.values as unknown[][]).map((r) => r.map(cellValue));
      d.formats[p.from] = (range.numberFormat as unknown[][]).map((r) => r.map((f) => (f ? String(f) : "General")));
      if (merged && !merged.isNullObject) d.merges = mergedAreas(merged.address);
    }
  } catch (e) {
    if (live.length > 1) {
      for (const p of live) await readPieces(context, [p], data, broken, problems);
      return;
    }
    const [p] = live;
    if (isPayloadTooLarge(e) && p.rows > 1) {
      // The estimate was short (long texts): halve the chunk.
      const half = Math.ceil(p.rows / 2);
      await readPieces(context, [{ ...p, rows: half }], data, broken, problems);
      await readPieces(context, [{ ...p, from: p.from + half, rows: p.rows - half, merges: false }], data, broken, problems);
      return;
    }
    if (p.merges) {
      // Excel gives no merged areas beyond MAX_MERGED_AREAS: read the cells without them and say so.
      const before = broken.size;
      await readPieces(context, [{ ...p, merges: false }], data, broken, problems);
      if (broken.size === before) {
        problems.push({
          code: "partial-read",
          message: `工作表“${p.sheet.name}”的合并单元格过多（Excel 一次最多提供 ${MAX_MERGED_AREAS} 处），未读取合并信息；合并的表头按单元格逐个识别`,
          sheet: p.sheet.name,
        });
      }
      return;
    }
    broken.add(p.sheet.name);
    problems.push(unreadableSheet(p.sheet.name, e));
  }
}

function unreadableSheet(name: string, e: unknown): HostReadProblem {
  const why = e instanceof Error ? e.message : String((e as { message?: unknown })?.message ?? e);
  return { code: "unreadable-file", message: `工作表“${name}”无法从 Excel 读取（${why}），已跳过该表，其余工作表照常检查`, sheet: name };
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
