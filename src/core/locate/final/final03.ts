import type { Recognizer } from "../recognizer";
import { blocksOf, readSubjectTable, type HeaderColumn } from "./helpers";

/** 表3 column keys from header labels. */
export function final03Column(h: HeaderColumn): string | null {
  const l = h.leaf;
  if (/本年支出合计|^支出合计$|^合计$|^小计$/.test(l)) return "total";
  if (/基本支出/.test(l)) return "basic";
  if (/项目支出/.test(l)) return "project";
  if (/上缴上级/.test(l)) return "toSuperior";
  if (/附属单位/.test(l)) return "toAffiliated";
  if (/经营支出/.test(l)) return "operating";
  return null;
}

/** 公开03表 支出决算表. */
export const final03Recognizer: Recognizer = {
  family: "公开03表 支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.03").flatMap((b) => readSubjectTable(b, final03Column) ?? []);
  },
};
