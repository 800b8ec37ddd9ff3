import type { Recognizer } from "../recognizer";
import type { EconomicGroup, EconomicItem } from "../../model/final";
import type { Figure } from "../../values/figure";
import { mergeAt } from "../../sheet/snapshot";
import { toA1 } from "../../sheet/a1";
import { CODE_PART_HEADERS, ECONOMIC_AMOUNT_HEADER, ECONOMIC_CODE_HEADER, FINAL06_TOTALS, synonymOf } from "../synonyms/final";
import { blankRow, blocksOf, codeAndName, codeIn, finish, firstRow, isColumnNumberRow, MoneyReader, rowHas, type Block } from "./helpers";

const CODE_HEADER = ECONOMIC_CODE_HEADER;
const AMOUNT_HEADER = ECONOMIC_AMOUNT_HEADER;

/** One 科目代码 | 科目名称 | 决算数 column group; a split code has its 款 in a column of its own ("301" | "01"). */
interface ColumnGroup {
  code: number;
  section?: number;
  name: number;
  amount: number;
}

/** The 科目代码 of a row in a column group: whole, or its 类 and 款 from two columns ("301" | "01" → 30101). */
function codeOfGroup(g: Block["grid"], r: number, cg: ColumnGroup): string | null {
  const whole = codeIn(g, r, cg.code);
  if (cg.section === undefined || !whole || whole.length !== 3) return whole;
  const v = g.raw(r, cg.section);
  const part = typeof v === "number" && Number.isInteger(v) ? String(v).padStart(2, "0") : g.label(r, cg.section);
  if (!part) return whole;
  return /^\d{2}$/.test(part) ? whole + part : null;
}

function read06(block: Block) {
  const g = block.grid;
  const scanEnd = Math.min(block.limit, block.titleRow + 10);
  const headerRow = firstRow(block.titleRow + 1, scanEnd, (r) => rowHas(g, r, (l) => CODE_HEADER.test(l)));
  if (headerRow === undefined) return null;
  const groups: ColumnGroup[] = [];
  // A code header merged over 类 | 款 sub-headers (the row below) splits the code over two columns.
  const partsRow = headerRow + 1 < block.limit && rowHas(g, headerRow + 1, (l) => CODE_PART_HEADERS.class.test(l)) ? headerRow + 1 : undefined;
  for (let c = g.left, end = g.rowRight(headerRow); c < end; c++) {
    if (!CODE_HEADER.test(g.label(headerRow, c))) continue;
    const split = partsRow !== undefined && CODE_PART_HEADERS.class.test(g.label(partsRow, c)) && CODE_PART_HEADERS.section.test(g.label(partsRow, c + 1));
    const name = split ? c + 2 : c + 1;
    let amount = name + 1;
    for (let k = name; k <= name + 2; k++) if (AMOUNT_HEADER.test(g.label(headerRow, k))) amount = k;
    groups.push({ code: c, section: split ? c + 1 : undefined, name, amount });
  }
  let dataStart = partsRow !== undefined ? partsRow + 1 : headerRow + 1;
  if (dataStart < block.limit && isColumnNumberRow(g, dataStart, g.left, g.right)) dataStart++;

  const money = new MoneyReader(block);
  // Entries per column group, top to bottom: a group's items may continue in the next column group.
  const entries: (EconomicItem & { group: boolean })[] = [];
  const perGroup: (EconomicItem & { group: boolean })[][] = groups.map(() => []);
  let personnelTotal: Figure | null = null;
  let publicTotal: Figure | null = null;
  let last = headerRow;
  let blanks = 0;
  for (let r = dataStart; r < block.limit; r++) {
    if (blankRow(g, r)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    last = r;
    groups.forEach((cg, i) => {
      let code = codeOfGroup(g, r, cg);
      let name = g.label(r, cg.name);
      let labelCol = cg.code;
      if (!code) {
        const both = codeAndName(g.raw(r, cg.code)) ?? codeAndName(g.raw(r, cg.name));
        if (!both) return;
        code = both.code;
        name = both.name;
        labelCol = codeAndName(g.raw(r, cg.code)) ? cg.code : cg.name;
      }
      if (code.length !== 3 && code.length !== 5) return;
      perGroup[i].push({ code, name, labelCell: toA1(r, labelCol), amount: money.at(r, cg.amount), group: code.length === 3 });
    });
    for (let c = g.left, end = g.rowRight(r); c < end; c++) {
      const l = g.label(r, c);
      const total = synonymOf(FINAL06_TOTALS, l);
      if (!total) continue;
      const personnel = total === "personnelTotal";
      // The figure is in the amount column of the column group where the (merged) label ends.
      const end = mergeAt(g.sheet, r, c)?.right ?? c;
      const owner = [...groups].reverse().find((cg) => cg.code <= end);
      const col = owner && owner.amount > end ? owner.amount : end + 1;
      if (personnel) personnelTotal = money.at(r, col);
      else publicTotal = money.at(r, col);
    }
    if (personnelTotal && publicTotal) break;
  }
  for (const list of perGroup) entries.push(...list);
  const result: EconomicGroup[] = entries.filter((e) => e.group).map(({ group: _g, ...e }) => ({ ...e, items: [] }));
  for (const e of entries) {
    if (e.group) continue;
    const owner = result.find((grp) => grp.code === e.code.slice(0, 3));
    const { group: _g, ...item } = e;
    if (owner) owner.items.push(item);
  }
  if (result.length === 0 && !personnelTotal && !publicTotal) return null;
  return finish(block, last, { kind: "final.06", groups: result, personnelTotal, publicTotal }, money.problems);
}

/** 公开06表 一般公共预算财政拨款基本支出决算表. */
export const final06Recognizer: Recognizer = {
  family: "公开06表 一般公共预算财政拨款基本支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.06").flatMap((b) => read06(b) ?? []);
  },
};
