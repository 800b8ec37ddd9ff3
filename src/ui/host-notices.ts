import { NavigationProblem, type MarkResult } from "./port";
import type { Strings } from "./strings";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** What the user is told after marking: how many cells, or that this Excel cannot mark at all. */
export function markNotice(t: Strings, r: MarkResult): Notice {
  return r.unsupported ? { intent: "info", text: t.marksUnsupported } : { intent: "success", text: t.marked(r.marked) };
}

/** Why a finding's cell could not be shown: a sheet gone or hidden is the user's to fix, anything else a failure. */
export function selectFailureNotice(t: Strings, e: unknown): Notice {
  if (e instanceof NavigationProblem) return { intent: "warning", text: e.reason === "missing" ? t.sheetMissing(e.sheet) : t.sheetHidden(e.sheet) };
  return { intent: "error", text: t.failed(e instanceof Error ? e.message : String(e)) };
}
