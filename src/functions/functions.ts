import { CellError } from "./cell";
import { CHANGERATE } from "./changerate";
import { CONTROLRATE } from "./controlrate";
import { EXECRATE } from "./execrate";
import { EXECSCORE } from "./execscore";
import { GRADE } from "./grade";
import { INDSCORE } from "./indscore";
import { RMBUPPER } from "./rmbupper";
import { SHARE } from "./share";
import { SUMCHECK } from "./sumcheck";
import { WANYUAN } from "./wanyuan";

/**
 * The custom functions of the JX namespace (=JX.EXECRATE(…)), by the id functions.json gives each.
 * scripts/functions-metadata.js fails the build unless functions.json lists exactly these ids.
 */
export const JX_FUNCTIONS = {
  EXECRATE,
  EXECSCORE,
  INDSCORE,
  CONTROLRATE,
  CHANGERATE,
  SHARE,
  GRADE,
  SUMCHECK,
  WANYUAN,
  RMBUPPER,
} as const;

/** The part of the Excel custom functions runtime this entry uses. */
export interface CustomFunctionsHost {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: never, message?: string) => unknown;
}

/** Excel shows a custom message only with #VALUE! and #N/A; for other codes it must be left out. */
const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);

/** Our error values become the host's error objects, in a single result and inside an array result. */
export function toHostResult(result: unknown, host: CustomFunctionsHost): unknown {
  if (result instanceof CellError) {
    const code = result.code as never;
    return MESSAGE_CODES.has(result.code) ? new host.Error(code, result.message) : new host.Error(code);
  }
  if (Array.isArray(result)) return result.map((row) => (Array.isArray(row) ? row.map((v) => toHostResult(v, host)) : row));
  return result;
}

/** Associates every JX function with its id in the host runtime. */
export function registerCustomFunctions(host: CustomFunctionsHost): void {
  for (const [id, fn] of Object.entries(JX_FUNCTIONS)) {
    const compute = fn as (...args: unknown[]) => unknown;
    host.associate(id, (...args: unknown[]) => toHostResult(compute(...args), host));
  }
}

// Registers only inside Excel (shared runtime); in Node and jest the module is a plain import.
const host = (globalThis as { CustomFunctions?: CustomFunctionsHost }).CustomFunctions;
if (host) registerCustomFunctions(host);
