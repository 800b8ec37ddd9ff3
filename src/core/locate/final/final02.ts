import type { Recognizer } from "../recognizer";
import { columnSynonym, FINAL02_COLUMNS } from "../synonyms/final";
import { blocksOf, readSubjectTable, type HeaderColumn } from "./helpers";

/** 表2 column keys (synonyms: FINAL02_COLUMNS). */
export function final02Column(h: HeaderColumn): string | null {
  return columnSynonym(FINAL02_COLUMNS, h.leaf, h.path.slice(0, -1));
}

/** 公开02表 收入决算表. */
export const final02Recognizer: Recognizer = {
  family: "公开02表 收入决算表",
  recognize(grid) {
    return blocksOf(grid, "final.02").flatMap((b) => readSubjectTable(b, final02Column) ?? []);
  },
};
