import type { Recognizer } from "../recognizer";
import type { Line } from "../../model/common";
import type { Figure } from "../../values/figure";
import { toA1 } from "../../sheet/a1";
import { amountColumn, blocksOf, finish, halvesOf, lineLabel, MoneyReader, scanSummaryLines, type Block } from "./helpers";

/** Income lines 一 … 八 of 表1, by what their label says. */
const INCOME: [string, RegExp][] = [
  ["generalBudget", /一般公共预算财政拨款/],
  ["govFund", /政府性基金预算财政拨款/],
  ["stateCapital", /国有资本经营预算财政拨款/],
  ["superiorSubsidy", /上级补助/],
  ["affiliatedIncome", /附属单位上缴/],
  ["businessIncome", /事业收入/],
  ["operatingIncome", /经营收入/],
  ["otherIncome", /其他收入/],
];

/** The total lines of each half, by label (checked before ordinary lines: "本年收入合计" is no income line). */
const INCOME_TOTALS: [string, RegExp][] = [
  ["incomeTotal", /本年收入合计|^收入合计$/],
  ["nonFiscalBalanceUsed", /使用非财政拨款结余/],
  ["incomeCarryIn", /年初结转和结余/],
  ["incomeGrandTotal", /^(收入)?总计$/],
];
const EXPENDITURE_TOTALS: [string, RegExp][] = [
  ["expenditureTotal", /本年支出合计|^支出合计$/],
  ["surplusDistribution", /结余分配/],
  ["expenditureCarryOut", /年末结转和结余/],
  ["expenditureGrandTotal", /^(支出)?总计$/],
];

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
  const readHalf = (r: number, labelCol: number, amountCol: number, totalsOf: [string, RegExp][], lines: Line[], keyOf: (k: string) => string | null) => {
    const label = lineLabel(g, r, labelCol);
    if (!label) return;
    const total = totalsOf.find(([, re]) => re.test(label.key))?.[0];
    if (total) totals[total] = money.at(r, amountCol);
    else if (!label.key.startsWith("其中")) lines.push({ key: keyOf(label.key), label: label.label, labelCell: toA1(r, labelCol), amount: money.at(r, amountCol) });
  };
  const last = scanSummaryLines(g, h.dataStart, block.limit, (r) => {
    readHalf(r, h.leftLabelCol, leftAmount, INCOME_TOTALS, incomeLines, (k) => INCOME.find(([, re]) => re.test(k))?.[0] ?? null);
    readHalf(r, h.rightLabelCol, rightAmount, EXPENDITURE_TOTALS, expenditureLines, (k) => (/支出$/.test(k) ? k : null));
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
