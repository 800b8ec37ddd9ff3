import Decimal from "decimal.js";
import { decimalFromHostNumber, parseNumberText } from "../core/values/parse";

/**
 * An Excel error value with a Chinese message: the shape of CustomFunctions.Error (code, message), so the
 * functions run and are tested outside Excel; the add-in entry turns it into the host's error object.
 * Excel shows the message for #VALUE! and #N/A only; the others still carry one for tests and other hosts.
 */
export class CellError {
  constructor(
    readonly code: ErrorCode,
    readonly message?: string,
  ) {}
}

/**
 * The error codes a custom function may return. Excel accepts #REF! and #NAME? as inputs to a custom function but
 * not as its result (CustomFunctions.ErrorCode), so an incoming #REF! or #NAME? is answered with #VALUE! naming it.
 */
export type ErrorCode = "#DIV/0!" | "#N/A" | "#VALUE!" | "#NUM!" | "#NULL!";

const OUTPUT_ERROR_CODES = new Set<string>(["#DIV/0!", "#N/A", "#VALUE!", "#NUM!", "#NULL!"]);
/** Error values a cell can hold and hand to a function (with allowErrorForDataTypeAny). */
const INPUT_ERROR_CODES = new Set<string>([...OUTPUT_ERROR_CODES, "#REF!", "#NAME?"]);

/** An error value read from an argument, as this function's result: same code where Excel allows it, else #VALUE!. */
function errorFromInput(code: string, label: string, message?: string): CellError {
  if (OUTPUT_ERROR_CODES.has(code)) return new CellError(code as ErrorCode, message || `参数“${label}”是错误值 ${code}`);
  return new CellError("#VALUE!", `参数“${label}”是错误值 ${code}`);
}

/** One cell's value as a host passes it: Excel gives numbers, text, booleans, null for blanks, error objects. */
export type Scalar = number | string | boolean | null | undefined | CellError | { code: string; message?: string };
/** A single value or a range (rows of cells). */
export type Arg = Scalar | Scalar[][];
export type Result = number | string | boolean | CellError;

export function isError(v: unknown): v is CellError {
  return v instanceof CellError;
}

/**
 * An error value coming in from a cell (a host error object, which Excel passes because functions.json sets
 * allowErrorForDataTypeAny) as this cell's result, so one bad cell of a range spoils only its own row.
 */
function incomingError(v: unknown, label: string): CellError | undefined {
  if (v instanceof CellError) return v;
  if (typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string") {
    return errorFromInput((v as { code: string }).code, label, (v as { message?: string }).message);
  }
  return undefined;
}

/** A blank (or dash) where a figure is needed: never read as 0 (domain §3). */
export function missing(label: string): CellError {
  return new CellError("#N/A", `参数“${label}”为空或为“—”，没有可用的数字`);
}

/**
 * Reads an amount or count from one cell. Text is read like a table cell ("1,234.56", "(12.50)", "１２３",
 * "98.5%" → 0.985); amounts written with units are brought to 元 ("12.5万元" → 125000) so that "12.5万元"
 * and "125000元" compare; a bare number is taken as it is.
 */
export function readNumber(v: Scalar, label: string): Decimal | CellError {
  if (typeof v === "number") {
    return Number.isFinite(v) ? decimalFromHostNumber(v) : new CellError("#NUM!", `参数“${label}”不是有限数值`);
  }
  if (v === null || v === undefined) return missing(label);
  if (typeof v === "boolean") return new CellError("#VALUE!", `参数“${label}”是逻辑值 ${v ? "TRUE" : "FALSE"}，不是数字`);
  if (typeof v !== "string") return incomingError(v, label) ?? new CellError("#VALUE!", `参数“${label}”不是数字`);
  const parsed = parseNumberText(v);
  switch (parsed.kind) {
    case "blank":
      return missing(label);
    case "text":
      return new CellError("#VALUE!", `参数“${label}”的值“${v.trim()}”不是数字`);
    case "error": {
      const code = v.trim().toUpperCase();
      if (INPUT_ERROR_CODES.has(code)) return errorFromInput(code, label);
      return new CellError("#VALUE!", `参数“${label}”${parsed.reason}`);
    }
    case "number": {
      let value = parsed.value;
      if (parsed.percent) value = value.dividedBy(100);
      if (parsed.unit === "万元") value = value.times(10000);
      return value;
    }
  }
}

/** Reads an optional 小数位: omitted or blank means "do not round"; otherwise an integer 0–10. */
export function readDecimals(v: Scalar, label = "小数位"): number | undefined | CellError {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return undefined;
  const d = readNumber(v, label);
  if (d instanceof CellError) return d;
  if (!d.isInteger() || d.lt(0) || d.gt(10)) return new CellError("#NUM!", `参数“${label}”须为 0 到 10 的整数`);
  return d.toNumber();
}

/** Reads a cell as indicator text: numbers keep their digits ("0.95"), text stays as written. */
export function readText(v: Scalar, label: string): string | CellError {
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? decimalFromHostNumber(v).toString() : new CellError("#NUM!", `参数“${label}”不是有限数值`);
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return new CellError("#VALUE!", `参数“${label}”是逻辑值，不是指标值`);
  return incomingError(v, label) ?? new CellError("#VALUE!", `参数“${label}”不是指标值`);
}

/** An empty cell or a dash ("—", "-", "/"): no figure. */
export function isBlank(v: Scalar): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && parseNumberText(v).kind === "blank";
}

function isRange(a: Arg): a is Scalar[][] {
  return Array.isArray(a);
}

/**
 * Applies a one-cell computation over its arguments. All single values → a single result. Any range →
 * a same-shaped array, so one formula fills a column: a range of one row or one column stretches along the
 * other axis (as Excel's own functions do), a single value is used for every cell, and a cell beyond a
 * shorter range gets #N/A.
 */
export function lift(args: Arg[], compute: (values: Scalar[]) => Result): Result | Result[][] {
  let rows = 0;
  let cols = 0;
  for (const a of args) {
    if (isRange(a)) {
      rows = Math.max(rows, a.length);
      cols = Math.max(cols, a.length > 0 ? a[0].length : 0);
    }
  }
  if (rows === 0) return compute(args as Scalar[]);
  const out: Result[][] = [];
  const values: Scalar[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const row: Result[] = [];
    for (let c = 0; c < cols; c++) {
      let outside = false;
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!isRange(a)) {
          values[i] = a;
          continue;
        }
        const rr = a.length === 1 ? 0 : r;
        const line = a[rr];
        const cc = line && line.length === 1 ? 0 : c;
        if (!line || cc >= line.length) outside = true;
        else values[i] = line[cc];
      }
      row.push(outside ? new CellError("#N/A", "各参数区域的行列数不一致") : compute(values));
    }
    out.push(row);
  }
  return out;
}

/** All cells of the arguments, row by row (for functions that take any number of ranges, like SUMCHECK). */
export function cellsOf(args: Arg[]): Scalar[] {
  const cells: Scalar[] = [];
  for (const a of args) {
    if (isRange(a)) for (const line of a) for (const v of line) cells.push(v);
    else cells.push(a);
  }
  return cells;
}
