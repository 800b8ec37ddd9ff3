import { readZip, type ZipEntries } from "./zip";
import { fail, NAMED_ENTITIES, XmlScanner } from "./xml-scanner";
import { uncalculatedCells } from "./uncalculated";
import { rowsPresent, type CellValue, type MergedArea, type SheetSnapshot, type WorkbookSnapshot } from "../core/sheet/snapshot";

/**
 * A fast .xlsx → WorkbookSnapshot reader for the command line. exceljs builds a full document model (styles,
 * fonts, columns, every cell object) through a SAX parser and layers of xforms; the snapshot needs a fraction
 * of that. This reader scans only workbook.xml (+ rels), styles.xml (number formats), sharedStrings.xml and
 * the worksheets, and reproduces EXACTLY what `snapshotFromExcelJs` gives for the same file — including
 * exceljs's quirks (grid size, falsy formula results, double-decoded entities), because the two must never
 * disagree. Whatever it does not understand throws, and the caller falls back to exceljs.
 */

/** Excel's built-in number formats as exceljs maps them (same table, so both readers agree). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILT_IN_FORMATS: Record<string, { f?: string }> = require("exceljs/lib/xlsx/defaultnumformats");

/** The SpreadsheetML namespace: an identifier compared with xmlns, never fetched. */
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** exceljs reads a part as a worksheet when its zip path matches this (unanchored, as exceljs has it). */
const WORKSHEET_PATH = /xl\/worksheets\/sheet(\d+)[.]xml/;


export async function readXlsxSnapshot(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const zip = readZip(bytes);
  const text = (path: string): string | undefined => zip.text(path);

  const workbookXml = text("xl/workbook.xml") ?? fail("no xl/workbook.xml");
  const relsXml = text("xl/_rels/workbook.xml.rels") ?? fail("no workbook rels");
  const stylesXml = text("xl/styles.xml") ?? fail("no xl/styles.xml");
  const sstXml = text("xl/sharedStrings.xml");
  const book = readWorkbook(workbookXml);
  const styles = readStyles(stylesXml);
  const sharedStrings = sstXml === undefined ? undefined : readSharedStrings(sstXml);
  const picked = worksheets(zip, book, readRelationships(relsXml));

  const sheets = picked.map((p) => {
    const xml = text(p.path)!;
    // One search tells apart the sheets without links (most): no "<hyperlink" means neither <hyperlinks> nor rels.
    let links: Set<string> | undefined;
    if (xml.includes("<hyperlink")) {
      // A sheet's own rels matter only for its hyperlinks (exceljs finds them by the number in the part's name).
      let rels: Map<string, string> | undefined;
      if (xml.includes("<hyperlink ")) {
        const relsXml = text(`xl/worksheets/_rels/sheet${WORKSHEET_PATH.exec(p.path)![1]}.xml.rels`);
        rels = relsXml === undefined ? new Map<string, string>() : readRelationships(relsXml);
      }
      links = hyperlinkedCells(xml, rels);
    }
    return readSheet(p.name, xml, { styles, sharedStrings, date1904: book.date1904, links });
  });
  return { name, sheets };
}

/** Sheets in workbook order with their parts; a sheet whose part is not a worksheet (chart sheet) is skipped, as exceljs does. */
function worksheets(zip: ZipEntries, book: WorkbookPart, rels: Map<string, string>): { name: string; path: string }[] {
  const worksheetParts = zip.names.filter((p) => WORKSHEET_PATH.test(p));
  const used = new Set<string>();
  const picked: { name: string; path: string }[] = [];
  for (const s of book.sheets) {
    const rel = rels.get(s.rId);
    if (!rel) continue;
    const path = `xl/${rel.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!worksheetParts.includes(path)) continue;
    if (used.has(path)) fail("two sheets share one part");
    used.add(path);
    picked.push({ name: s.name, path });
  }
  // exceljs gives an unreferenced worksheet part an invented name ("sheetundefined") or fails: leave it to exceljs.
  if (used.size !== worksheetParts.length) fail("a worksheet part no sheet refers to");
  return picked;
}

/**
 * The formula cells without a result, by sheet name, for a file this reader refused and exceljs reads
 * (exceljs cannot tell them from an empty result); undefined when even the sheets cannot be found here.
 */
export function uncalculatedBySheet(bytes: Uint8Array): Map<string, string[]> | undefined {
  try {
    const zip = readZip(bytes);
    const book = readWorkbook(zip.text("xl/workbook.xml") ?? fail("no xl/workbook.xml"));
    const rels = readRelationships(zip.text("xl/_rels/workbook.xml.rels") ?? fail("no workbook rels"));
    return new Map(worksheets(zip, book, rels).map((s) => [s.name, uncalculatedCells(zip.text(s.path)!)]));
  } catch {
    return undefined;
  }
}

/** exceljs's utils.xmlDecode, applied (again) to sheet names and t="str" values. */
function xmlDecodeAgain(s: string): string {
  return s.includes("&") ? s.replace(/&([a-z]*);/g, (c, e: string) => NAMED_ENTITIES.get(e) ?? c) : s;
}

// ---------------------------------------------------------------------------------------------------------
// workbook.xml, rels, styles.xml, sharedStrings.xml

interface WorkbookPart {
  sheets: { name: string; id: number; rId: string }[];
  date1904: boolean;
}

function readWorkbook(xml: string): WorkbookPart {
  const sheets: WorkbookPart["sheets"] = [];
  let date1904 = false;
  let root = true;
  const x = new XmlScanner(xml);
  while (x.next() !== "end") {
    if (x.kind !== "open") continue;
    if (root) {
      // Strict OOXML and prefixed element names read differently in exceljs: leave them to it.
      if (x.name !== "workbook" || x.attr("xmlns") !== MAIN_NS) fail("not a transitional workbook");
      root = false;
    } else if (x.name === "sheet") {
      const name = x.attr("name");
      const rId = x.attr("r:id");
      const id = Number.parseInt(x.attr("sheetId") ?? "", 10);
      if (name === undefined || rId === undefined || !(id >= 1)) fail("incomplete <sheet>");
      sheets.push({ name: xmlDecodeAgain(name), id, rId });
    } else if (x.name === "workbookPr") {
      date1904 = x.attr("date1904") === "1";
    }
  }
  const names = new Set<string>();
  const ids = new Set<number>();
  for (const s of sheets) {
    // exceljs's Worksheet name setter throws on or truncates these; let it decide.
    const key = s.name.toLowerCase();
    if (!s.name || s.name === "History" || s.name.length > 31 || /[*?:/\\[\]]/.test(s.name) || /(^')|('$)/.test(s.name))
      fail("sheet name exceljs rejects");
    if (names.has(key) || ids.has(s.id)) fail("duplicate sheet");
    names.add(key);
    ids.add(s.id);
  }
  return { sheets, date1904 };
}

function readRelationships(xml: string): Map<string, string> {
  const rels = new Map<string, string>();
  const x = new XmlScanner(xml);
  while (x.next() !== "end") {
    if (x.kind !== "open" || x.name !== "Relationship") continue;
    const id = x.attr("Id");
    const target = x.attr("Target");
    if (id !== undefined && target !== undefined) rels.set(id, target);
  }
  return rels;
}

interface Styles {
  /** cellXfs index → the number format exceljs gives a cell with that style (undefined: none). */
  numFmtOf: (string | undefined)[];
  /** cellXfs index → exceljs reads numbers with that style as dates (worked out once per style, not per cell). */
  isDate: boolean[];
}

function readStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  let depth = 0;
  const x = new XmlScanner(xml);
  while (x.next() !== "end") {
    const tag = x.name;
    if (x.kind === "open") {
      depth++;
      // Only <numFmts> children: conditional formats (<dxf>) carry numFmts of their own.
      if (tag === "numFmt" && depth === 3 && inNumFmts) {
        const formatCode = x.attr("formatCode") ?? fail("numFmt without formatCode");
        // exceljs drops the backslash of escaped characters in custom formats.
        custom.set(Number.parseInt(x.attr("numFmtId") ?? "", 10), formatCode.replace(/[\\](.)/g, "$1"));
      } else if (tag === "numFmts") {
        inNumFmts = true;
      } else if (tag === "cellXfs") {
        inCellXfs = true;
      } else if (tag === "xf" && inCellXfs && depth === 3) {
        xfFormatIds.push(Number.parseInt(x.attr("numFmtId") ?? "", 10));
      }
    } else if (x.kind === "close") {
      depth--;
      if (tag === "cellXfs") inCellXfs = false;
      else if (tag === "numFmts") inNumFmts = false;
    }
  }
  const numFmtOf = xfFormatIds.map((id) => (id ? custom.get(id) || BUILT_IN_FORMATS[id]?.f : undefined) || undefined);
  return { numFmtOf, isDate: numFmtOf.map(isDateFmt) };
}

/** A shared string: plain text, or rich-text runs (shown joined). */
interface SharedStrings {
  text: string[];
  /** Indexes of rich-text entries (exceljs keeps them as objects, which matters for hyperlinked cells). */
  rich: Set<number>;
}

function readSharedStrings(xml: string): SharedStrings {
  const strings: string[] = [];
  const rich = new Set<number>();
  let depth = 0;
  let plain: string | undefined; // text of a plain <si><t>
  let runs: string[] | undefined; // texts of <r> runs
  let run: string | undefined;
  let inRun = false;
  let inPhonetic = false;
  let tText: string | undefined; // the text of the <t> being read
  const x = new XmlScanner(xml);
  while (x.next() !== "end") {
    const tag = x.name;
    if (x.kind === "text") {
      if (tText !== undefined) tText += x.text();
    } else if (x.kind === "open") {
      depth++;
      if (depth === 1) {
        if (tag !== "sst") fail("not a shared string table");
      } else if (depth === 2) {
        if (tag !== "si") fail(`unexpected <${tag}> in sst`);
        plain = undefined;
        runs = undefined;
      } else if (inPhonetic) {
        // phonetic guides (<rPh>) are not part of the shown text
      } else if (tag === "rPh" || tag === "phoneticPr") {
        inPhonetic = tag === "rPh";
      } else if (tag === "r" && depth === 3) {
        if (plain !== undefined) fail("plain and rich text in one <si>");
        runs ??= [];
        run = undefined;
        inRun = true;
      } else if (tag === "t" && (depth === 3 || (inRun && depth === 4))) {
        if (depth === 3 && (runs !== undefined || plain !== undefined)) fail("odd <si>");
        tText = "";
      }
    } else {
      if (tag === "t" && tText !== undefined) {
        const value = unescapeOoxml(tText);
        tText = undefined;
        if (inRun) run = value;
        else plain = value;
      } else if (tag === "r" && inRun && depth === 3) {
        runs!.push(run ?? "");
        inRun = false;
      } else if (tag === "rPh" && inPhonetic && depth === 3) {
        inPhonetic = false;
      } else if (tag === "si") {
        if (plain === undefined && runs === undefined) fail("empty <si>");
        if (plain === undefined) rich.add(strings.length);
        strings.push(plain ?? runs!.join(""));
      }
      depth--;
    }
  }
  return { text: strings, rich };
}

/** OOXML escapes characters XML cannot carry as _xHHHH_; exceljs's TextXform decodes them (upper-case hex only). */
function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : s;
}

// ---------------------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  styles: Styles;
  sharedStrings: SharedStrings | undefined;
  /** The addresses of the sheet's hyperlinked cells (undefined: it has none). */
  links: Set<string> | undefined;
  date1904: boolean;
}

/**
 * A cell as exceljs's document holds it: "null" = a styled empty cell (exists, no value), "merge" = covered by
 * a merged area (shown empty), "value" = everything else.
 */
interface Cell {
  kind: "null" | "merge" | "value";
  value: CellValue;
  numFmt: string | undefined;
}
/** Empty cells carry nothing else (their format is never shown), so they share one object each. */
const NULL_CELL: Cell = { kind: "null", value: null, numFmt: undefined };
const MERGE_CELL: Cell = { kind: "merge", value: null, numFmt: undefined };

/** One row's cells by 1-based column (sparse: absent cells are holes). */
type Row = (Cell | undefined)[];

/** What one <c> element held, gathered while scanning it (one object, reset for every cell). */
interface RawCell {
  /** The r attribute as written: exceljs matches hyperlinks to cells by it. */
  address: string;
  col: number;
  t: string | undefined;
  styleId: number;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
  runs: string[] | undefined;
}

const RANGE_REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;
const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  if (n > MAX_COLUMN) fail("column beyond XFD");
  return n;
}

/**
 * The column of a cell reference matching /^\$?([A-Z]{1,3})\$?(\d+)$/, or 0 when it does not match (only the
 * column counts: exceljs places a cell in the row of its <row>). Written out because it runs for every cell.
 */
function columnOf(ref: string): number {
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  const lettersStart = i;
  let col = 0;
  for (let c = ref.charCodeAt(i); c >= 65 && c <= 90; c = ref.charCodeAt(++i)) col = col * 26 + (c - 64);
  if (i === lettersStart || i - lettersStart > 3) return 0;
  if (ref.charCodeAt(i) === 36) i++;
  const digitsStart = i;
  for (let c = ref.charCodeAt(i); c >= 48 && c <= 57; c = ref.charCodeAt(++i));
  if (i === digitsStart || i !== ref.length) return 0;
  if (col > MAX_COLUMN) fail("column beyond XFD");
  return col;
}

/**
 * The usual cell as Excel, WPS and exceljs write it: plain r, s and t attributes in that order, and no value or a
 * <v> with nothing to decode. readSheet reads it with one match instead of five tokens (most cells are like
 * this); any other cell goes through the scanner, which reads these the same way.
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3}[0-9]+)"(?: s="([0-9]+)")?(?: t="([A-Za-z]+)")?(?:\/>|><v>([^<&\r]*)<\/v><\/c>)/y;

function readSheet(name: string, xml: string, ctx: SheetContext): SheetSnapshot {
  /** 1-based row number → its cells. A later <row> with the same number replaces the earlier one. */
  const rows: (Row | undefined)[] = [];
  const mergeRefs: string[] = [];
  const sharedMasters = new Set<string>();
  let isProtected = false;

  let depth = 0;
  let root = true;
  let inSheetData = false;
  let inMergeCells = false;
  let row: Row | undefined;
  let inCell = false;
  let cellDepth = 0;
  let inInline = false;
  let inRun = false;
  let runText: string | undefined;
  /** Where text goes: the formula, the value (<v>, <is><t>), a rich-text run's <t>, or nowhere. */
  let into: "f" | "v" | "run" | undefined;
  let text = "";
  const cell: RawCell = {
    address: "",
    col: 0,
    t: undefined,
    styleId: 0,
    formula: undefined,
    shareType: undefined,
    si: undefined,
    ref: undefined,
    value: undefined,
    runs: undefined,
  };

  const x = new XmlScanner(xml);
  for (;;) {
    if (row && !inCell) {
      const m = x.match(PLAIN_CELL);
      if (m) {
        startCell(m[1], m[3], m[2]);
        if (m[4]) cell.value = m[4];
        placeCell();
        continue;
      }
    }
    if (x.next() === "end") break;
    const tag = x.name;
    if (x.kind === "text") {
      if (into !== undefined) text += x.text();
    } else if (x.kind === "open") {
      depth++;
      if (root) {
        if (tag !== "worksheet" || x.attr("xmlns") !== MAIN_NS) fail("not a transitional worksheet");
        root = false;
      } else if (inCell) {
        openInCell(tag);
      } else if (row) {
        if (tag === "c") {
          startCell(x.attr("r"), x.attr("t"), x.attr("s"));
          inCell = true;
          cellDepth = depth;
        }
      } else if (inSheetData) {
        if (tag === "row") {
          const n = Number.parseInt(x.attr("r") ?? "", 10);
          if (!(n >= 1)) fail("row without a number");
          rows[n] = row = [];
        } else if (tag === "c") {
          fail("a cell outside a row"); // exceljs puts it in the row before; not worth mirroring
        }
      } else if (depth !== 2) {
        if (tag === "mergeCell" && inMergeCells) {
          const ref = x.attr("ref");
          if (ref !== undefined) mergeRefs.push(ref);
        }
      } else if (tag === "sheetData") inSheetData = true;
      else if (tag === "mergeCells") inMergeCells = true;
      else if (tag === "sheetProtection") isProtected = x.attr("sheet") === "1";
    } else {
      if (inCell) {
        if (depth === cellDepth) {
          placeCell();
          inCell = false;
        } else closeInCell(tag);
      } else if (row && tag === "row") row = undefined;
      else if (tag === "sheetData") inSheetData = false;
      else if (tag === "mergeCells") inMergeCells = false;
      depth--;
    }
  }

  function startCell(address: string | undefined, t: string | undefined, s: string | undefined): void {
    const col = address === undefined ? 0 : columnOf(address);
    if (!col) fail("cell without an A1 reference");
    cell.address = address!;
    cell.col = col;
    cell.t = t;
    cell.styleId = s === undefined ? 0 : Number.parseInt(s, 10); // 0, NaN: no style
    cell.formula = undefined;
    cell.shareType = undefined;
    cell.si = undefined;
    cell.ref = undefined;
    cell.value = undefined;
    cell.runs = undefined;
  }

  /** The cell is read: it takes its place in the row (or none, when exceljs keeps no cell). */
  function placeCell(): void {
    const done = finishCell(cell, ctx, sharedMasters);
    if (done) row![cell.col] = done;
  }

  // Inside <c>: only what exceljs's CellXform reads. Anything else (phonetic runs, extensions) changes what
  // exceljs would show in ways not worth mirroring.
  function openInCell(tag: string): void {
    const level = depth - cellDepth;
    if (inRun) {
      if (tag === "t" && level === 3) startText("run");
      // other run children are formatting (<rPr> and below)
      return;
    }
    if (level === 1 && (tag === "f" || tag === "v")) {
      if (tag === "f") {
        cell.shareType = x.attr("t");
        cell.si = x.attr("si");
        cell.ref = x.attr("ref");
      }
      startText(tag);
    } else if (level === 1 && tag === "is") inInline = true;
    else if (level === 2 && inInline && tag === "t") {
      if (cell.runs) fail("plain and rich text in one cell");
      startText("v");
    } else if (level === 2 && inInline && tag === "r") {
      if (cell.value !== undefined) fail("plain and rich text in one cell");
      cell.runs ??= [];
      inRun = true;
      runText = undefined;
    } else fail(`<${tag}> in a cell`);
  }

  function closeInCell(tag: string): void {
    const level = depth - cellDepth;
    if (into && (tag === "f" || tag === "v" || tag === "t")) {
      // exceljs concatenates every text event; an element's text counts only when non-empty.
      if (into === "run") runText = unescapeOoxml(text);
      else if (text !== "") {
        if (into === "f") cell.formula = (cell.formula ?? "") + text;
        else cell.value = (cell.value ?? "") + text;
      }
      into = undefined;
    } else if (tag === "r" && inRun && level === 2) {
      cell.runs!.push(runText ?? "");
      inRun = false;
    } else if (tag === "is" && level === 1) inInline = false;
  }

  function startText(target: "f" | "v" | "run"): void {
    into = target;
    text = "";
  }

  const merges = applyMerges(rows, mergeRefs);

  // Sparse, as the snapshot allows: a row without values is left out (a hole), a row holds its values by
  // column and nothing after its last one. Memory follows the cells present, never the used-range box (one
  // cell at XFD1048576 makes that box 17 billion cells). The grid's height is exceljs's rowCount: the last row
  // that exists (any <row>, or one a merge reaches).
  const rowCount = Math.max(rows.length - 1, 0);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const fill = (r: number) => {
    const cells = rows[r];
    let vals: CellValue[] | undefined;
    let fmts: string[] | undefined;
    cells?.forEach((x, c) => {
      if (x?.kind !== "value") return;
      vals ??= [];
      fmts ??= [];
      vals[c - 1] = x.value;
      if (x.numFmt) fmts[c - 1] = x.numFmt;
    });
    if (vals) {
      values[r - 1] = vals;
      numberFormats[r - 1] = fmts!;
    }
  };
  const present = rowsPresent(rows, 0, rows.length);
  if (present) present.forEach(fill);
  else for (let r = 1; r < rows.length; r++) fill(r);
  values.length = rowCount;
  const uncalculated = uncalculatedCells(xml);
  return { name, origin: { row: 0, col: 0 }, values, numberFormats, merges, protected: isProtected, ...(uncalculated.length ? { uncalculated } : {}) };
}

/**
 * Mirrors exceljs's CellXform.parseClose + reconcile and the snapshot's cellValue for one cell; undefined when
 * exceljs keeps no cell at all.
 */
function finishCell(raw: RawCell, ctx: SheetContext, sharedMasters: Set<string>): Cell | undefined {
  const numFmt = raw.styleId ? ctx.styles.numFmtOf[raw.styleId] : undefined;
  const isDate = numFmt !== undefined && ctx.styles.isDate[raw.styleId];
  const isFormula = Boolean(raw.formula || raw.shareType);
  const result = isFormula ? formulaResult(raw, isDate, ctx, sharedMasters) : undefined;
  if (ctx.links?.has(raw.address)) return { kind: "value", value: hyperlinkText(raw, isDate, ctx, result), numFmt };
  if (isFormula) {
    // Neither a formula nor a resolvable shared one: exceljs's value would print as "[object Object]".
    if (!result!.resolvable) fail("formula cell exceljs cannot resolve");
    const r = result!.value;
    // exceljs copies only truthy fields of a formula value, so a 0, "" or false result shows as empty.
    if (!r) return { kind: "value", value: null, numFmt };
    if (r instanceof Date) return { kind: "value", value: r.toISOString().slice(0, 10), numFmt };
    if (typeof r === "object") return { kind: "value", value: String((r as { error: string }).error), numFmt };
    return { kind: "value", value: r as CellValue, numFmt };
  }
  if (raw.value === undefined && raw.runs === undefined) {
    // exceljs keeps an empty cell only when it has a style (s="0" counts as none).
    return raw.styleId ? NULL_CELL : undefined;
  }
  return { kind: "value", value: plainValue(raw, isDate, ctx), numFmt };
}

/** A formula cell's cached result as exceljs's reconcile leaves it (dates converted, shared formulas linked). */
function formulaResult(raw: RawCell, isDate: boolean, ctx: SheetContext, sharedMasters: Set<string>): { value: unknown; resolvable: boolean } {
  const { t, value } = raw;
  if (raw.runs) fail("rich text in a formula cell");
  let result: unknown;
  if (value) {
    if (t === "str") result = xmlDecodeAgain(value);
    else if (t === "b") result = Number.parseInt(value, 10) !== 0;
    else if (t === "e") result = { error: value };
    else result = Number.parseFloat(value);
  }
  if (result !== undefined && isDate) result = excelToDate(result, ctx.date1904);
  let shared = false;
  if (raw.shareType === "shared") {
    if (raw.ref) sharedMasters.add(String(raw.si));
    else shared = sharedMasters.has(String(raw.si));
  }
  return { value: result, resolvable: Boolean(raw.formula) || shared };
}

/**
 * exceljs replaces a hyperlinked cell's value by {text: value or result, hyperlink}, and the snapshot shows
 * String(text): a number becomes its text. Texts exceljs would print as "[object Object]", "undefined" or a
 * local date string are refused.
 */
function hyperlinkText(raw: RawCell, isDate: boolean, ctx: SheetContext, formula: { value: unknown } | undefined): string {
  let text: unknown;
  if (formula) text = formula.value;
  else if (raw.runs === undefined && raw.value !== undefined) {
    switch (raw.t) {
      case "s":
        if (ctx.sharedStrings?.rich.has(Number.parseInt(raw.value, 10))) fail("rich text with a hyperlink");
        text = plainValue(raw, isDate, ctx);
        break;
      case "str":
      case "inlineStr":
      case "b":
        text = plainValue(raw, isDate, ctx);
        break;
      case "e":
        break; // an {error} object
      default:
        if (isDate) fail("date with a hyperlink");
        text = plainValue(raw, isDate, ctx);
    }
  }
  if (typeof text !== "string" && typeof text !== "number" && typeof text !== "boolean") fail("hyperlinked cell exceljs shows oddly");
  return String(text);
}

/** The cell addresses exceljs gives a hyperlink: <hyperlink ref r:id> entries whose relationship exists. */
function hyperlinkedCells(xml: string, rels: Map<string, string> | undefined): Set<string> {
  const links = new Set<string>();
  const at = xml.indexOf("<hyperlinks");
  if (at < 0) return links;
  const end = xml.indexOf("</hyperlinks>", at);
  const x = new XmlScanner(xml.slice(at, end < 0 ? undefined : end + "</hyperlinks>".length));
  while (x.next() !== "end") {
    if (x.kind !== "open" || x.name !== "hyperlink") continue;
    const rId = x.attr("r:id");
    if (!rId) continue;
    // exceljs reads the link's target from the sheet's rels and fails when it is missing.
    if (!rels?.has(rId)) fail("hyperlink without a relationship");
    links.add(x.attr("ref")!);
  }
  return links;
}

function plainValue(raw: RawCell, isDate: boolean, ctx: SheetContext): CellValue {
  const { t, runs } = raw;
  if (runs) {
    if (t !== "inlineStr") fail("rich text in a non-inline cell");
    return runs.join("");
  }
  const text = raw.value!;
  switch (t) {
    case "s": {
      const s = ctx.sharedStrings?.text[Number.parseInt(text, 10)];
      return s ?? fail("shared string missing");
    }
    case "str":
      return xmlDecodeAgain(text);
    case "inlineStr":
    case "e":
      return text;
    case "b":
      return Number.parseInt(text, 10) !== 0;
    default: {
      const n = Number.parseFloat(text);
      return isDate ? excelToDate(n, ctx.date1904).toISOString().slice(0, 10) : n;
    }
  }
}

/** exceljs's utils.isDateFmt. */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** exceljs's utils.excelToDate, including its JS coercion of non-numbers (a text or error result → NaN). */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * Applies <mergeCell>s as exceljs's mergeCellsWithoutStyle does, as far as the snapshot shows it: a value in a
 * covered cell (anything but the top-left) is not shown. Only the cells present are visited — a merge over the
 * whole sheet costs what the sheet holds, not the 17 billion cells it spans — and the grid reaches the merge's
 * last row, as exceljs's rowCount does.
 */
function applyMerges(rows: (Row | undefined)[], refs: string[]): MergedArea[] {
  const merges: MergedArea[] = [];
  let presentRows: number[] | undefined;
  for (const ref of refs) {
    const m = RANGE_REF.exec(ref);
    if (!m) fail(`merge reference ${ref}`);
    const r1 = Number.parseInt(m[2], 10);
    const c1 = columnNumber(m[1]);
    const r2 = m[4] === undefined ? r1 : Number.parseInt(m[4], 10);
    const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
    const area = { top: Math.min(r1, r2) - 1, left: Math.min(c1, c2) - 1, bottom: Math.max(r1, r2) - 1, right: Math.max(c1, c2) - 1 };
    if (area.top < 0) fail("row 0 in a merge");
    if (area.bottom >= MAX_ROW) fail("row beyond 1048576 in a merge");
    // exceljs refuses overlapping merges ("Cannot merge already merged cells").
    if (merges.some((x) => x.top <= area.bottom && area.top <= x.bottom && x.left <= area.right && area.left <= x.right))
      fail("overlapping merges");
    presentRows ??= Object.keys(rows).map(Number).filter(Number.isInteger);
    for (const r of presentRows) {
      if (r < area.top + 1 || r > area.bottom + 1) continue;
      const cells = rows[r]!;
      cells.forEach((_, c) => {
        if (c >= area.left + 1 && c <= area.right + 1 && (r !== area.top + 1 || c !== area.left + 1)) cells[c] = MERGE_CELL;
      });
    }
    if (rows.length < area.bottom + 2) rows.length = area.bottom + 2;
    merges.push(area);
  }
  return merges;
}
