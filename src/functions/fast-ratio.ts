/**
 * Rates of two plain numbers without decimal.js, when that is provably the same result: both numbers are
 * exact decimals of at most 4 places (every 万元 and 元 figure is), so a·10⁴ and b·10⁴ are integers below
 * 10¹⁵ and one IEEE division of them is the correctly rounded quotient of the two decimals — the value the
 * Decimal path computes, without its cost (test/functions/fast-ratio.test.ts proves the agreement).
 * Each returns undefined when the shortcut does not apply; the caller then takes the Decimal path.
 */
export function fastRatio(numerator: number, denominator: number): number | undefined {
  const a = scaled(numerator);
  const b = scaled(denominator);
  if (a === undefined || b === undefined || b === 0) return undefined;
  return a / b;
}

/** (current − previous) / previous, under the same conditions (the difference of two such integers is exact). */
export function fastChangeRatio(current: number, previous: number): number | undefined {
  const a = scaled(current);
  const b = scaled(previous);
  if (a === undefined || b === undefined || b === 0) return undefined;
  return (a - b) / b;
}

const LIMIT = 1e15;

/** n·10⁴ as an integer when n is exactly a decimal of at most 4 places and small enough; else undefined. */
function scaled(n: number): number | undefined {
  const i = Math.round(n * 10000);
  if (i / 10000 !== n || i > LIMIT || i < -LIMIT) return undefined;
  return i;
}
