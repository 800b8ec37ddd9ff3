import type { Recognizer } from "../recognizer";
import { columnSynonym, FINAL07_COLUMNS } from "../synonyms/final";
import { blocksOf, readSubjectTable, type HeaderColumn } from "./helpers";

/** 表7 column keys; 小计/基本支出/项目支出 are those of 本年支出 (synonyms: FINAL07_COLUMNS). */
export function final07Column(h: HeaderColumn): string | null {
  return columnSynonym(FINAL07_COLUMNS, h.leaf, h.path.slice(0, -1));
}

/** 公开07表 政府性基金预算财政拨款收入支出决算表 (often disclosed empty). */
export const final07Recognizer: Recognizer = {
  family: "公开07表 政府性基金预算财政拨款收入支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.07").flatMap((b) => readSubjectTable(b, final07Column) ?? []);
  },
};
