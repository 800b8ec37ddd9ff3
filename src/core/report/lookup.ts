import type Decimal from "decimal.js";
import type { CellRef, Figure, TextField } from "../values/figure";
import type { TableKind } from "../model/common";
import { tableName } from "../locate/read-package";
import { ratePercent } from "../scoring/rates";

/**
 * A figure the report needs: found (value and the cells it came from) or missing (and why, naming the
 * table), so a sentence can turn into a placeholder instead of printing 0.
 */
export type Lookup = { ok: true; value: Decimal; sources: CellRef[] } | { ok: false; missing: string };

export function found(value: Decimal, sources: CellRef[]): Lookup {
  return { ok: true, value, sources };
}

export function missing(why: string): Lookup {
  return { ok: false, missing: why };
}

/** "缺少公开03表 支出决算表" */
export function tableMissing(kind: TableKind): string {
  return `缺少${tableName(kind)}`;
}

/**
 * A figure of a table: missing when the table is absent, when the row/column was not found, or when the
 * cell is blank (blank is not zero).
 */
export function figureIn<T>(kind: TableKind, table: T | null | undefined, what: string, get: (t: T) => Figure | null | undefined): Lookup {
  if (!table) return missing(tableMissing(kind));
  const f = get(table);
  if (!f) return missing(`${tableName(kind)}中未找到${what}`);
  if (f.value === null) return missing(`${tableName(kind)}中${what}为空（工作表“${f.sheet}”${f.cell}）`);
  return found(f.value, [{ sheet: f.sheet, cell: f.cell }]);
}

/** The first lookup found, else the first one's reason (the preferred table is the one to name). */
export function firstFound(...lookups: Lookup[]): Lookup {
  return lookups.find((l) => l.ok) ?? lookups[0];
}

/** a − b, missing if either is. */
export function difference(a: Lookup, b: Lookup): Lookup {
  if (!a.ok) return a;
  if (!b.ok) return b;
  return found(a.value.minus(b.value), [...a.sources, ...b.sources]);
}

/** A text of a table, trimmed; null when absent or empty. */
export function textIn(t: TextField | null | undefined): { text: string; sources: CellRef[] } | null {
  const text = t?.text.trim();
  if (!t || !text) return null;
  return { text, sources: [{ sheet: t.sheet, cell: t.cell }] };
}

/** part / whole × 100 in percent points (占比, 执行率, 控制率); missing when either is, or when the whole is 0. */
export function rate(part: Lookup, whole: Lookup, whatWhole = "分母"): Lookup {
  if (!part.ok) return part;
  if (!whole.ok) return whole;
  const r = ratePercent(part.value, whole.value);
  if (r === undefined) return missing(`${whatWhole}为0，无法计算比率`);
  return found(r, [...part.sources, ...whole.sources]);
}
