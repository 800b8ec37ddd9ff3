import type { MoneyRow } from "../../model/selfeval";
import type { Line } from "../../model/common";
import { nfkc, tidyText } from "../../values/text";
import type { Grid } from "../grid";
import { parseCell } from "../../values/parse";
import { afterCell, anchors, isWord, mergeBottom, type FigureReader } from "./shared";
import { synonymOf, type SynonymCatalogue } from "../synonyms/selfeval";

type MoneyColumn = "initialBudget" | "fullYearBudget" | "execution" | "weight" | "rate" | "score";

const MONEY_HEADERS: [MoneyColumn, (l: string) => boolean][] = [
  ["initialBudget", (l) => l.includes("年初预算")],
  ["fullYearBudget", (l) => l.includes("全年预算") || (l.includes("预算数") && !l.includes("年初"))],
  ["rate", (l) => l.includes("执行率")],
  ["execution", (l) => l.includes("全年执行") || l.includes("执行数")],
  ["weight", (l) => l.startsWith("分值")],
  ["score", (l) => l.startsWith("得分")],
];

export type MoneyColumns = Partial<Record<MoneyColumn, number>>;

/**
 * The columns of the money header (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分) in the few rows
 * above a money row; merged headers are resolved, the nearest row wins.
 */
export function moneyColumns(grid: Grid, row: number, labelCol: number, top: number): MoneyColumns {
  const cols: MoneyColumns = {};
  const taken: number[] = [];
  for (let r = row - 1; r >= Math.max(top, row - 3); r--) {
    for (let c = labelCol + 1; c < grid.right; c++) {
      const l = grid.shownLabel(r, c);
      if (!l) continue;
      const found = MONEY_HEADERS.find(([key, test]) => test(l) && cols[key] === undefined);
      if (found && !taken.includes(c)) {
        cols[found[0]] = c;
        taken.push(c);
      }
    }
  }
  return cols;
}

/** One money row read through the header's columns; a column the header lacks gives null. */
export function readMoneyRow(fig: FigureReader, row: number, labelCol: number, cols: MoneyColumns, key: string): MoneyRow {
  const at = (col: number | undefined, read: (r: number, c: number) => ReturnType<FigureReader["money"]>) =>
    col === undefined ? null : read(row, col);
  return {
    key,
    label: tidyText(fig.grid.raw(row, labelCol)),
    labelCell: fig.grid.ref(row, labelCol).cell,
    initialBudget: at(cols.initialBudget, (r, c) => fig.money(r, c)),
    fullYearBudget: at(cols.fullYearBudget, (r, c) => fig.money(r, c)),
    execution: at(cols.execution, (r, c) => fig.money(r, c)),
    weight: at(cols.weight, (r, c) => fig.plain(r, c)),
    rate: at(cols.rate, (r, c) => fig.rate(r, c)),
    score: at(cols.score, (r, c) => fig.plain(r, c)),
  };
}

/** "其中：" in front of a line ("其中:基本支出:"): the line is a part, its name follows. */
const SUB_ITEM = /^其中[:：]\s*/;

/** A line's label as the catalogue matches it: normalised, without a "其中：" prefix. */
function lineKey(catalogue: SynonymCatalogue, label: string): string | null {
  return synonymOf(catalogue, label.replace(SUB_ITEM, ""));
}

/**
 * A line label split from an amount typed after its colon ("其他资金：40.00"); a "其中：" prefix stays with
 * the label ("其中:基本支出:" is the label 其中:基本支出 with no amount).
 */
function splitLabel(raw: unknown): { label: string; inline: string | null } {
  const text = nfkc(String(raw ?? "")).trim();
  const prefix = SUB_ITEM.exec(text)?.[0] ?? "";
  const rest = text.slice(prefix.length);
  const colon = /^(.*?)[:：]\s*(.*)$/.exec(rest);
  const label = colon ? colon[1] : rest;
  return { label: tidyText(prefix.replace(/\s+$/, "") + label), inline: colon && colon[2].trim() ? colon[2] : null };
}

/** Column of the first figure right of a label, before the next word or `limit`; undefined when none. */
function figureBeside(grid: Grid, row: number, col: number, limit: number): number | undefined {
  for (let c = afterCell(grid, row, col); c < Math.min(limit, grid.right); c++) {
    if (grid.isCovered(row, c)) continue;
    const v = grid.raw(row, c);
    if (v === null || v === "") continue;
    return isWord(v) ? undefined : c;
  }
  return undefined;
}

/**
 * Labelled lines in rows [top, bottom) between columns [left, right): "一般公共预算：" | 1,270.60, or
 * "其他资金：40.00" in one cell, or — when the labels run across one row — the amounts under them. A blank
 * amount gives a null figure at the cell where it belongs.
 */
export function readLines(
  fig: FigureReader,
  catalogue: SynonymCatalogue,
  top: number,
  bottom: number,
  left: number,
  right: number,
): Line[] {
  const grid = fig.grid;
  const hits: { row: number; col: number; key: string }[] = [];
  for (const hit of anchors(grid, (l) => lineKey(catalogue, l) !== null, top, bottom)) {
    if (hit.col < left || hit.col >= right) continue;
    const key = lineKey(catalogue, hit.label)!;
    if (!hits.some((h) => h.key === key)) hits.push({ row: hit.row, col: hit.col, key });
  }
  const below = (h: { row: number; col: number }) => mergeBottom(grid, h.row, h.col) + 1;
  const beside = hits.filter((h) => figureBeside(grid, h.row, h.col, right) !== undefined).length;
  const under = hits.filter((h) => parseCell(grid.raw(below(h), h.col), grid.format(below(h), h.col)).kind === "number").length;
  const vertical = under > beside;
  return hits.map((h) => {
    const { label, inline } = splitLabel(grid.raw(h.row, h.col));
    const labelCell = grid.ref(h.row, h.col).cell;
    if (inline) return { key: h.key, label, labelCell, amount: fig.inlineMoney(inline, h.row, h.col) };
    if (vertical) return { key: h.key, label, labelCell, amount: fig.money(below(h), h.col) };
    const c = figureBeside(grid, h.row, h.col, right) ?? Math.min(afterCell(grid, h.row, h.col), grid.right - 1);
    return { key: h.key, label, labelCell, amount: fig.money(h.row, c) };
  });
}
