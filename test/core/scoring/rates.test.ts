import Decimal from "decimal.js";
import {
  DEFAULT_SCORING,
  ScoringConfigSchema,
  changeRatePercent,
  executionScore,
  normalizeRating,
  ratePercent,
  ratingOf,
  type ScoringConfig,
} from "../../../src/core/scoring";

const d = (v: string | number) => new Decimal(v);

describe("ratePercent", () => {
  it.each([
    // 执行数, 预算数, 执行率 (percent points, exact)
    ["452.37", "500", "90.474"],
    ["500", "500", "100"],
    ["512.5", "500", "102.5"],
    ["0", "500", "0"],
    ["1", "3", "33.333333333333333333"],
    ["-10", "200", "-5"],
  ])("%s / %s = %s%%", (a, b, expected) => {
    expect(ratePercent(d(a), d(b))?.toString()).toBe(expected);
  });

  it("is undefined on a zero denominator, never 0", () => {
    expect(ratePercent(d(5), d(0))).toBeUndefined();
    expect(ratePercent(d(0), d("0.00"))).toBeUndefined();
  });
});

describe("changeRatePercent", () => {
  it.each([
    ["110", "100", "10"],
    ["90", "100", "-10"],
    ["100", "100", "0"],
    ["756.78", "600", "26.13"],
  ])("(%s − %s) / %s", (cur, prev, expected) => {
    expect(changeRatePercent(d(cur), d(prev))?.toString()).toBe(expected);
  });

  it("is undefined when 上年 is zero", () => {
    expect(changeRatePercent(d(5), d(0))).toBeUndefined();
  });
});

describe("executionScore = 分值 × min(执行率, 100%)", () => {
  it.each([
    ["452.37", "500", "10", "9.0474"],
    ["500", "500", "10", "10"],
    ["600", "500", "10", "10"],
    ["0", "500", "10", "0"],
    ["-5", "500", "10", "0"],
  ])("执行 %s / 预算 %s, 分值 %s → %s", (a, b, w, expected) => {
    expect(executionScore(d(a), d(b), d(w))?.toString()).toBe(expected);
  });

  it("lets over-execution score above 分值 when the province does not cap it", () => {
    const uncapped: ScoringConfig = { ...DEFAULT_SCORING, capExecutionRateAt100: false };
    expect(executionScore(d(600), d(500), d(10), uncapped)?.toString()).toBe("12");
  });

  it("is undefined for a zero budget", () => {
    expect(executionScore(d(1), d(0), d(10))).toBeUndefined();
  });
});

describe("ratingOf", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.5", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
    ["-3", "差"],
  ])("%s → %s", (total, rating) => {
    expect(ratingOf(d(total))).toBe(rating);
  });

  it("follows configured bands in any order", () => {
    const strict: ScoringConfig = {
      ...DEFAULT_SCORING,
      ratingBands: [
        { rating: "差", min: 0 },
        { rating: "良", min: 85 },
        { rating: "优", min: 95 },
        { rating: "中", min: 70 },
      ],
    };
    expect(ratingOf(d(92), strict)).toBe("良");
    expect(ratingOf(d(95), strict)).toBe("优");
    expect(ratingOf(d(69), strict)).toBe("差");
  });
});

describe("normalizeRating", () => {
  it.each([
    ["优", "优"],
    ["优秀", "优"],
    [" 优 秀 ", "优"],
    ["优等", "优"],
    ["良好", "良"],
    ["良级", "良"],
    ["合格", "中"],
    ["中等", "中"],
    ["不合格", "差"],
    ["差", "差"],
    ["较差", "差"],
  ])("%s → %s", (text, rating) => {
    expect(normalizeRating(text)).toBe(rating);
  });

  it.each(["", "满意", "90", "优良"])("%s is not a rating", (text) => {
    expect(normalizeRating(text)).toBeUndefined();
  });
});

describe("ScoringConfigSchema", () => {
  it("accepts the defaults (10/50/30/10, 优≥90 良≥80 中≥60) and Decimal weights", () => {
    expect(ScoringConfigSchema.parse(DEFAULT_SCORING)).toEqual(DEFAULT_SCORING);
    const total = Object.values(DEFAULT_SCORING.weights).reduce((s: number, w) => s + Number(w), 0);
    expect(total).toBe(100);
    const withDecimal = { ...DEFAULT_SCORING, weights: { ...DEFAULT_SCORING.weights, output: d(45) } };
    expect(ScoringConfigSchema.safeParse(withDecimal).success).toBe(true);
  });

  it("rejects a negative weight, an unknown rating, an unknown mode and an empty band list", () => {
    const bad = [
      { ...DEFAULT_SCORING, weights: { ...DEFAULT_SCORING.weights, effect: -1 } },
      { ...DEFAULT_SCORING, ratingBands: [{ rating: "A", min: 90 }] },
      { ...DEFAULT_SCORING, quantitativeMode: "linear" },
      { ...DEFAULT_SCORING, ratingBands: [] },
    ];
    for (const config of bad) expect(ScoringConfigSchema.safeParse(config).success).toBe(false);
  });
});
