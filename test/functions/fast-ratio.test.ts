import Decimal from "decimal.js";
import { ratePercent, changeRatePercent } from "../../src/core/scoring/rates";
import { fastChangeRatio, fastRatio } from "../../src/functions/fast-ratio";

/** Enough digits that rounding to a double happens once: the correctly rounded quotient. */
const Exact = Decimal.clone({ precision: 60 });

/** A deterministic stream of amounts as staff write them: 0–4 decimals, 万元 and 元 sizes. */
function* amounts(count: number): Generator<[string, string]> {
  let seed = 20240101;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < count; i++) {
    const places = next() % 5;
    const a = (next() % 100000000) / 10 ** places;
    const b = ((next() % 100000000) + 1) / 10 ** (next() % 5);
    yield [String(a), String(b)];
  }
}

describe("fastRatio agrees with the Decimal path", () => {
  it("gives the correctly rounded quotient of the decimals for 20,000 amounts of up to 4 places", () => {
    for (const [a, b] of amounts(20000)) {
      const exact = new Exact(a).dividedBy(b).toNumber();
      expect(fastRatio(Number(a), Number(b))).toBe(exact);
      // The checker's formula (20 significant digits) lands on the same double or its neighbour.
      const core = ratePercent(new Decimal(a), new Decimal(b))!.dividedBy(100).toNumber();
      expect(Math.abs(core - exact)).toBeLessThanOrEqual(Math.abs(exact) * Number.EPSILON);
    }
  });

  it("gives the correctly rounded change rate", () => {
    for (const [a, b] of amounts(5000)) {
      const exact = new Exact(a).minus(b).dividedBy(b).toNumber();
      expect(fastChangeRatio(Number(a), Number(b))).toBe(exact);
      const core = changeRatePercent(new Decimal(a), new Decimal(b))!.dividedBy(100).toNumber();
      expect(Math.abs(core - exact)).toBeLessThanOrEqual(Math.abs(exact) * Number.EPSILON);
    }
  });

  it.each([
    ["a zero denominator", 5, 0],
    ["more than 4 decimals", 1.23456, 2],
    ["binary-float noise", 0.1 + 0.2, 3],
    ["a huge amount", 1e12, 3],
    ["NaN", Number.NaN, 3],
    ["Infinity", 1, Number.POSITIVE_INFINITY],
  ])("steps aside for %s", (_why, a, b) => {
    expect(fastRatio(a, b)).toBeUndefined();
  });
});
