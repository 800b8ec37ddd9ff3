import Decimal from "decimal.js";
import type { CellValue } from "../sheet/snapshot";
import { normalizeLabel } from "./text";

/**
 * What one cell holds, read as a number where it is one.
 * - blank: empty, or a dash meaning "no figure" ("—", "——", "-", "一", "/") — never 0.
 * - number: a decimal with the precision it shows (decimals), and whether it was a percent.
 * - text: words (a label, a name, a qualitative indicator value).
 * - error: an Excel error value (#REF!, #DIV/0!) or text that looks numeric but is malformed ("12..5").
 */
export type ParsedCell =
  | { kind: "blank"; raw: string }
  | { kind: "number"; raw: string; value: Decimal; decimals: number; percent: boolean; unit: "万元" | "元" | null }
  | { kind: "text"; raw: string }
  | { kind: "error"; raw: string; reason: string };

const DASHES = new Set(["", "-", "--", "—", "——", "–", "一", "/", "\\", "―", "－", "─", "―――", "---"]);

const EXCEL_ERRORS = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

type FormatPrecision = { readonly decimals: number; readonly percent: boolean } | null;

/** A workbook uses a handful of formats over thousands of cells: each is taken apart once. */
const precisionOfFormat = new Map<string, FormatPrecision>();

/** Decimals shown by an Excel number format, and whether it is a percent format; null for General. */
export function formatPrecision(format: string | undefined): FormatPrecision {
  if (!format) return null;
  let known = precisionOfFormat.get(format);
  if (known === undefined) {
    known = precisionOf(format);
    // Bounded: formats come from workbooks, and a long-running task pane should not grow without limit.
    if (precisionOfFormat.size > 1000) precisionOfFormat.clear();
    precisionOfFormat.set(format, known);
  }
  return known;
}

function precisionOf(format: string): FormatPrecision {
  if (/^general$/i.test(format) || format === "@") return null;
  // The first section governs positive numbers; drop quoted literals and bracketed colours/conditions.
  const section = format.split(";")[0].replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  if (!/[0#?]/.test(section)) return null;
  const dot = section.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    for (let i = dot + 1; i < section.length && /[0#?]/.test(section[i]); i++) decimals++;
  }
  return { decimals, percent: section.includes("%") };
}

/** Decimal places written in a plain number string ("1204.30" → 2). */
export function writtenDecimals(s: string): number {
  const m = /\.(\d+)/.exec(s);
  return m ? m[1].length : 0;
}

/** Drops binary-float noise from a host number (0.30000000000000004 → 0.3) before it becomes a Decimal. */
export function decimalFromHostNumber(n: number): Decimal {
  // Whole numbers (most 分值, counts, 元 amounts) carry no float noise and no places to cut.
  if (Number.isSafeInteger(n)) return new Decimal(n);
  // A number typed in a cell (196.5, 0.9825) prints in at most 15 significant digits and at most 10 places:
  // toPrecision(15) would round it to that same text (15 digits survive a round trip through a double), and
  // cutting to 10 places would change nothing, so it is read as printed.
  if (plainShortNumber(String(n))) return new Decimal(n);
  return new Decimal(Number.isInteger(n) ? n : n.toPrecision(15)).toDecimalPlaces(10);
}

/** True for a number's text without exponent, with at most 15 significant digits and at most 10 places. */
function plainShortNumber(s: string): boolean {
  let digits = 0;
  let places = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) places = 0;
    else if (c >= 48 && c <= 57) {
      if (digits > 0 || c !== 48) digits++;
      if (places >= 0) places++;
    } else if (c !== 45 /* - */) return false;
  }
  return digits <= 15 && places <= 10;
}

function decimalsOfHostNumber(d: Decimal): number {
  return Math.max(0, d.decimalPlaces());
}

/**
 * Parses a cell as a number if it is one. `format` is the cell's number format ("General" when unknown).
 * Percent cells keep their value in percent units (29.3% → 29.3 with 1 decimal), whether typed as
 * text "29.3%" or stored as 0.293 with a % format.
 */
export function parseCell(value: CellValue, format = "General"): ParsedCell {
  if (value === null || value === undefined) return { kind: "blank", raw: "" };
  if (typeof value === "boolean") return { kind: "text", raw: value ? "TRUE" : "FALSE" };
  if (typeof value === "number") {
    const raw = String(value);
    if (!Number.isFinite(value)) return { kind: "error", raw, reason: "不是有限数值" };
    const fp = formatPrecision(format);
    let d = decimalFromHostNumber(value);
    if (fp?.percent) {
      d = d.times(100);
      return { kind: "number", raw, value: d, decimals: fp.decimals, percent: true, unit: null };
    }
    const decimals = fp ? fp.decimals : decimalsOfHostNumber(d);
    return { kind: "number", raw, value: d, decimals, percent: false, unit: null };
  }
  return parseNumberText(String(value));
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Parses typed text: full-width digits, thousands separators, (negatives), %, 万元/元 suffixes, dashes. */
export function parseNumberText(raw: string): ParsedCell {
  const s = normalizeLabel(raw);
  if (DASHES.has(s) || /^[-—–―─一/]+$/.test(s)) return { kind: "blank", raw };
  if (EXCEL_ERRORS.test(s)) return { kind: "error", raw, reason: `单元格为错误值 ${s}` };
  // Words without a digit ("合计", "明显提高") are neither a number nor a malformed one: no more tests.
  if (!hasDigit(s)) return { kind: "text", raw };

  let body = s;
  let negative = false;
  let unit: "万元" | "元" | null = null;
  let percent = false;

  if (body.endsWith("万元")) {
    unit = "万元";
    body = body.slice(0, -2);
  } else if (body.endsWith("元")) {
    unit = "元";
    body = body.slice(0, -1);
  }
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1);
  }
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1);
  }
  if (body.startsWith("-")) {
    negative = !negative;
    body = body.slice(1);
  } else if (body.startsWith("+")) {
    body = body.slice(1);
  }

  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) body = body.replace(/,/g, "");
  if (/^\d+(\.\d+)?$/.test(body) || /^\.\d+$/.test(body)) {
    let value = new Decimal(body);
    if (negative) value = value.negated();
    return { kind: "number", raw, value, decimals: writtenDecimals(body), percent, unit };
  }
  // Looks like a number but is malformed: digits with stray separators ("12..5", "1,23,4").
  if (/^[\d.,]+$/.test(body) && /\d/.test(body)) {
    return { kind: "error", raw, reason: `“${raw.trim()}”不是有效数字` };
  }
  return { kind: "text", raw };
}
