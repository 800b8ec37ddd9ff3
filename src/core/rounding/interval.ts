import Decimal from "decimal.js";

/**
 * The rounding model of XBRL Calculations 1.1, round-to-nearest (as in Arelle's ValidateXbrlCalcs):
 * a value v shown with d decimals stands for the closed interval [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ].
 * A sum holds when the total's interval overlaps the sum of the parts' intervals; a repeated figure
 * holds when its two intervals overlap; a rate holds when its interval overlaps the rate interval of
 * its numerator and denominator. Everything in decimal.js: binary floats would invent 尾差 of their own.
 */

export interface Reported {
  value: Decimal;
  decimals: number;
}

export interface Interval {
  low: Decimal;
  high: Decimal;
}

const HALF_UNITS: Decimal[] = [];

/** Half of one unit in the last shown place: ½·10⁻ᵈ (memoised: every interval of every check needs one). */
export function halfUnit(decimals: number): Decimal {
  return (HALF_UNITS[decimals] ??= new Decimal(10).pow(-decimals).dividedBy(2));
}

export function intervalOf(r: Reported): Interval {
  const h = halfUnit(r.decimals);
  return { low: r.value.minus(h), high: r.value.plus(h) };
}

/** Σ wᵢ·[childᵢ]: a negative weight flips the interval (low and high swap). */
export function sumOfIntervals(parts: { interval: Interval; weight?: number }[]): Interval {
  let low = new Decimal(0);
  let high = new Decimal(0);
  for (const { interval, weight = 1 } of parts) {
    // Unit weights (every sum the rules check) add or subtract the bounds as they are: bounds from intervalOf
    // are already rounded to decimal.js precision, so × 1 would only allocate the same value again.
    if (weight === 1) {
      low = low.plus(interval.low);
      high = high.plus(interval.high);
    } else if (weight === -1) {
      low = low.minus(interval.high);
      high = high.minus(interval.low);
    } else if (weight >= 0) {
      low = low.plus(interval.low.times(weight));
      high = high.plus(interval.high.times(weight));
    } else {
      low = low.plus(interval.high.times(weight));
      high = high.plus(interval.low.times(weight));
    }
  }
  return { low, high };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low.lte(b.high) && b.low.lte(a.high);
}

/** Half up (四舍五入) to dp decimals: the only rounding the product writes. */
export function roundHalfUp(d: Decimal, dp: number): Decimal {
  return d.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}
