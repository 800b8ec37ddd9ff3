import Decimal from "decimal.js";
import { DEFAULT_SCORING, indicatorScore, parseIndicatorValue, type IndicatorValue } from "../../../src/core/scoring";

/** Every target form of domain §2, as staff type them, and what it means. */
const FORMS: [string, Partial<Extract<IndicatorValue, { kind: "quantitative" }>> & { value?: Decimal }][] = [
  ["≥95%", { comparator: ">=", value: new Decimal(95), percent: true, unit: null }],
  [">=95%", { comparator: ">=", value: new Decimal(95), percent: true }],
  ["≥ 90 %", { comparator: ">=", value: new Decimal(90), percent: true }],
  ["大于等于95%", { comparator: ">=", value: new Decimal(95), percent: true }],
  ["不低于90%", { comparator: ">=", value: new Decimal(90), percent: true }],
  ["95%以上", { comparator: ">=", value: new Decimal(95), percent: true }],
  ["不超过100万元", { comparator: "<=", value: new Decimal(100), unit: "万元", percent: false }],
  ["≤100万元", { comparator: "<=", value: new Decimal(100), unit: "万元" }],
  ["≤预算", { comparator: "<=", value: new Decimal(100), percent: true, relative: "budget" }],
  ["不超过预算", { comparator: "<=", value: new Decimal(100), percent: true, relative: "budget" }],
  ["100%", { comparator: "=", value: new Decimal(100), percent: true, unit: null }],
  ["15 人", { comparator: "=", value: new Decimal(15), unit: "人", percent: false }],
  ["2 次", { comparator: "=", value: new Decimal(2), unit: "次" }],
  ["287 万元", { comparator: "=", value: new Decimal(287), unit: "万元" }],
  ["3 批次", { comparator: "=", value: new Decimal(3), unit: "批次" }],
  ["≥3年", { comparator: ">=", value: new Decimal(3), unit: "年" }],
  ["1,200 人", { comparator: "=", value: new Decimal(1200), unit: "人" }],
  ["2024 年底", { comparator: "<=", value: new Decimal(2024), unit: "年底" }],
  ["2023年底前", { comparator: "<=", value: new Decimal(2023), unit: "年底" }],
  ["2025年内", { comparator: "<=", value: new Decimal(2025), unit: "年底" }],
  ["12月底", { comparator: "<=", value: new Decimal(12), unit: "月底" }],
  ["2024年6月", { comparator: "<=", value: new Decimal(202406), unit: "年月" }],
  ["＞０", { comparator: ">", value: new Decimal(0), unit: null }],
];

describe("parseIndicatorValue", () => {
  it.each(FORMS)("%s", (text, expected) => {
    const v = parseIndicatorValue(text);
    expect(v.kind).toBe("quantitative");
    if (v.kind !== "quantitative") return;
    for (const [key, want] of Object.entries(expected)) {
      const got = (v as Record<string, unknown>)[key];
      if (want instanceof Decimal) expect((got as Decimal).toString()).toBe(want.toString());
      else expect(got).toEqual(want);
    }
  });

  it.each(["明显提高", "较好", "长期", "有效提升群众满意度", "逐步完善", "", "达标"])("%s is qualitative", (text) => {
    expect(parseIndicatorValue(text)).toEqual({ kind: "qualitative", text });
  });
});

const w = new Decimal(10);
const score = (target: string, actual: string, weight = w, config = DEFAULT_SCORING) => {
  const r = indicatorScore(target, actual, weight, config);
  return r.kind === "computed" ? { score: r.score.toDecimalPlaces(4).toString(), met: r.met } : { manual: r.reason };
};

describe("indicatorScore", () => {
  it.each([
    // 年度指标值, 实际完成值, 得分 (分值 10), met
    ["≥95%", "98%", "10", true],
    ["≥95%", "95%", "10", true],
    ["≥95%", "90%", "9.4737", false],
    ["大于等于95%", "0.9", "9.4737", false],
    ["不低于90%", "92.5%", "10", true],
    ["95%以上", "96", "10", true],
    ["100%", "100%", "10", true],
    ["0.95", "97%", "10", true],
    ["0.95", "90%", "9.4737", false],
    ["100%", "98%", "9.8", false],
    ["15 人", "16人", "10", true],
    ["15 人", "12 人", "8", false],
    ["15 人", "12", "8", false],
    ["2 次", "1次", "5", false],
    ["3 批次", "3批次", "10", true],
    ["287 万元", "2870000元", "10", true],
    ["不超过100万元", "80万元", "10", true],
    ["不超过100万元", "125万元", "8", false],
    ["≤100万元", "1250000元", "8", false],
    ["≤预算", "98%", "10", true],
    ["≤预算", "125%", "8", false],
    ["≤预算", "≤预算", "10", true],
    ["2024 年底", "2024年11月", "10", true],
    ["2024 年底", "2024年底", "10", true],
    ["12月底", "11月底", "10", true],
    ["12月底", "2024年12月", "10", true],
    ["明显提高", "明显提高", "10", true],
    ["较好", " 较 好 ", "10", true],
  ])("%s / %s → %s", (target, actual, expected, met) => {
    expect(score(target, actual)).toEqual({ score: expected, met });
  });

  it.each([
    ["明显提高", "有所提高", "定性指标“明显提高”需人工评定"],
    ["长期", "长期有效", "定性指标“长期”需人工评定"],
    ["≥95%", "基本完成", "实际完成值“基本完成”不是可比的数值，需人工评定"],
    ["15 人", "15 次", "单位不一致（目标为人，实际为次），需人工评定"],
    ["15 人", "80%", "年度指标值与实际完成值一为百分比一为数量，需人工评定"],
    ["2023 年底", "2024年3月", "时效指标未按期完成，需人工评定"],
    ["2023 年底", "已完成", "实际完成值“已完成”不是可比的数值，需人工评定"],
    ["2023 年底", "15 人", "实际完成值“15 人”不是时间，需人工评定"],
    ["", "98%", "年度指标值为空，需人工评定"],
    ["≥95%", "", "实际完成值为空，需人工评定"],
    ["≥95%", "——", "实际完成值为空，需人工评定"],
  ])("%s / %s is left to the evaluator", (target, actual, reason) => {
    expect(score(target, actual)).toEqual({ manual: reason });
  });

  it("scores nothing for a missed target in all-or-nothing mode", () => {
    expect(score("≥95%", "90%", w, { ...DEFAULT_SCORING, quantitativeMode: "all-or-nothing" })).toEqual({ score: "0", met: false });
    expect(score("≥95%", "96%", w, { ...DEFAULT_SCORING, quantitativeMode: "all-or-nothing" })).toEqual({ score: "10", met: true });
  });

  it("never scores below 0 or above 分值", () => {
    expect(score("≥10 次", "-2次")).toEqual({ score: "0", met: false });
    expect(score("≤0 次", "3次")).toEqual({ score: "0", met: false });
    expect(score(">5 次", "5次")).toEqual({ score: "10", met: false });
  });
});
