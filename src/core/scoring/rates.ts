import Decimal from "decimal.js";
import { normalizeLabel } from "../values/text";
import { DEFAULT_SCORING, type Rating, type ScoringConfig } from "./config";

const HUNDRED = new Decimal(100);
const ONE = new Decimal(1);

/**
 * numerator / denominator as a ratio (0.985 for 98.5%), exact to decimal.js precision; undefined when the
 * denominator is zero (no rate is defined — never a silent 0). Every rate of domain §4 is one of these.
 */
export function rateRatio(numerator: Decimal, denominator: Decimal): Decimal | undefined {
  if (denominator.isZero()) return undefined;
  return numerator.dividedBy(denominator);
}

/** numerator / denominator × 100 in percent points (98.5 for 98.5%); undefined on a zero denominator. */
export function ratePercent(numerator: Decimal, denominator: Decimal): Decimal | undefined {
  return rateRatio(numerator, denominator)?.times(HUNDRED);
}

/** 变动率 = (本年 − 上年) / 上年, as a ratio; undefined when 上年 is zero. */
export function changeRateRatio(current: Decimal, previous: Decimal): Decimal | undefined {
  return rateRatio(current.minus(previous), previous);
}

/** 变动率 in percent points; undefined when 上年 is zero. */
export function changeRatePercent(current: Decimal, previous: Decimal): Decimal | undefined {
  return changeRateRatio(current, previous)?.times(HUNDRED);
}

/** A weight from the configuration as a Decimal (settings may hold plain numbers). */
export function weightOf(weight: Decimal | number): Decimal {
  return weight instanceof Decimal ? weight : new Decimal(weight);
}

/**
 * 预算执行率得分 = 分值 × min(执行率, 100%) (the cap is a setting). Exact: callers round what they write.
 * Undefined when the budget is zero. A negative rate (a negative execution) scores nothing rather than
 * a negative score.
 */
export function executionScore(
  execution: Decimal,
  budget: Decimal,
  weight: Decimal,
  config: ScoringConfig = DEFAULT_SCORING,
): Decimal | undefined {
  const rate = rateRatio(execution, budget);
  if (rate === undefined) return undefined;
  let factor = rate.isNegative() ? new Decimal(0) : rate;
  if (config.capExecutionRateAt100) factor = Decimal.min(factor, ONE);
  return weight.times(factor);
}

/** The rating a total earns under the configured bands (best first); the lowest band catches the rest. */
export function ratingOf(total: Decimal, config: ScoringConfig = DEFAULT_SCORING): Rating {
  const bands = [...config.ratingBands].sort((a, b) => b.min - a.min);
  for (const band of bands) {
    if (total.gte(band.min)) return band.rating;
  }
  return bands[bands.length - 1].rating;
}

const RATING_WORDS: Record<string, Rating> = {
  优: "优",
  优秀: "优",
  良: "良",
  良好: "良",
  中: "中",
  中等: "中",
  合格: "中",
  一般: "中",
  差: "差",
  较差: "差",
  不合格: "差",
};

/** A rating as staff write it (优秀, 良好, 合格, 不合格, "优 等", "良级") → 优/良/中/差; undefined otherwise. */
export function normalizeRating(text: string): Rating | undefined {
  const label = normalizeLabel(text).replace(/[“”"'‘’]/g, "");
  return RATING_WORDS[label] ?? RATING_WORDS[label.replace(/(等级|等次|等|级)$/, "")];
}
