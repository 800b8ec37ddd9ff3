import type { Figure } from "../../src/core/values/figure";
import Decimal from "decimal.js";

/** Every Figure anywhere in a model (objects with value/decimals/raw/sheet/cell), in a stable order. */
export function allFigures(node: unknown, out: Figure[] = []): Figure[] {
  if (!node || typeof node !== "object" || node instanceof Decimal) return out;
  if (Array.isArray(node)) {
    for (const n of node) allFigures(n, out);
    return out;
  }
  const o = node as Record<string, unknown>;
  if ("decimals" in o && "raw" in o && "sheet" in o && "cell" in o && "value" in o) {
    out.push(o as unknown as Figure);
    return out;
  }
  for (const k of Object.keys(o)) allFigures(o[k], out);
  return out;
}
