import { z } from "zod/v4";
import type { PackageModel } from "../core/model/package";
import { unitNameOf, yearOf } from "../core/report/identity";
import { SuppressionSchema, type Suppression } from "./settings";

/**
 * Ignore decisions outlive the file they were made in: a unit re-checks its original workbook after fixing
 * it, or opens next week's version, and what it ignored for that unit and year stays ignored. Excel keeps them
 * in the document's settings; the offline page keeps them in the browser (localStorage), one entry per unit
 * and year, and can take them from an annotated copy.
 */

/** The bit of localStorage the page uses (a Map stands in for it in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = "jx-selfeval.ignored:";
const StoredSchema = z.array(SuppressionSchema);

/** Whose decisions these are: "示例县医疗保障局|2024"; null when the package names neither unit nor year. */
export function packageKeyOf(model: PackageModel): string | null {
  const unit = unitNameOf(model)?.text.replace(/\s+/g, "") ?? "";
  const year = yearOf(model)?.text ?? "";
  return unit || year ? `${unit}|${year}` : null;
}

/** The decisions remembered for a unit and year; anything unreadable counts as none. */
export function recall(store: KeyValueStore, packageKey: string | null): Suppression[] {
  if (!packageKey) return [];
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(store.getItem(PREFIX + packageKey) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Keeps the unit's current decisions (all of them: a restored finding is forgotten too). */
export function remember(store: KeyValueStore, packageKey: string | null, suppressed: Suppression[]): void {
  if (!packageKey) return;
  store.setItem(PREFIX + packageKey, JSON.stringify(suppressed));
}

/** Both lists, one entry per finding; on the same finding the later list's reason wins. */
export function mergeSuppressions(earlier: Suppression[], later: Suppression[]): Suppression[] {
  const byKey = new Map<string, Suppression>();
  for (const s of [...earlier, ...later]) byKey.set(s.key, s);
  return [...byKey.values()];
}
