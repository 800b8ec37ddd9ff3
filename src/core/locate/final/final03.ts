import type { Recognizer } from "../recognizer";
import { columnSynonym, FINAL03_COLUMNS } from "../synonyms/final";
import { blocksOf, readSubjectTable, type HeaderColumn } from "./helpers";

/** 表3 column keys (synonyms: FINAL03_COLUMNS). */
export function final03Column(h: HeaderColumn): string | null {
  return columnSynonym(FINAL03_COLUMNS, h.leaf, h.path.slice(0, -1));
}

/** 公开03表 支出决算表. */
export const final03Recognizer: Recognizer = {
  family: "公开03表 支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.03").flatMap((b) => readSubjectTable(b, final03Column) ?? []);
  },
};
