import { z } from "zod";

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
  /** 单位名称 as the user wants it in the report and the identity checks; empty = take it from the tables. */
  unitName: z.string().default(""),
  /** Which provincial report outline to follow (an id of src/core/report). */
  outline: z.string().default(""),
  /** Scoring options (e.g. whether 执行率 above 100% is capped); names follow src/core/scoring. */
  scoring: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
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
