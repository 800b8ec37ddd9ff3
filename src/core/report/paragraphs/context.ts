import type { PackageModel } from "../../model/package";
import type { HeadingLevel, Run } from "../document";

export interface ReportContext {
  model: PackageModel;
  /** "2024年度", or "本年度" when no table states the year. */
  period: string;
  /**
   * The heading level of the section the paragraphs sit under (0 before the first heading): numbered lines a
   * generator writes take the next level's numbers, so 一、（一）1.（1） stay in order.
   */
  level: 0 | HeadingLevel;
}

/** Writes one or more paragraphs from the model; `arg` parameterises a generator (an 一级指标 name). */
export type ParagraphGenerator = (ctx: ReportContext, arg?: string) => Run[][];
