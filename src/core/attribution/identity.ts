import Decimal from "decimal.js";
import type { Figure } from "../values/figure";
import type { Finding } from "../findings/finding";
import { compareRate, compareSame, compareSum } from "../rounding/compare";
import { intervalOf, roundHalfUp, type Interval } from "../rounding/interval";
import { formatPlain } from "../values/format";
import { formatter, reported } from "../rules/context";

/**
 * An identity a rule checked, kept so that error localisation (Fellegi–Holt, see ./localise) can ask of it:
 * which figures it ties together, what value of one of them would make it hold, and whether it still holds
 * when some figures take other values. Recorded by RuleContext's helpers (sum, same, rate, derived) for every
 * identity they judge, holding or not; `finding` is what the rule reported for it, if anything.
 */
export type Valued = Figure & { value: Decimal };

/** A figure's value with some figures replaced (cell key → value): the correction being tried. */
export type Substitution = ReadonlyMap<string, Decimal>;

/** What the compared figures measure (as RuleContext judges them): 万元, percent points, points of score. */
export type Measure = "money" | "rate" | "score";

/**
 * Data only, recorded as the rule judged it (every identity of every check is recorded, so recording must
 * cost no more than a small object): the post-pass works out the rest.
 */
interface Base {
  rule: string;
  finding?: Finding;
}

/** total = Σ wᵢ·partᵢ; blank parts add nothing. */
export interface SumIdentity extends Base {
  kind: "sum";
  measure: Measure;
  total: Valued;
  parts: readonly { figure: Figure | null | undefined; weight?: 1 | -1 }[];
}

/** actual = reference (one amount reported twice). */
export interface SameIdentity extends Base {
  kind: "same";
  measure: Measure;
  actual: Valued;
  reference: Valued;
}

/** rate = numerator ÷ denominator × 100; counts (人数) are exact. */
export interface RateIdentity extends Base {
  kind: "rate";
  rate: Valued;
  numerator: Valued;
  denominator: Valued;
  counts: boolean;
}

/**
 * actual = f(inputs), f known to the rule only: `recompute` gives f's value and interval from the inputs'
 * values (with a substitution applied), or is absent when the rule cannot say (then only `actual` is solvable).
 */
export interface DerivedIdentity extends Base {
  kind: "derived";
  measure: Measure;
  actual: Valued;
  expected: Decimal;
  interval: () => Interval;
  /** The figures f reads; blank ones are not inputs. */
  inputs: readonly (Figure | null | undefined)[];
  recompute?: (valueOf: (f: Valued) => Decimal) => { expected: Decimal; interval: Interval } | undefined;
}

export type Identity = SumIdentity | SameIdentity | RateIdentity | DerivedIdentity;

const valued = (f: Figure | null | undefined): f is Valued => !!f && f.value !== null;

/** How the rounding model sees figure `f` of the identity when it holds `value`. */
function reportedIn(id: Identity, f: Valued, value: Decimal): { value: Decimal; decimals: number } {
  const g = { ...f, value };
  if (id.kind === "rate") return f === id.rate ? { value, decimals: f.decimals } : id.counts ? { value, decimals: 12 } : reported("money", g);
  if (id.kind === "derived" && f !== id.actual) return { value, decimals: f.decimals };
  return reported(id.measure, g);
}

/** A value of one of the identity's figures written as the rule writes that figure (1,286.45 · 98.16% · 9.82). */
export function showIn(id: Identity, f: Valued, value: Decimal): string {
  if (id.kind === "rate") return f === id.rate ? formatter("rate", f)(value) : id.counts ? formatPlain(value, f.decimals) : formatter("money", f)(value);
  // The inputs of a derived figure are of other measures (a rate, amounts): shown as written.
  if (id.kind === "derived" && f !== id.actual) return formatPlain(value, f.decimals);
  return formatter(id.measure, f)(value);
}

export function keyOf(f: { sheet: string; cell: string }): string {
  return `${f.sheet}!${f.cell}`;
}

/** The figures an identity ties together. */
export function figuresOf(id: Identity): Valued[] {
  switch (id.kind) {
    case "sum": {
      const out = [id.total];
      for (const p of id.parts) if (valued(p.figure)) out.push(p.figure);
      return out;
    }
    case "same":
      return [id.actual, id.reference];
    case "rate":
      return [id.rate, id.numerator, id.denominator];
    case "derived":
      return [id.actual, ...id.inputs.filter(valued)];
  }
}

const HUNDRED = new Decimal(100);

/**
 * Whether the identity holds when the figures of `sub` take its values (others as reported), judged by the
 * same rounding model as the rule; undefined when the identity cannot be re-evaluated with that change.
 */
export function holdsWith(id: Identity, sub: Substitution): boolean | undefined {
  const v = (f: Valued) => sub.get(keyOf(f)) ?? f.value;
  const r = (f: Valued) => reportedIn(id, f, v(f));
  switch (id.kind) {
    case "sum":
      return compareSum(r(id.total), id.parts.filter((p) => valued(p.figure)).map((p) => ({ ...r(p.figure as Valued), weight: p.weight ?? 1 }))).holds;
    case "same":
      return compareSame(r(id.actual), r(id.reference)).holds;
    case "rate":
      return compareRate(r(id.rate), r(id.numerator), r(id.denominator))?.holds ?? false;
    case "derived": {
      const changedInput = id.inputs.some((f) => valued(f) && sub.has(keyOf(f)));
      const again = changedInput ? id.recompute?.(v) : { expected: id.expected, interval: id.interval() };
      if (!again) return undefined;
      const a = intervalOf(r(id.actual));
      return a.low.lte(again.interval.high) && again.interval.low.lte(a.high);
    }
  }
}

/**
 * The value of figure `x` that makes the identity hold exactly, the others as reported, rounded half up to the
 * precision `x` is written at (a correction is written like the figure it replaces); undefined when `x` is
 * not in the identity or the identity cannot be solved for it.
 */
export function solveFor(id: Identity, x: string): Decimal | undefined {
  const value = solved(id, x);
  if (!value) return undefined;
  const f = figuresOf(id).find((g) => keyOf(g) === x)!;
  return roundHalfUp(value, f.decimals);
}

function solved(id: Identity, x: string): Decimal | undefined {
  switch (id.kind) {
    case "sum": {
      const shown = id.parts.filter((p) => valued(p.figure)) as { figure: Valued; weight?: 1 | -1 }[];
      const parts = shown.reduce((s, p) => s.plus(p.figure.value.times(p.weight ?? 1)), new Decimal(0));
      if (keyOf(id.total) === x) return parts;
      const p = shown.find((q) => keyOf(q.figure) === x);
      if (!p) return undefined;
      // total = rest + w·p  ⇒  p = (total − rest) / w
      const w = p.weight ?? 1;
      const rest = parts.minus(p.figure.value.times(w));
      return id.total.value.minus(rest).times(w);
    }
    case "same":
      return keyOf(id.actual) === x ? id.reference.value : keyOf(id.reference) === x ? id.actual.value : undefined;
    case "rate": {
      const { rate, numerator: n, denominator: d } = id;
      if (keyOf(rate) === x) return d.value.isZero() ? undefined : n.value.dividedBy(d.value).times(HUNDRED);
      if (keyOf(n) === x) return rate.value.times(d.value).dividedBy(HUNDRED);
      if (keyOf(d) === x) return rate.value.isZero() ? undefined : n.value.times(HUNDRED).dividedBy(rate.value);
      return undefined;
    }
    case "derived":
      return keyOf(id.actual) === x ? id.expected : undefined;
  }
}
