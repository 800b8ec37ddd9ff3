import Decimal from "decimal.js";
import type { Figure } from "../values/figure";
import type { Finding } from "../findings/finding";
import { compareRate, compareSame, compareSum } from "../rounding/compare";
import { intervalOf, roundHalfUp, type Interval } from "../rounding/interval";

/**
 * An identity a rule checked, kept so that error localisation (Fellegi–Holt, see ./localise) can ask of it:
 * which figures it ties together, what value of one of them would make it hold, and whether it still holds
 * when some figures take other values. Recorded by RuleContext's helpers (sum, same, rate, derived) for every
 * identity they judge, holding or not; `finding` is what the rule reported for it, if anything.
 */
export type Valued = Figure & { value: Decimal };

/** A figure's value with some figures replaced (cell key → value): the correction being tried. */
export type Substitution = ReadonlyMap<string, Decimal>;

/** How a figure is seen by the rounding model (reported value, precision). */
export type ReportedOf = (f: Valued, value: Decimal) => { value: Decimal; decimals: number };

interface Base {
  rule: string;
  finding?: Finding;
  reported: ReportedOf;
  /** A value of one of its figures written as the rule writes that figure (1,286.45 · 98.16% · 9.82). */
  show: (f: Valued, value: Decimal) => string;
}

/** total = Σ wᵢ·partᵢ (blank parts already left out). */
export interface SumIdentity extends Base {
  kind: "sum";
  total: Valued;
  parts: { figure: Valued; weight: 1 | -1 }[];
}

/** actual = reference (one amount reported twice). */
export interface SameIdentity extends Base {
  kind: "same";
  actual: Valued;
  reference: Valued;
}

/** rate = numerator ÷ denominator × 100. */
export interface RateIdentity extends Base {
  kind: "rate";
  rate: Valued;
  numerator: Valued;
  denominator: Valued;
}

/**
 * actual = f(inputs), f known to the rule only: `recompute` gives f's value and interval from the inputs'
 * values (with a substitution applied), or is absent when the rule cannot say (then only `actual` is solvable).
 */
export interface DerivedIdentity extends Base {
  kind: "derived";
  actual: Valued;
  expected: Decimal;
  interval: Interval;
  inputs: Valued[];
  recompute?: (valueOf: (f: Valued) => Decimal) => { expected: Decimal; interval: Interval } | undefined;
}

export type Identity = SumIdentity | SameIdentity | RateIdentity | DerivedIdentity;

export function keyOf(f: { sheet: string; cell: string }): string {
  return `${f.sheet}!${f.cell}`;
}

/** The figures an identity ties together. */
export function figuresOf(id: Identity): Valued[] {
  switch (id.kind) {
    case "sum":
      return [id.total, ...id.parts.map((p) => p.figure)];
    case "same":
      return [id.actual, id.reference];
    case "rate":
      return [id.rate, id.numerator, id.denominator];
    case "derived":
      return [id.actual, ...id.inputs];
  }
}

const HUNDRED = new Decimal(100);

/**
 * Whether the identity holds when the figures of `sub` take its values (others as reported), judged by the
 * same rounding model as the rule; undefined when the identity cannot be re-evaluated with that change.
 */
export function holdsWith(id: Identity, sub: Substitution): boolean | undefined {
  const v = (f: Valued) => sub.get(keyOf(f)) ?? f.value;
  const r = (f: Valued) => id.reported(f, v(f));
  switch (id.kind) {
    case "sum":
      return compareSum(r(id.total), id.parts.map((p) => ({ ...r(p.figure), weight: p.weight }))).holds;
    case "same":
      return compareSame(r(id.actual), r(id.reference)).holds;
    case "rate":
      return compareRate(r(id.rate), r(id.numerator), r(id.denominator))?.holds ?? false;
    case "derived": {
      const changedInput = id.inputs.some((f) => sub.has(keyOf(f)));
      const again = changedInput ? id.recompute?.(v) : { expected: id.expected, interval: id.interval };
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
      const parts = id.parts.reduce((s, p) => s.plus(p.figure.value.times(p.weight)), new Decimal(0));
      if (keyOf(id.total) === x) return parts;
      const p = id.parts.find((q) => keyOf(q.figure) === x);
      if (!p) return undefined;
      // total = rest + w·p  ⇒  p = (total − rest) / w
      const rest = parts.minus(p.figure.value.times(p.weight));
      return id.total.value.minus(rest).times(p.weight);
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
