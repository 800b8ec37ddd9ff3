import type { OverallSelfEval, TaskRow } from "../../model/selfeval";
import type { Line } from "../../model/common";
import { normalizeLabel } from "../../values/text";
import type { Grid } from "../grid";
import type { Recognition, Recognizer } from "../recognizer";
import { moneyColumns, readLines, readMoneyRow } from "./money";
import { EXPENDITURE_LINES, INCOME_LINES } from "../synonyms/selfeval";
import {
  anchors,
  firstAnchor,
  blockUnit,
  blockYear,
  displayText,
  extentA1,
  FigureReader,
  goalsIn,
  isTitleLike,
  OTHER_TABLE_TITLE,
  ratingIn,
  readIndicatorTable,
  signaturesIn,
  splitAt,
  titleText,
  valueBeside,
  type Hit,
} from "./shared";

const DEFAULT_TITLE = "部门整体支出绩效自评表";

const isOverallTitle = (l: string) => l.includes("整体支出绩效自评表") && isTitleLike(l);

/**
 * 部门整体支出绩效自评表, Hunan (年度资金总额, 按收入性质分 / 按支出性质分) or Shaanxi (年度主要任务, 金额合计).
 * Found by its title, or — without one — by 按收入性质分 / 年度主要任务 on a sheet that holds no 项目名称
 * (a 项目表 also has money rows, but never those two).
 */
export const overallSelfEvalRecognizer: Recognizer = {
  family: "部门整体支出绩效自评表",
  recognize(grid: Grid): Recognition[] {
    // The words the title or the markers below need: other sheets are not searched.
    if (!grid.mentions("整体支出绩效自评表") && !grid.mentions("按收入性质分") && !grid.mentions("年度主要任务")) return [];
    const titles = anchors(grid, isOverallTitle);
    if (titles.length > 0) {
      return splitAt(
        titles.map((t) => t.row),
        grid.bottom,
      ).flatMap((b) => readOverall(grid, b.top, endOfBlock(grid, b.top, b.bottom), titles.find((t) => t.row === b.top)));
    }
    const marker = firstAnchor(grid, (l) => l.startsWith("按收入性质分") || l.startsWith("年度主要任务"));
    if (!marker || firstAnchor(grid, (l) => l.startsWith("项目名称"))) return [];
    const top = Math.max(grid.top, marker.row - 3);
    return readOverall(grid, top, endOfBlock(grid, marker.row, grid.bottom), undefined);
  },
};

/** A block ends where another family's table starts (a 项目表 pasted below the 整体表). */
function endOfBlock(grid: Grid, top: number, bottom: number): number {
  const next = firstAnchor(grid, (l) => OTHER_TABLE_TITLE.test(l) && isTitleLike(l) && !isOverallTitle(l), top + 1, bottom);
  return next ? next.row : bottom;
}

function readOverall(grid: Grid, top: number, bottom: number, title: Hit | undefined): Recognition[] {
  const unit = blockUnit(grid, top, bottom);
  const fig = new FigureReader(grid, unit);
  const taskAnchor = firstAnchor(grid, (l) => l.startsWith("年度主要任务"), top, bottom);
  const moneyAnchor = firstAnchor(grid, (l) => l.startsWith("年度资金总额"), top, bottom);
  const indicatorTable = readIndicatorTable(grid, fig, top, bottom);
  if (!taskAnchor && !moneyAnchor && !indicatorTable) return [];

  const nameHit = firstAnchor(grid, (l) => /^(预算部门名称|部门\(单位\)名称|单位名称|部门名称|预算单位名称)/.test(l), top, bottom);
  const goalsTop = firstAnchor(grid, (l) => l.startsWith("年度总体目标"), top, bottom)?.row ?? indicatorTable?.headerRow ?? bottom;

  let money = null;
  let byIncome: Line[] = [];
  let byExpenditure: Line[] = [];
  let tasks: TaskRow[] = [];
  let taskTotal: TaskRow | null = null;
  if (taskAnchor) {
    ({ tasks, taskTotal } = readTasks(grid, fig, taskAnchor, goalsTop));
  } else if (moneyAnchor) {
    money = readMoneyRow(fig, moneyAnchor.row, moneyAnchor.col, moneyColumns(grid, moneyAnchor.row, moneyAnchor.col, top), "total");
    const income = firstAnchor(grid, (l) => l.startsWith("按收入性质分"), top, goalsTop);
    const expenditure = firstAnchor(grid, (l) => l.startsWith("按支出性质分"), top, goalsTop);
    const linesTop = Math.min(income?.row ?? goalsTop, expenditure?.row ?? goalsTop) + 1;
    const split = expenditure && income && expenditure.col > income.col ? expenditure.col : grid.right;
    if (income) byIncome = readLines(fig, INCOME_LINES, linesTop, goalsTop, grid.left, split);
    if (expenditure) byExpenditure = readLines(fig, EXPENDITURE_LINES, linesTop, goalsTop, expenditure.col, grid.right);
  }

  const table: OverallSelfEval = {
    kind: "selfeval.overall",
    layout: taskAnchor ? "shaanxi" : "hunan",
    sheet: grid.name,
    range: extentA1(grid, top, bottom),
    title: titleText(grid, title, DEFAULT_TITLE),
    unit,
    unitName: nameHit ? valueBeside(grid, nameHit.row, nameHit.col) : null,
    year: blockYear(grid, top),
    goals: goalsIn(grid, top, indicatorTable?.headerRow ?? bottom),
    indicators: indicatorTable?.indicators ?? [],
    levelOne: indicatorTable?.levelOne ?? [],
    totalWeight: indicatorTable?.totalWeight ?? null,
    totalScore: indicatorTable?.totalScore ?? null,
    rating: ratingIn(grid, indicatorTable?.lastRow ?? top, bottom),
    signatures: signaturesIn(grid, indicatorTable?.lastRow ?? top, bottom),
    money,
    byIncome,
    byExpenditure,
    tasks,
    taskTotal,
  };
  return [
    {
      table,
      location: { kind: "selfeval.overall", sheet: grid.name, range: table.range, title: table.title },
      problems: fig.problems,
    },
  ];
}

type TaskColumn = keyof Omit<TaskRow, "name"> | "name";

/** Header words of the 年度主要任务 block; the combined text of the header rows decides ("全年预算数" + "总额"). */
function taskColumn(text: string): TaskColumn | "completion" | null {
  if (text.includes("任务名称") || text === "任务") return "name";
  if (text.includes("主要内容")) return "content";
  if (text.includes("完成情况")) return "completion";
  if (text.includes("执行率")) return "rate";
  if (text.startsWith("分值")) return "weight";
  if (text.startsWith("得分")) return "score";
  const part = text.includes("财政") ? "Fiscal" : text.includes("其他") ? "Other" : text.includes("总额") || text.includes("合计") ? "Total" : null;
  if (!part) return null;
  if (text.includes("执行")) return `execution${part}` as TaskColumn;
  if (text.includes("预算")) return `budget${part}` as TaskColumn;
  return null;
}

const SUB_HEADER = /^(总额|合计|小计|财政拨款|其他资金)$/;

/** Shaanxi 年度主要任务 rows up to 金额合计 (or the 年度总体目标 block). */
function readTasks(grid: Grid, fig: FigureReader, anchor: Hit, bottom: number): { tasks: TaskRow[]; taskTotal: TaskRow | null } {
  let headerEnd = anchor.row;
  for (let c = anchor.col + 1; c < grid.right; c++) {
    if (SUB_HEADER.test(grid.label(anchor.row + 1, c).replace(/[()（）]/g, ""))) headerEnd = anchor.row + 1;
  }
  const cols: Partial<Record<TaskColumn, number>> = {};
  for (let c = anchor.col + 1; c < grid.right; c++) {
    const pieces: string[] = [];
    for (let r = anchor.row; r <= headerEnd; r++) {
      const l = grid.shownLabel(r, c);
      if (l && !pieces.includes(l)) pieces.push(l);
    }
    const key = taskColumn(pieces.join(""));
    if (key && key !== "completion" && cols[key] === undefined) cols[key] = c;
  }
  const tasks: TaskRow[] = [];
  if (cols.name === undefined) return { tasks, taskTotal: null };
  const nameCol = cols.name;
  const figure = (r: number, key: TaskColumn, read: "money" | "rate" | "plain") => {
    const c = cols[key];
    return c === undefined ? null : fig[read](r, c);
  };
  const readRow = (r: number, nameRow: number, nameColumn: number): TaskRow => ({
    name: grid.text(nameRow, nameColumn)!,
    content: cols.content !== undefined ? displayText(grid, r, cols.content) : null,
    budgetTotal: figure(r, "budgetTotal", "money"),
    budgetFiscal: figure(r, "budgetFiscal", "money"),
    budgetOther: figure(r, "budgetOther", "money"),
    executionTotal: figure(r, "executionTotal", "money"),
    executionFiscal: figure(r, "executionFiscal", "money"),
    executionOther: figure(r, "executionOther", "money"),
    weight: figure(r, "weight", "plain"),
    rate: figure(r, "rate", "rate"),
    score: figure(r, "score", "plain"),
  });
  for (let r = headerEnd + 1; r < bottom; r++) {
    const total = totalLabelIn(grid, r, anchor.col, nameCol);
    if (total) return { tasks, taskTotal: readRow(r, r, total) };
    if (!grid.text(r, nameCol)) continue;
    if (/^(年度总体目标|三级指标|一级指标)/.test(normalizeLabel(grid.raw(r, nameCol)))) break;
    tasks.push(readRow(r, r, nameCol));
  }
  return { tasks, taskTotal: null };
}

/** Column of a "金额合计" / "合计" label in a row (it may sit under 年度主要任务 or under 任务名称). */
function totalLabelIn(grid: Grid, row: number, from: number, to: number): number | undefined {
  for (let c = from; c <= to; c++) {
    const l = grid.label(row, c);
    if (/^(金额合计|合计|总计)/.test(l)) return c;
  }
  return undefined;
}
