import { z } from "zod/v4";
import { DEFAULT_SCORING, type ScoringConfig } from "../core/scoring/config";

/** A finding the user chose to ignore, with the reason; kept in the workbook so it survives reopening. */
export const SuppressionSchema = z.object({
  key: z.string(),
  rule: z.string(),
  title: z.string(),
  reason: z.string().min(1),
  at: z.string(),
});
export type Suppression = z.infer<typeof SuppressionSchema>;

/** What the add-in keeps inside the document (Excel: workbook settings; page: a hidden sheet of the copy). */
export const SettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** Which provincial report outline to follow (an id of src/core/report). */
  outline: z.string().default(""),
  /** The province's scoring choices the user can make; weights and rating bands stay at the defaults of core/scoring. */
  scoring: z
    .object({
      capExecutionRateAt100: z.boolean().default(DEFAULT_SCORING.capExecutionRateAt100),
      quantitativeMode: z.enum(["proportional", "all-or-nothing"]).default(DEFAULT_SCORING.quantitativeMode),
    })
    .default({ capExecutionRateAt100: DEFAULT_SCORING.capExecutionRateAt100, quantitativeMode: DEFAULT_SCORING.quantitativeMode }),
  suppressed: z.array(SuppressionSchema).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_KEY = "jx-selfeval.settings";

export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}

/** Reads stored settings; anything unreadable (older or foreign data) falls back to defaults, never throws. */
export function parseSettings(stored: unknown): Settings {
  let value = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      return defaultSettings();
    }
  }
  const parsed = SettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

/** The scoring configuration the check runs with: the defaults, with the user's choices from the settings. */
export function scoringConfigOf(settings: Settings): ScoringConfig {
  return { ...DEFAULT_SCORING, ...settings.scoring };
}
