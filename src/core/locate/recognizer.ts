import type { Grid } from "./grid";
import type { TableLocation } from "../model/common";
import type { ReadProblem } from "../values/figure";
import type { FinalTable01, FinalTable02, FinalTable03, FinalTable04, FinalTable05, FinalTable06, FinalTable07, FinalTable08, FinalTable09 } from "../model/final";
import type { OverallSelfEval, ProjectSelfEval } from "../model/selfeval";
import type { BaseData, Cover } from "../model/basedata";

export type RecognizedTable =
  | FinalTable01
  | FinalTable02
  | FinalTable03
  | FinalTable04
  | FinalTable05
  | FinalTable06
  | FinalTable07
  | FinalTable08
  | FinalTable09
  | OverallSelfEval
  | ProjectSelfEval
  | BaseData
  | Cover;

/** One table found in a sheet, with the problems met while reading its figures. */
export interface Recognition {
  location: TableLocation;
  table: RecognizedTable;
  problems: ReadProblem[];
}

/**
 * A recogniser finds every table of its family in one sheet, by content (titles, 公开0N表 tags, header and
 * row labels, 科目代码 patterns) — never by sheet name or fixed address. It never throws on odd input:
 * what it cannot read becomes a problem; a table it cannot make sense of is not returned.
 */
export interface Recognizer {
  family: string;
  recognize(grid: Grid): Recognition[];
}
