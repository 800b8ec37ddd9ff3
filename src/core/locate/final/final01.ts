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
  const last = scanSummaryLines(g, h.dataStart, block.limit, (r) => {
    const left = lineLabel(g, r, h.leftLabelCol);
    if (left) {
      const k = left.key;
      const total = /本年收入合计|^收入合计$/.test(k)
        ? "incomeTotal"
        : /使用非财政拨款结余/.test(k)
          ? "nonFiscalBalanceUsed"
          : /年初结转和结余/.test(k)
            ? "incomeCarryIn"
            : /^(收入)?总计$/.test(k)
              ? "incomeGrandTotal"
              : null;
      if (total) totals[total] = money.at(r, leftAmount);
      else if (!k.startsWith("其中")) {
        const key = INCOME.find(([, re]) => re.test(k))?.[0] ?? null;
        incomeLines.push({ key, label: left.label, labelCell: toA1(r, h.leftLabelCol), amount: money.at(r, leftAmount) });
      }
    }
    const right = lineLabel(g, r, h.rightLabelCol);
    if (right) {
      const k = right.key;
      const total = /本年支出合计|^支出合计$/.test(k)
        ? "expenditureTotal"
        : /结余分配/.test(k)
          ? "surplusDistribution"
          : /年末结转和结余/.test(k)
            ? "expenditureCarryOut"
            : /^(支出)?总计$/.test(k)
              ? "expenditureGrandTotal"
              : null;
      if (total) totals[total] = money.at(r, rightAmount);
      else if (!k.startsWith("其中")) {
        const key = /支出$/.test(k) ? k : null;
        expenditureLines.push({ key, label: right.label, labelCell: toA1(r, h.rightLabelCol), amount: money.at(r, rightAmount) });
      }
    }
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
