import type { Recognizer } from "../recognizer";
import { blocksOf, readSubjectTable, type HeaderColumn } from "./helpers";

/** 表7 column keys; 小计/基本支出/项目支出 are those of 本年支出. */
export function final07Column(h: HeaderColumn): string | null {
  const l = h.leaf;
  if (/年初.*结转和结余/.test(l)) return "carryIn";
  if (/年末.*结转和结余/.test(l)) return "carryOut";
  if (/基本支出/.test(l)) return "basic";
  if (/项目支出/.test(l)) return "project";
  if (/本年收入/.test(l)) return "income";
  if (/本年支出/.test(l) || (/^(小计|合计)$/.test(l) && h.path.some((p) => /支出/.test(p)))) return "total";
  return null;
}

/** 公开07表 政府性基金预算财政拨款收入支出决算表 (often disclosed empty). */
export const final07Recognizer: Recognizer = {
  family: "公开07表 政府性基金预算财政拨款收入支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.07").flatMap((b) => readSubjectTable(b, final07Column) ?? []);
  },
};
