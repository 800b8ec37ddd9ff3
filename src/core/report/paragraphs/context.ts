import type { PackageModel } from "../../model/package";
import type { Run } from "../document";

export interface ReportContext {
  model: PackageModel;
  /** "2024年度", or "本年度" when no table states the year. */
  period: string;
}

/** Writes one or more paragraphs from the model; `arg` parameterises a generator (an 一级指标 name). */
export type ParagraphGenerator = (ctx: ReportContext, arg?: string) => Run[][];
