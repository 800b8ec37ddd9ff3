import { readZip } from "./zip";
import type { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";

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

/** The reader met something it does not mirror; the caller reads the file with exceljs instead. */
class NotUnderstood extends Error {}

function fail(why: string): never {
  throw new NotUnderstood(why);
}

export async function readXlsxSnapshot(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const zip = readZip(bytes);
  const text = (path: string): string | undefined => zip.text(path);

  const workbookXml = text("xl/workbook.xml") ?? fail("no xl/workbook.xml");
  const relsXml = text("xl/_rels/workbook.xml.rels") ?? fail("no workbook rels");
  const stylesXml = text("xl/styles.xml") ?? fail("no xl/styles.xml");
  const sstXml = text("xl/sharedStrings.xml");
  const book = readWorkbook(workbookXml);
  const rels = readRelationships(relsXml);
  const styles = readStyles(stylesXml);
  const sharedStrings = sstXml === undefined ? undefined : readSharedStrings(sstXml);

  // Sheets in workbook order; a sheet whose part is not a worksheet (chart sheet) is skipped, as exceljs does.
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

  const xmls = picked.map((p) => text(p.path)!);
  // A sheet's own rels matter only for its hyperlinks (exceljs finds them by the number in the part's name).
  const sheetRels = picked.map((p, i) => {
    if (!xmls[i].includes("<hyperlink ")) return undefined;
    const relsXml = text(`xl/worksheets/_rels/sheet${WORKSHEET_PATH.exec(p.path)![1]}.xml.rels`);
    return relsXml === undefined ? new Map<string, string>() : readRelationships(relsXml);
  });
  const sheets = picked.map((p, i) => readSheet(p.name, xmls[i], { styles, sharedStrings, date1904: book.date1904, rels: sheetRels[i] }));
  return { name, sheets };
}

// ---------------------------------------------------------------------------------------------------------
// A small XML scanner. OOXML parts are machine-written, but attribute values may contain ">" (number formats
// like [>=100]), so tags are scanned attribute by attribute. DOCTYPE (custom entities) and CDATA (which
// exceljs silently drops) are refused.

type Attrs = Record<string, string>;

interface XmlHandler {
  /** A self-closing tag is reported as open followed by close. */
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  /** Called with decoded text only while `wantText` is true (decoding is the costly part). */
  text(text: string): void;
  wantText: boolean;
}

function scanXml(xml: string, h: XmlHandler): void {
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = xml.length;
  while (pos < end) {
    const lt = xml.indexOf("<", pos);
    const stop = lt < 0 ? end : lt;
    if (stop > pos && h.wantText) h.text(decodeText(xml.slice(pos, stop)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const close = xml.indexOf("?>", lt);
      if (close < 0) fail("unterminated processing instruction");
      const decl = xml.slice(lt, close);
      if (decl.startsWith("<?xml") && /encoding\s*=\s*["'](?!utf-8["'])/i.test(decl)) fail("not UTF-8");
      pos = close + 2;
    } else if (next === 33 /* ! */) {
      if (!xml.startsWith("<!--", lt)) fail("DOCTYPE or CDATA");
      const close = xml.indexOf("-->", lt);
      if (close < 0) fail("unterminated comment");
      pos = close + 3;
    } else if (next === 47 /* / */) {
      const close = xml.indexOf(">", lt);
      if (close < 0) fail("unterminated tag");
      h.close(xml.slice(lt + 2, close).trim());
      pos = close + 1;
    } else {
      pos = scanOpenTag(xml, lt + 1, h);
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Scans `name attr="v" …>` from `i`; returns the position after the tag. */
function scanOpenTag(xml: string, i: number, h: XmlHandler): number {
  const end = xml.length;
  let j = i;
  while (j < end) {
    const c = xml.charCodeAt(j);
    if (isSpace(c) || c === 47 || c === 62) break;
    j++;
  }
  const name = xml.slice(i, j);
  if (!name) fail("empty tag name");
  const attrs: Attrs = {};
  for (;;) {
    while (j < end && isSpace(xml.charCodeAt(j))) j++;
    if (j >= end) fail("unterminated tag");
    const c = xml.charCodeAt(j);
    if (c === 62 /* > */) {
      h.open(name, attrs);
      return j + 1;
    }
    if (c === 47 /* / */) {
      if (xml.charCodeAt(j + 1) !== 62) fail("bad self-closing tag");
      h.open(name, attrs);
      h.close(name);
      return j + 2;
    }
    const eq = xml.indexOf("=", j);
    if (eq < 0) fail("attribute without value");
    const attrName = xml.slice(j, eq).trim();
    let q = eq + 1;
    while (q < end && isSpace(xml.charCodeAt(q))) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") fail("unquoted attribute");
    const close = xml.indexOf(quote, q + 1);
    if (close < 0) fail("unterminated attribute");
    attrs[attrName] = decodeAttribute(xml.slice(q + 1, close));
    j = close + 1;
  }
}

/** An entity or character reference, or (second branch) a bare "&", which is not well-formed XML. */
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g;
// A Map, not an object literal: "&constructor;" must not find Object.prototype.constructor.
const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** XML 1.0's Char production: a character reference to anything else is an error in any conforming parser. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_, e: string | undefined) => {
    if (e === undefined) return fail("bare &");
    if (e[0] !== "#") return NAMED.get(e) ?? fail(`unknown entity &${e};`);
    const code = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    if (!isXmlChar(code)) fail("character reference to a non-XML character");
    return String.fromCodePoint(code);
  });
}

/** Text as a conforming parser reports it: line ends normalised to \n, entities decoded. */
function decodeText(raw: string): string {
  const s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return decodeEntities(s);
}

/** Attribute values: literal line ends and tabs become spaces (XML attribute-value normalisation). */
function decodeAttribute(raw: string): string {
  if (!ATTRIBUTE_SPECIAL.test(raw)) return raw; // the common case: one scan, no copy
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
}
const ATTRIBUTE_SPECIAL = /[\t\n\r&]/;

/** exceljs's utils.xmlDecode, applied (again) to sheet names and t="str" values. */
function xmlDecodeAgain(s: string): string {
  return s.includes("&") ? s.replace(/&([a-z]*);/g, (c, e: string) => NAMED.get(e) ?? c) : s;
}

/** A handler that only tracks open/close; parts extend it. */
function handler(h: Partial<XmlHandler> & Pick<XmlHandler, "open">): XmlHandler {
  return { close: () => undefined, text: () => undefined, wantText: false, ...h };
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
  scanXml(
    xml,
    handler({
      open(tag, a) {
        if (root) {
          // Strict OOXML and prefixed element names read differently in exceljs: leave them to it.
          if (tag !== "workbook" || a.xmlns !== MAIN_NS) fail("not a transitional workbook");
          root = false;
        } else if (tag === "sheet") {
          const id = Number.parseInt(a.sheetId, 10);
          if (a.name === undefined || a["r:id"] === undefined || !(id >= 1)) fail("incomplete <sheet>");
          sheets.push({ name: xmlDecodeAgain(a.name), id, rId: a["r:id"] });
        } else if (tag === "workbookPr") {
          date1904 = a.date1904 === "1";
        }
      },
    }),
  );
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
  scanXml(
    xml,
    handler({
      open(tag, a) {
        if (tag === "Relationship" && a.Id !== undefined && a.Target !== undefined) rels.set(a.Id, a.Target);
      },
    }),
  );
  return rels;
}

interface Styles {
  /** cellXfs index → the number format exceljs gives a cell with that style (undefined: none). */
  numFmtOf: (string | undefined)[];
}

function readStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  let depth = 0;
  scanXml(
    xml,
    handler({
      open(tag, a) {
        depth++;
        // Only <numFmts> children: conditional formats (<dxf>) carry numFmts of their own.
        if (tag === "numFmt" && depth === 3 && inNumFmts) {
          if (a.formatCode === undefined) fail("numFmt without formatCode");
          // exceljs drops the backslash of escaped characters in custom formats.
          custom.set(Number.parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
        } else if (tag === "numFmts") {
          inNumFmts = true;
        } else if (tag === "cellXfs") {
          inCellXfs = true;
        } else if (tag === "xf" && inCellXfs && depth === 3) {
          xfFormatIds.push(Number.parseInt(a.numFmtId, 10));
        }
      },
      close(tag) {
        depth--;
        if (tag === "cellXfs") inCellXfs = false;
        else if (tag === "numFmts") inNumFmts = false;
      },
    }),
  );
  const numFmtOf = xfFormatIds.map((id) => (id ? custom.get(id) || BUILT_IN_FORMATS[id]?.f : undefined) || undefined);
  return { numFmtOf };
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
  let tText: string[] | undefined;
  const h: XmlHandler = {
    wantText: false,
    open(tag) {
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
        tText = [];
        h.wantText = true;
      }
    },
    text(t) {
      tText!.push(t);
    },
    close(tag) {
      if (tag === "t" && tText) {
        const value = unescapeOoxml(tText.join(""));
        tText = undefined;
        h.wantText = false;
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
    },
  };
  scanXml(xml, h);
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
  /** The sheet's relationships, read only when it has hyperlinks. */
  rels: Map<string, string> | undefined;
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

/** What one <c> element held, gathered while scanning it. */
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

const CELL_REF = /^\$?([A-Z]{1,3})\$?(\d+)$/;
const RANGE_REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;
const MAX_COLUMN = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  if (n > MAX_COLUMN) fail("column beyond XFD");
  return n;
}

function readSheet(name: string, xml: string, ctx: SheetContext): SheetSnapshot {
  const links = hyperlinkedCells(xml, ctx.rels);
  /** 1-based row number → 1-based column → cell. A later <row> with the same number replaces the earlier one. */
  const rows = new Map<number, Map<number, Cell>>();
  const mergeRefs: string[] = [];
  const sharedMasters = new Set<string>();
  let isProtected = false;

  let depth = 0;
  let root = true;
  let inSheetData = false;
  let inMergeCells = false;
  let row: Map<number, Cell> | undefined;
  let cell: RawCell | undefined;
  let cellDepth = 0;
  let inInline = false;
  let inRun = false;
  let runText: string | undefined;
  /** Where text goes: the formula, the value (<v>, <is><t>), a rich-text run's <t>, or nowhere. */
  let into: "f" | "v" | "run" | undefined;
  let buffer: string[] = [];

  const h: XmlHandler = {
    wantText: false,
    open(tag, a) {
      depth++;
      if (root) {
        if (tag !== "worksheet" || a.xmlns !== MAIN_NS) fail("not a transitional worksheet");
        root = false;
        return;
      }
      if (cell) {
        openInCell(tag, a);
        return;
      }
      if (row) {
        if (tag !== "c") return;
        const m = a.r === undefined ? null : CELL_REF.exec(a.r);
        if (!m) fail("cell without an A1 reference");
        cell = {
          address: a.r!,
          col: columnNumber(m[1]),
          t: a.t,
          styleId: Number.parseInt(a.s, 10),
          formula: undefined,
          shareType: undefined,
          si: undefined,
          ref: undefined,
          value: undefined,
          runs: undefined,
        };
        cellDepth = depth;
        return;
      }
      if (inSheetData) {
        if (tag !== "row") return;
        const n = Number.parseInt(a.r, 10);
        if (!(n >= 1)) fail("row without a number");
        row = new Map();
        rows.set(n, row);
        return;
      }
      if (depth !== 2) {
        if (tag === "mergeCell" && inMergeCells && a.ref !== undefined) mergeRefs.push(a.ref);
        return;
      }
      if (tag === "sheetData") inSheetData = true;
      else if (tag === "mergeCells") inMergeCells = true;
      else if (tag === "sheetProtection") isProtected = a.sheet === "1";
    },
    text(t) {
      buffer.push(t);
    },
    close(tag) {
      if (cell) {
        if (depth === cellDepth) {
          const done = finishCell(cell, ctx, sharedMasters, links);
          if (done) row!.set(cell.col, done);
          cell = undefined;
        } else closeInCell(tag);
      } else if (row && tag === "row") row = undefined;
      else if (tag === "sheetData") inSheetData = false;
      else if (tag === "mergeCells") inMergeCells = false;
      depth--;
    },
  };

  // Inside <c>: only what exceljs's CellXform reads. Anything else (phonetic runs, extensions) changes what
  // exceljs would show in ways not worth mirroring.
  function openInCell(tag: string, a: Attrs): void {
    const level = depth - cellDepth;
    if (inRun) {
      if (tag === "t" && level === 3) startText("run");
      // other run children are formatting (<rPr> and below)
      return;
    }
    if (level === 1 && (tag === "f" || tag === "v")) {
      if (tag === "f") {
        cell!.shareType = a.t;
        cell!.si = a.si;
        cell!.ref = a.ref;
      }
      startText(tag);
    } else if (level === 1 && tag === "is") inInline = true;
    else if (level === 2 && inInline && tag === "t") {
      if (cell!.runs) fail("plain and rich text in one cell");
      startText("v");
    } else if (level === 2 && inInline && tag === "r") {
      if (cell!.value !== undefined) fail("plain and rich text in one cell");
      cell!.runs ??= [];
      inRun = true;
      runText = undefined;
    } else fail(`<${tag}> in a cell`);
  }

  function closeInCell(tag: string): void {
    const level = depth - cellDepth;
    if (into && (tag === "f" || tag === "v" || tag === "t")) {
      // exceljs concatenates every text event; an element's text counts only when non-empty.
      const text = buffer.join("");
      if (into === "run") runText = unescapeOoxml(text);
      else if (text !== "") {
        if (into === "f") cell!.formula = (cell!.formula ?? "") + text;
        else cell!.value = (cell!.value ?? "") + text;
      }
      into = undefined;
      h.wantText = false;
    } else if (tag === "r" && inRun && level === 2) {
      cell!.runs!.push(runText ?? "");
      inRun = false;
    } else if (tag === "is" && level === 1) inInline = false;
  }

  function startText(target: "f" | "v" | "run"): void {
    into = target;
    buffer = [];
    h.wantText = true;
  }

  scanXml(xml, h);
  const merges = applyMerges(rows, mergeRefs);

  // exceljs's rowCount: the last row that exists (any <row>, or one a merge reaches). columnCount: the widest
  // row that has a non-empty cell, counting its styled empty cells too.
  let rowCount = 0;
  let colCount = 0;
  for (const [n, cells] of rows) {
    if (n > rowCount) rowCount = n;
    let hasValues = false;
    let width = 0;
    for (const [c, x] of cells) {
      if (x.kind !== "null") hasValues = true;
      if (c > width) width = c;
    }
    if (hasValues && width > colCount) colCount = width;
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const vals: CellValue[] = new Array(colCount).fill(null);
    const fmts: string[] = new Array(colCount).fill("General");
    for (const [c, x] of rows.get(r) ?? []) {
      if (c > colCount || x.kind !== "value") continue;
      vals[c - 1] = x.value;
      if (x.numFmt) fmts[c - 1] = x.numFmt;
    }
    values.push(vals);
    numberFormats.push(fmts);
  }
  return { name, origin: { row: 0, col: 0 }, values, numberFormats, merges, protected: isProtected };
}

/**
 * Mirrors exceljs's CellXform.parseClose + reconcile and the snapshot's cellValue for one cell; undefined when
 * exceljs keeps no cell at all.
 */
function finishCell(raw: RawCell, ctx: SheetContext, sharedMasters: Set<string>, links: Set<string>): Cell | undefined {
  const numFmt = raw.styleId ? ctx.styles.numFmtOf[raw.styleId] : undefined;
  const isFormula = Boolean(raw.formula || raw.shareType);
  const result = isFormula ? formulaResult(raw, numFmt, ctx, sharedMasters) : undefined;
  if (links.has(raw.address)) return { kind: "value", value: hyperlinkText(raw, numFmt, ctx, result), numFmt };
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
    return raw.styleId ? { kind: "null", value: null, numFmt } : undefined;
  }
  return { kind: "value", value: plainValue(raw, numFmt, ctx), numFmt };
}

/** A formula cell's cached result as exceljs's reconcile leaves it (dates converted, shared formulas linked). */
function formulaResult(raw: RawCell, numFmt: string | undefined, ctx: SheetContext, sharedMasters: Set<string>): { value: unknown; resolvable: boolean } {
  const { t, value } = raw;
  if (raw.runs) fail("rich text in a formula cell");
  let result: unknown;
  if (value) {
    if (t === "str") result = xmlDecodeAgain(value);
    else if (t === "b") result = Number.parseInt(value, 10) !== 0;
    else if (t === "e") result = { error: value };
    else result = Number.parseFloat(value);
  }
  if (result !== undefined && isDateFmt(numFmt)) result = excelToDate(result, ctx.date1904);
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
function hyperlinkText(raw: RawCell, numFmt: string | undefined, ctx: SheetContext, formula: { value: unknown } | undefined): string {
  let text: unknown;
  if (formula) text = formula.value;
  else if (raw.runs === undefined && raw.value !== undefined) {
    switch (raw.t) {
      case "s":
        if (ctx.sharedStrings?.rich.has(Number.parseInt(raw.value, 10))) fail("rich text with a hyperlink");
        text = plainValue(raw, numFmt, ctx);
        break;
      case "str":
      case "inlineStr":
      case "b":
        text = plainValue(raw, numFmt, ctx);
        break;
      case "e":
        break; // an {error} object
      default:
        if (isDateFmt(numFmt)) fail("date with a hyperlink");
        text = plainValue(raw, numFmt, ctx);
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
  scanXml(
    xml.slice(at, end < 0 ? undefined : end + "</hyperlinks>".length),
    handler({
      open(tag, a) {
        const rId = a["r:id"];
        if (tag !== "hyperlink" || !rId) return;
        // exceljs reads the link's target from the sheet's rels and fails when it is missing.
        if (!rels?.has(rId)) fail("hyperlink without a relationship");
        links.add(a.ref);
      },
    }),
  );
  return links;
}

function plainValue(raw: RawCell, numFmt: string | undefined, ctx: SheetContext): CellValue {
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
      return isDateFmt(numFmt) ? excelToDate(n, ctx.date1904).toISOString().slice(0, 10) : n;
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
 * Applies <mergeCell>s as exceljs's mergeCellsWithoutStyle does: every covered cell but the top-left becomes a
 * merge cell (created if absent, so merges widen the grid); the top-left is created empty if absent.
 */
function applyMerges(rows: Map<number, Map<number, Cell>>, refs: string[]): MergedArea[] {
  const merges: MergedArea[] = [];
  for (const ref of refs) {
    const m = RANGE_REF.exec(ref);
    if (!m) fail(`merge reference ${ref}`);
    const r1 = Number.parseInt(m[2], 10);
    const c1 = columnNumber(m[1]);
    const r2 = m[4] === undefined ? r1 : Number.parseInt(m[4], 10);
    const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
    const area = { top: Math.min(r1, r2) - 1, left: Math.min(c1, c2) - 1, bottom: Math.max(r1, r2) - 1, right: Math.max(c1, c2) - 1 };
    if (area.top < 0) fail("row 0 in a merge");
    // exceljs refuses overlapping merges ("Cannot merge already merged cells").
    if (merges.some((x) => x.top <= area.bottom && area.top <= x.bottom && x.left <= area.right && area.left <= x.right))
      fail("overlapping merges");
    for (let r = area.top + 1; r <= area.bottom + 1; r++) {
      let cells = rows.get(r);
      if (!cells) rows.set(r, (cells = new Map()));
      for (let c = area.left + 1; c <= area.right + 1; c++) {
        if (r === area.top + 1 && c === area.left + 1) {
          if (!cells.has(c)) cells.set(c, { kind: "null", value: null, numFmt: undefined });
        } else cells.set(c, { kind: "merge", value: null, numFmt: undefined });
      }
    }
    merges.push(area);
  }
  return merges;
}
