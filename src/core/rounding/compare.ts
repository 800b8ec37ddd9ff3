import Decimal from "decimal.js";
import { halfUnit, intervalOf, overlaps, sumOfIntervals, type Interval, type Reported } from "./interval";

/**
 * The outcome of comparing a reported figure with what its identity says it should be.
 * - holds: the intervals overlap (a difference, if any, is 尾差).
 * - expected: the value the identity computes from the reported parts (exact, not rounded).
 * - actual: the reported value.
 * - difference: actual − expected.
 * - tolerance: how far actual may lie from expected and still hold (the half-widths of both intervals).
 */
export interface Comparison {
  holds: boolean;
  expected: Decimal;
  actual: Decimal;
  difference: Decimal;
  tolerance: Decimal;
  actualInterval: Interval;
  expectedInterval: Interval;
}

function comparison(actual: Reported, expected: Decimal, expectedInterval: Interval): Comparison {
  const actualInterval = intervalOf(actual);
  const tolerance = actualInterval.high
    .minus(actualInterval.low)
    .plus(expectedInterval.high.minus(expectedInterval.low))
    .dividedBy(2);
  return {
    holds: overlaps(actualInterval, expectedInterval),
    expected,
    actual: actual.value,
    difference: actual.value.minus(expected),
    tolerance,
    actualInterval,
    expectedInterval,
  };
}

/**
 * total = Σ wᵢ·partᵢ under the rounding model. A part shown as 0 is an exact zero (no spending, domain §6):
 * it was never rounded, so it adds no half-unit. For n non-zero unit-weight 2-decimal parts and a 2-decimal
 * total this is |total − Σ parts| ≤ 0.005·(n + 1); the total always counts, zero or not.
 */
export function compareSum(total: Reported, parts: (Reported & { weight?: number })[]): Comparison {
  let expected = new Decimal(0);
  for (const p of parts) expected = expected.plus(p.value.times(p.weight ?? 1));
  const interval = sumOfIntervals(parts.map((p) => ({ interval: p.value.isZero() ? exactly(p.value) : intervalOf(p), weight: p.weight })));
  return comparison(total, expected, interval);
}

/**
 * A reported figure against a value derived by a formula the caller evaluated on the parts' intervals
 * (e.g. 得分 = 分值 × min(执行率, 100%)): holds when the intervals overlap.
 */
export function compareDerived(actual: Reported, expected: Decimal, expectedInterval: Interval): Comparison {
  return comparison(actual, expected, expectedInterval);
}

/** The same amount reported twice (in two tables, or two places of one table). */
export function compareSame(actual: Reported, reference: Reported): Comparison {
  return comparison(actual, reference.value, intervalOf(reference));
}

const HUNDRED = new Decimal(100);

/**
 * Whether a rate over this denominator is defined: not zero, and its interval [b − h, b + h] does not reach
 * zero, i.e. |b| > h.
 */
export function rateDefined(denominator: Reported): boolean {
  return denominator.value.abs().gt(halfUnit(denominator.decimals));
}

/** The rate the reported figures compute: numerator / denominator × scale (exact to decimal.js precision). */
export function rateOf(numerator: Reported, denominator: Reported, scale: Decimal.Value = HUNDRED): Decimal {
  return numerator.value.dividedBy(denominator.value).times(scale);
}

/**
 * A rate in percent points: rate = numerator / denominator × 100 (or × scale).
 * Holds when rate's interval overlaps [(a−hₐ)/(b+h_b), (a+hₐ)/(b−h_b)]·100 (for b > 0).
 * Returns undefined when the denominator is zero or its interval reaches zero (no rate is defined).
 */
export function compareRate(rate: Reported, numerator: Reported, denominator: Reported, scale: Decimal.Value = HUNDRED): Comparison | undefined {
  if (!rateDefined(denominator)) return undefined;
  const a = intervalOf(numerator);
  const b = intervalOf(denominator);
  const quotients = [a.low.dividedBy(b.low), a.low.dividedBy(b.high), a.high.dividedBy(b.low), a.high.dividedBy(b.high)].map((q) =>
    q.times(scale),
  );
  const low = Decimal.min(...quotients);
  const high = Decimal.max(...quotients);
  return comparison(rate, rateOf(numerator, denominator, scale), { low, high });
}

function exactly(v: Decimal): Interval {
  return { low: v, high: v };
}

/** The number of unit-weight parts' tolerance for 2-decimal figures, as the domain guide states it. */
export function sumTolerance(parts: number, decimals = 2): Decimal {
  return new Decimal(10).pow(-decimals).dividedBy(2).times(parts + 1);
}
