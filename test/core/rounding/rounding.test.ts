import Decimal from "decimal.js";
import { compareRate, compareSame, compareSum, intervalOf, rateDefined, rateOf, sumOfIntervals, sumTolerance, roundHalfUp } from "../../../src/core/rounding";

const r = (v: string, decimals = 2) => ({ value: new Decimal(v), decimals });

describe("rounding model (XBRL Calculations 1.1, round-to-nearest)", () => {
  it("accepts 尾差 within 0.005·(n+1) for n 2-decimal parts", () => {
    // Three parts → tolerance 0.02: a total 0.02 off still holds, 0.03 off does not.
    const parts = [r("100.01"), r("200.02"), r("300.03")];
    expect(sumTolerance(3).toString()).toBe("0.02");
    expect(compareSum(r("600.08"), parts).holds).toBe(true);
    expect(compareSum(r("600.04"), parts).holds).toBe(true);
    const off = compareSum(r("600.09"), parts);
    expect(off.holds).toBe(false);
    expect(off.difference.toString()).toBe("0.03");
    expect(off.tolerance.toString()).toBe("0.02");
  });

  it("counts no half-unit for a zero part: zeros are exact (domain §6)", () => {
    // A 302 group of 6 non-zero items and 21 zero items: tolerance 0.005 × (6 + 1) = 0.035, not 0.005 × 28.
    const items = [r("1.01"), r("1.02"), r("1.03"), r("1.04"), r("1.05"), r("1.06"), ...Array.from({ length: 21 }, () => r("0.00"))];
    const c = compareSum(r("6.27"), items);
    expect(c.expected.toString()).toBe("6.21");
    expect(c.tolerance.toString()).toBe("0.035");
    expect(c.holds).toBe(false);
    // Inside the tolerance of the non-zero items it is still 尾差.
    expect(compareSum(r("6.24"), items).holds).toBe(true);
    expect(compareSum(r("6.25"), items).holds).toBe(false);
  });

  it("counts the total's half-unit even when the total is zero", () => {
    // 0.00 against 0.01 − 0.01 + 0.005: parts 2 non-zero (0.01 each) plus the total → tolerance 0.015.
    const c = compareSum(r("0.00"), [r("0.01"), { ...r("0.01"), weight: -1 }, r("0")]);
    expect(c.tolerance.toString()).toBe("0.015");
    expect(c.holds).toBe(true);
  });

  it("catches a transposed total (1,240.37 for 1,204.37)", () => {
    const c = compareSum(r("1240.37"), [r("1000.00"), r("204.37")]);
    expect(c.holds).toBe(false);
    expect(c.expected.toString()).toBe("1204.37");
    expect(c.difference.toString()).toBe("36");
  });

  it("handles negative weights (年初 + 收入 − 支出 = 年末)", () => {
    expect(compareSum(r("35.20"), [r("35.20"), r("1246.45"), { ...r("1246.45"), weight: -1 }]).holds).toBe(true);
    expect(compareSum(r("35.30"), [r("35.20"), r("1246.45"), { ...r("1246.45"), weight: -1 }]).holds).toBe(false);
  });

  it("sums intervals with unit weights as with any other weight", () => {
    const parts = [r("35.20"), r("1246.455", 3), r("-0.01")];
    const weights = [1, -1, 2];
    const sum = sumOfIntervals(parts.map((p, i) => ({ interval: intervalOf(p), weight: weights[i] })));
    // By hand: Σ w·[low, high], a negative weight swapping the bounds.
    const [a, b, c] = parts.map(intervalOf);
    expect(sum.low.toString()).toBe(a.low.minus(b.high).plus(c.low.times(2)).toString());
    expect(sum.high.toString()).toBe(a.high.minus(b.low).plus(c.high.times(2)).toString());
  });

  it("defines a rate only over a denominator whose interval stays off zero", () => {
    expect(rateDefined(r("0"))).toBe(false);
    expect(rateDefined(r("0.005", 2))).toBe(false);
    expect(rateDefined(r("0.01"))).toBe(true);
    expect(rateDefined(r("-0.01"))).toBe(true);
    expect(rateOf(r("1286.45"), r("1310.60")).toDecimalPlaces(4).toString()).toBe("98.1573");
  });

  it("compares a repeated figure by interval overlap", () => {
    expect(compareSame(r("1286.45"), r("1286.45")).holds).toBe(true);
    expect(compareSame(r("1286.455", 3), r("1286.46")).holds).toBe(true);
    expect(compareSame(r("1286.47"), r("1286.45")).holds).toBe(false);
  });

  it("checks a rate against the interval of its numerator and denominator", () => {
    expect(compareRate(r("98.16"), r("1286.45"), r("1310.60"))!.holds).toBe(true);
    expect(compareRate(r("98.2", 1), r("1286.45"), r("1310.60"))!.holds).toBe(true);
    expect(compareRate(r("98.61"), r("1286.45"), r("1310.60"))!.holds).toBe(false);
    expect(compareRate(r("50"), r("1"), r("0"))).toBeUndefined();
  });

  it("rounds half up", () => {
    expect(roundHalfUp(new Decimal("9.825"), 2).toString()).toBe("9.83");
    expect(roundHalfUp(new Decimal("-2.345"), 2).toString()).toBe("-2.35");
  });
});
