import type { Recognizer } from "../recognizer";
import { blocksOf, readSubjectTable } from "./helpers";
import { spendingColumn } from "./final05";

/** 公开08表 国有资本经营预算财政拨款支出决算表 (often disclosed empty). */
export const final08Recognizer: Recognizer = {
  family: "公开08表 国有资本经营预算财政拨款支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.08").flatMap((b) => readSubjectTable(b, spendingColumn) ?? []);
  },
};
