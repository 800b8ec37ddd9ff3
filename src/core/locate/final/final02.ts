import type { Recognizer } from "../recognizer";
import { blocksOf, readSubjectTable, type HeaderColumn } from "./helpers";

/** 表2 column keys from header labels (leaf first: "本年收入合计" before "财政拨款收入"). */
export function final02Column(h: HeaderColumn): string | null {
  const l = h.leaf;
  if (/本年收入合计|^收入合计$|^合计$|^小计$/.test(l)) return "total";
  if (/财政拨款/.test(l)) return "fiscal";
  if (/上级补助/.test(l)) return "superior";
  if (/附属单位/.test(l)) return "affiliated";
  if (/事业收入/.test(l)) return "business";
  if (/经营收入/.test(l)) return "operating";
  if (/其他收入/.test(l)) return "other";
  return null;
}

/** 公开02表 收入决算表. */
export const final02Recognizer: Recognizer = {
  family: "公开02表 收入决算表",
  recognize(grid) {
    return blocksOf(grid, "final.02").flatMap((b) => readSubjectTable(b, final02Column) ?? []);
  },
};
