/**
 * Calls a JX function the way Excel does, from the generated functions.json: Excel builds one list of parameter
 * values and calls `fn.apply(null, parameterValues)` (custom-functions-runtime.js). So
 * - a matrix parameter gets a 2-D array, also for a single value (=EXECRATE(452.37,500) passes [[452.37]]);
 * - a repeating parameter gets ONE argument: the list of everything written from there on;
 * - an omitted optional parameter is null;
 * - an error value in an argument reaches the function only when functions.json sets allowErrorForDataTypeAny;
 *   otherwise Excel does not call it and the formula shows that error.
 * Every function test goes through this, so a signature that only works when called by hand fails here.
 */
import { CellError, type Result, type Scalar } from "../../src/functions/cell";
import { JX_FUNCTIONS } from "../../src/functions/functions";

export interface ParameterMetadata {
  name: string;
  optional?: boolean;
  repeating?: boolean;
  dimensionality?: "matrix" | "scalar";
}
export interface FunctionMetadata {
  id: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
}
export interface FunctionsJson {
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

/** An argument as written in a formula: a single value, a range (rows of cells), or left out (undefined). */
export type FormulaArg = Scalar | Scalar[][] | undefined;

/** Error codes Excel accepts as a custom function's result (not #REF!, not #NAME?). */
export const EXCEL_RESULT_ERRORS = ["#DIV/0!", "#N/A", "#VALUE!", "#NUM!", "#NULL!"];

let cached: Promise<FunctionsJson> | undefined;

/** functions.json as the build generates it (generated once per test file). */
export function functionsJson(): Promise<FunctionsJson> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generateFunctionsMetadata } = require("../../scripts/functions-metadata.js") as {
    generateFunctionsMetadata: () => Promise<{ json: string; problems: string[] }>;
  };
  cached ??= generateFunctionsMetadata().then(({ json, problems }) => {
    if (problems.length > 0) throw new Error(problems.join("\n"));
    return JSON.parse(json) as FunctionsJson;
  });
  return cached;
}

const isRange = (a: unknown): a is Scalar[][] => Array.isArray(a);
const isErrorValue = (v: unknown): v is { code: string; message?: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { code?: unknown }).code === "string";

function asParameter(arg: Scalar | Scalar[][], p: ParameterMetadata, id: string): unknown {
  if (p.dimensionality === "matrix") return isRange(arg) ? arg : [[arg]];
  if (isRange(arg)) throw new Error(`${id}: a range passed to the single-value parameter ${p.name}`);
  return arg;
}

/** The parameter values Excel hands the function for these formula arguments. */
export function excelArguments(f: FunctionMetadata, args: FormulaArg[]): unknown[] {
  const values: unknown[] = [];
  f.parameters.forEach((p, i) => {
    if (p.repeating) {
      if (i !== f.parameters.length - 1) throw new Error(`${f.id}: only the last parameter may repeat`);
      const rest = args.slice(i).filter((a): a is Scalar | Scalar[][] => a !== undefined);
      if (rest.length === 0 && !p.optional) throw new Error(`${f.id}: the repeating parameter ${p.name} needs at least one value`);
      values.push(rest.length === 0 ? null : rest.map((a) => asParameter(a, p, f.id)));
      return;
    }
    const arg = args[i];
    if (arg === undefined) {
      if (!p.optional) throw new Error(`${f.id}: the required parameter ${p.name} is missing`);
      values.push(null);
      return;
    }
    values.push(asParameter(arg, p, f.id));
  });
  const takes = f.parameters.some((p) => p.repeating) ? Infinity : f.parameters.length;
  if (args.length > takes) throw new Error(`${f.id}: ${args.length} arguments, Excel accepts at most ${takes}`);
  return values;
}

/** The first error value among the arguments (cells of ranges included), if any. */
function firstErrorIn(args: FormulaArg[]): { code: string; message?: string } | undefined {
  for (const a of args) {
    const cells = isRange(a) ? a.flat() : [a];
    const e = cells.find(isErrorValue);
    if (e) return e;
  }
  return undefined;
}

/** What the formula's cell shows: a 1×1 result is that value; a larger one spills as rows. */
export type Shown = Result | Result[][];

/**
 * Calls function `id` as Excel would for these formula arguments and returns what the cells show (errors as
 * our CellError, with their Chinese message). Fails the test if the function returns what Excel rejects.
 */
export function callAsExcel(json: FunctionsJson, id: string, args: FormulaArg[]): Shown {
  const f = json.functions.find((x) => x.id === id);
  if (!f) throw new Error(`${id} is not in functions.json`);
  const incoming = firstErrorIn(args);
  if (incoming && !json.allowErrorForDataTypeAny) {
    return incoming instanceof CellError ? incoming : new CellError(incoming.code as never, incoming.message);
  }
  const fn = JX_FUNCTIONS[id as keyof typeof JX_FUNCTIONS] as (...a: unknown[]) => unknown;
  const result = fn.apply(null, excelArguments(f, args)) as Shown;
  const cells: unknown[] = Array.isArray(result) ? result.flat() : [result];
  if (f.result.dimensionality === "matrix" && !(Array.isArray(result) && result.every(Array.isArray))) {
    throw new Error(`${id} declares a matrix result but returned ${JSON.stringify(result)}`);
  }
  for (const c of cells) {
    if (c instanceof CellError && !EXCEL_RESULT_ERRORS.includes(c.code)) throw new Error(`${id} returned ${c.code}, which Excel does not accept as a result`);
  }
  return Array.isArray(result) && result.length === 1 && result[0].length === 1 ? result[0][0] : result;
}
