import Decimal from "decimal.js";
import { z } from "zod/v4";

export type Rating = "优" | "良" | "中" | "差";

/**
 * How a province scores a self-evaluation (财预〔2020〕10号 practice by default; provinces vary, so the
 * weights, the rating bands and the treatment of over-execution are settings, not constants).
 */
export interface ScoringConfig {
  weights: {
    executionRate: Decimal | number;
    output: Decimal | number;
    effect: Decimal | number;
    satisfaction: Decimal | number;
  };
  /** Ratings from best to worst: a total at or above `min` earns `rating`. */
  ratingBands: { rating: Rating; min: number }[];
  /** 预算执行率得分 = 分值 × min(执行率, 100%) when true; over-execution earns extra points when false. */
  capExecutionRateAt100: boolean;
  /** A missed quantitative target earns 分值 × 实际/目标 (proportional) or nothing (all-or-nothing). */
  quantitativeMode: "proportional" | "all-or-nothing";
}

export const DEFAULT_SCORING: ScoringConfig = {
  weights: { executionRate: 10, output: 50, effect: 30, satisfaction: 10 },
  ratingBands: [
    { rating: "优", min: 90 },
    { rating: "良", min: 80 },
    { rating: "中", min: 60 },
    { rating: "差", min: 0 },
  ],
  capExecutionRateAt100: true,
  quantitativeMode: "proportional",
};

const WeightSchema = z.union([z.number().nonnegative(), z.instanceof(Decimal)]);

/** Validates a scoring configuration read from settings (a boundary: the user may have edited it). */
export const ScoringConfigSchema = z.object({
  weights: z.object({
    executionRate: WeightSchema,
    output: WeightSchema,
    effect: WeightSchema,
    satisfaction: WeightSchema,
  }),
  ratingBands: z
    .array(z.object({ rating: z.enum(["优", "良", "中", "差"]), min: z.number() }))
    .min(1, "至少需要一个评价等级"),
  capExecutionRateAt100: z.boolean(),
  quantitativeMode: z.enum(["proportional", "all-or-nothing"]),
});
