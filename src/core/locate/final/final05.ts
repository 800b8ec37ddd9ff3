import type { Recognizer } from "../recognizer";
import { columnSynonym, SPENDING_COLUMNS } from "../synonyms/final";
import { blocksOf, readSubjectTable, type HeaderColumn } from "./helpers";

/** 本年支出 小计 (or 合计) / 基本支出 / 项目支出: the columns of 表5 and of 表8 (synonyms: SPENDING_COLUMNS). */
export function spendingColumn(h: HeaderColumn): string | null {
  return columnSynonym(SPENDING_COLUMNS, h.leaf, h.path.slice(0, -1));
}

/** 公开05表 一般公共预算财政拨款支出决算表 (the title tells it from 表8, whose columns are the same). */
export const final05Recognizer: Recognizer = {
  family: "公开05表 一般公共预算财政拨款支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.05").flatMap((b) => readSubjectTable(b, spendingColumn) ?? []);
  },
};
