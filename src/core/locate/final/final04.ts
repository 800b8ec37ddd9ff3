import type { Recognizer } from "../recognizer";
import type { Line, SubjectRow } from "../../model/common";
import type { Figure } from "../../values/figure";
import { toA1 } from "../../sheet/a1";
import { BUDGETS, columnSynonym, FINAL04_COLUMNS, FINAL04_EXPENDITURE_TOTALS, FINAL04_INCOME_TOTALS, synonymOf } from "../synonyms/final";
import {
  amountColumn,
  blocksOf,
  codeAndName,
  finish,
  halvesOf,
  keyedColumns,
  lineLabel,
  MoneyReader,
  scanSummaryLines,
  type Block,
  type HeaderColumn,
} from "./helpers";

/** Which budget a label names (income line, carry-over line or expenditure column). */
function budgetOf(label: string): "general" | "fund" | "stateCapital" | null {
  return synonymOf(BUDGETS, label) as "general" | "fund" | "stateCapital" | null;
}

function expenditureColumn(h: HeaderColumn): string | null {
  return columnSynonym(FINAL04_COLUMNS, h.leaf, h.path.slice(0, -1));
}

function read04(block: Block) {
  const g = block.grid;
  const h = halvesOf(block);
  if (!h) return null;
  const leftAmount = amountColumn(h, h.leftLabelCol, h.rightLabelCol);
  const columns = keyedColumns(
    h.headers.filter((x) => x.col > h.rightLabelCol),
    expenditureColumn,
    g,
  );
  if (leftAmount === undefined || columns.length === 0) return null;

  const money = new MoneyReader(block);
  const split = (r: number) => Object.fromEntries(columns.map((c) => [c.key, money.at(r, c.col)])) as Record<string, Figure>;
  const incomeLines: Line[] = [];
  const carryIn: Line[] = [];
  let carryInLine: Line | null = null;
  let incomeTotal: Figure | null = null;
  let incomeGrandTotal: Figure | null = null;
  const expenditureRows: SubjectRow[] = [];
  let expenditureTotal: Record<string, Figure> = {};
  let carryOut: Record<string, Figure> = {};
  let expenditureGrandTotal: Record<string, Figure> = {};
  // Left lines before 本年收入合计 are income; budget lines after 年初…结转和结余 split the carry-over.
  let phase: "income" | "afterTotal" | "carryIn" = "income";
  const last = scanSummaryLines(g, h.dataStart, block.limit, (r) => {
    const left = lineLabel(g, r, h.leftLabelCol);
    if (left) {
      const k = left.key;
      const line = (key: string | null): Line => ({ key, label: left.label, labelCell: toA1(r, h.leftLabelCol), amount: money.at(r, leftAmount) });
      const total = synonymOf(FINAL04_INCOME_TOTALS, k);
      if (total === "incomeTotal") {
        incomeTotal = money.at(r, leftAmount);
        phase = "afterTotal";
      } else if (total === "carryIn") {
        carryInLine = line(null);
        phase = "carryIn";
      } else if (total === "incomeGrandTotal") {
        incomeGrandTotal = money.at(r, leftAmount);
      } else if (phase === "income") {
        incomeLines.push(line(budgetOf(k)));
      } else if (phase === "carryIn") {
        carryIn.push(line(budgetOf(k)));
      }
    }
    const right = lineLabel(g, r, h.rightLabelCol);
    if (right) {
      const k = right.key;
      const total = synonymOf(FINAL04_EXPENDITURE_TOTALS, k);
      if (total === "expenditureTotal") expenditureTotal = split(r);
      else if (total === "carryOut") carryOut = split(r);
      else if (total === "expenditureGrandTotal") expenditureGrandTotal = split(r);
      else if (!k.startsWith("其中")) {
        const coded = codeAndName(right.label);
        expenditureRows.push({
          code: coded?.code ?? null,
          name: coded?.name ?? k,
          level: "class",
          labelCell: toA1(r, h.rightLabelCol),
          values: split(r),
        });
      }
    }
    return incomeGrandTotal !== null && Object.keys(expenditureGrandTotal).length > 0;
  });
  if (incomeLines.length === 0 && expenditureRows.length === 0) return null;
  // Without a split by budget, the 年初 line itself is all the table says about the carry-over.
  const carryInTotal = (carryInLine as Line | null)?.amount ?? null;
  if (carryIn.length === 0 && carryInLine) carryIn.push(carryInLine);
  return finish(
    block,
    last,
    {
      kind: "final.04",
      incomeLines,
      incomeTotal,
      carryIn,
      carryInTotal,
      incomeGrandTotal,
      columns: columns.map(({ key, label, cell }) => ({ key, label, cell })),
      expenditureRows,
      expenditureTotal,
      carryOut,
      expenditureGrandTotal,
    },
    money.problems,
  );
}

/** 公开04表 财政拨款收入支出决算总表. */
export const final04Recognizer: Recognizer = {
  family: "公开04表 财政拨款收入支出决算总表",
  recognize(grid) {
    return blocksOf(grid, "final.04").flatMap((b) => read04(b) ?? []);
  },
};
