import type { Recognizer } from "../recognizer";
import type { Line } from "../../model/common";
import type { Figure } from "../../values/figure";
import { toA1 } from "../../sheet/a1";
import {
  FINAL01_EXPENDITURE_LINE,
  FINAL01_EXPENDITURE_TOTALS,
  FINAL01_INCOME_LINES,
  FINAL01_INCOME_TOTALS,
  synonymOf,
  type SynonymCatalogue,
} from "../synonyms/final";
import { amountColumn, blocksOf, finish, halvesOf, lineLabel, MoneyReader, scanSummaryLines, type Block } from "./helpers";

function read01(block: Block) {
  const g = block.grid;
  const h = halvesOf(block);
  if (!h) return null;
  const leftAmount = amountColumn(h, h.leftLabelCol, h.rightLabelCol);
  const rightAmount = amountColumn(h, h.rightLabelCol, g.right);
  if (leftAmount === undefined || rightAmount === undefined) return null;

  const money = new MoneyReader(block);
  const incomeLines: Line[] = [];
  const expenditureLines: Line[] = [];
  const totals: Record<string, Figure | null> = {
    incomeTotal: null,
    nonFiscalBalanceUsed: null,
    incomeCarryIn: null,
    incomeGrandTotal: null,
    expenditureTotal: null,
    surplusDistribution: null,
    expenditureCarryOut: null,
    expenditureGrandTotal: null,
  };
  /** One half's line: a total the model names, or an ordinary line ("其中" sub-lines are skipped). */
  const readHalf = (r: number, labelCol: number, amountCol: number, totalsOf: SynonymCatalogue, lines: Line[], keyOf: (k: string) => string | null) => {
    const label = lineLabel(g, r, labelCol);
    if (!label) return;
    const total = synonymOf(totalsOf, label.key);
    if (total) totals[total] = money.at(r, amountCol);
    else if (!label.key.startsWith("其中")) lines.push({ key: keyOf(label.key), label: label.label, labelCell: toA1(r, labelCol), amount: money.at(r, amountCol) });
  };
  const last = scanSummaryLines(g, h.dataStart, block.limit, (r) => {
    readHalf(r, h.leftLabelCol, leftAmount, FINAL01_INCOME_TOTALS, incomeLines, (k) => synonymOf(FINAL01_INCOME_LINES, k));
    readHalf(r, h.rightLabelCol, rightAmount, FINAL01_EXPENDITURE_TOTALS, expenditureLines, (k) => (FINAL01_EXPENDITURE_LINE.test(k) ? k : null));
    return !!(totals.incomeGrandTotal && totals.expenditureGrandTotal);
  });
  if (incomeLines.length === 0 && expenditureLines.length === 0) return null;
  return finish(block, last, { kind: "final.01", incomeLines, expenditureLines, ...totals }, money.problems);
}

/** 公开01表 收入支出决算总表 (the title tells it from 表4 财政拨款收入支出决算总表). */
export const final01Recognizer: Recognizer = {
  family: "公开01表 收入支出决算总表",
  recognize(grid) {
    return blocksOf(grid, "final.01").flatMap((b) => read01(b) ?? []);
  },
};
