/**
 * A HyperFormula function plugin over the very JX functions Excel calls, built from functions.json, so the
 * functions can be evaluated as formulas without Excel. Arguments reach them the way Excel passes them
 * (excel-call.ts: one list for a repeating parameter, 2-D arrays for ranges, null for an omitted optional).
 * HyperFormula is GPL-3.0: tests only, never bundled.
 */
import {
  ArraySize,
  CellError as HfCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { CellError, type ErrorCode, type Result, type Scalar } from "../../src/functions/cell";
import { JX_FUNCTIONS } from "../../src/functions/functions";
import { excelArguments, type FormulaArg, type FunctionMetadata } from "./excel-call";

/** HyperFormula's errors as the code Excel would hand the function (#REF! and #NAME? come in, never go out). */
const FROM_HF: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
};
const TO_HF: Record<ErrorCode, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#NULL!": ErrorType.ERROR,
};

/** A HyperFormula cell value as Excel would hand it to a custom function. */
function toScalar(v: unknown): Scalar {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof HfCellError) return { code: FROM_HF[v.type] ?? "#VALUE!", message: v.message || undefined };
  if (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number") return (v as { val: number }).val;
  return v as Scalar;
}

function toArgument(v: unknown): Scalar | Scalar[][] {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toScalar));
  return toScalar(v);
}

function toHf(r: Result): unknown {
  return r instanceof CellError ? new HfCellError(TO_HF[r.code], r.message) : r;
}

/** Registers the JX functions under their ids (=EXECRATE(…)), with the parameters functions.json declares. */
export function jxPlugin(metadata: FunctionMetadata[]) {
  const implementedFunctions: ImplementedFunctions = {};
  const byId = new Map(metadata.map((f) => [f.id, f]));
  for (const f of metadata) {
    const last = f.parameters[f.parameters.length - 1];
    implementedFunctions[f.id] = {
      method: "evaluate",
      sizeOfResultArrayMethod: f.result.dimensionality === "matrix" ? "size" : undefined,
      parameters: f.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
      repeatLastArgs: last?.repeating ? 1 : undefined,
      vectorizationForbidden: true,
    };
  }

  class JxPlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions;

    evaluate(ast: { procedureName: string; args: never[] }, state: never) {
      const fn = JX_FUNCTIONS[ast.procedureName as keyof typeof JX_FUNCTIONS] as (...args: unknown[]) => Result | Result[][];
      const f = byId.get(ast.procedureName) as FunctionMetadata;
      return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (...args: unknown[]) => {
        const result = fn.apply(null, excelArguments(f, args.map(toArgument) as FormulaArg[]));
        // A 1×1 result shows as its one value, as in Excel.
        if (Array.isArray(result) && result.length === 1 && result[0].length === 1) return toHf(result[0][0]) as never;
        if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result.map((row) => row.map(toHf)) as never);
        return toHf(result) as never;
      });
    }

    /** A formula's result spans the largest of its argument ranges (a single cell for single values). */
    size(ast: { args: never[] }, state: never): ArraySize {
      let width = 1;
      let height = 1;
      for (const arg of ast.args) {
        const s = this.arraySizeForAst(arg, state);
        width = Math.max(width, s.width);
        height = Math.max(height, s.height);
      }
      return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
    }
  }

  const translations = { enGB: Object.fromEntries(metadata.map((f) => [f.id, f.id])) };
  return { plugin: JxPlugin, translations };
}
