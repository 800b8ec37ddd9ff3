import type Decimal from "decimal.js";
import type { PackageModel } from "../model/package";
import type { Indicator, MoneyRow, OverallSelfEval, ProjectSelfEval, TaskRow } from "../model/selfeval";
import type { BaseData, TreeRow } from "../model/basedata";
import type { Signatures } from "../model/common";
import type { Figure, TextField } from "../values/figure";
import { formatAmount, formatPlain } from "../values/format";
import type { Attachment, ReportTable, Run, TableCell, TableRow } from "./document";
import type { AttachmentId } from "./outlines";
import { placeholder } from "./compose";
import { tableMissing } from "./lookup";
import { unitNameOf } from "./identity";

/**
 * The attachments reproduce the checked tables from the model as Word tables: figures as the tables state
 * them (money with 2 decimals, rates and scores as recorded), blanks left blank.
 */

function figureRun(f: Figure | null | undefined, format: (v: Decimal, f: Figure) => string): Run[] {
  if (!f || f.value === null) return [];
  return [{ kind: "figure", text: format(f.value, f), sources: [{ sheet: f.sheet, cell: f.cell }] }];
}

const money = (f: Figure | null | undefined) => figureRun(f, (v) => formatAmount(v, 2));
const percent = (f: Figure | null | undefined) => figureRun(f, (v) => `${formatPlain(v, 2)}%`);
const points = (f: Figure | null | undefined) => figureRun(f, (v, fig) => formatPlain(v, Math.min(fig.decimals, 2)));
/** Head counts are whole people, however the cell is formatted ("45.00" → "45"). */
const count = (f: Figure | null | undefined) => figureRun(f, (v) => formatPlain(v, 0));
const quote = (t: TextField | null | undefined): Run[] =>
  t && t.text.trim() ? [{ kind: "quote", text: t.text.trim(), sources: [{ sheet: t.sheet, cell: t.cell }] }] : [];
const text = (s: string): Run[] => [{ kind: "text", text: s }];

function cell(runs: Run[], options: Omit<TableCell, "runs"> = {}): TableCell {
  return { runs, ...options };
}
const label = (s: string, options: Omit<TableCell, "runs"> = {}) => cell(text(s), { align: "center", ...options });
const num = (runs: Run[], options: Omit<TableCell, "runs"> = {}) => cell(runs, { align: "right", ...options });

function signatureRow(s: Signatures, columns: number): TableRow {
  const runs: Run[] = [];
  const part = (name: string, t: TextField | null) => {
    runs.push(...text(`${runs.length ? "　　" : ""}${name}：`), ...quote(t));
  };
  part("填表人", s.preparer);
  part("联系电话", s.phone);
  part("单位负责人", s.head);
  part("填表日期", s.date);
  return { cells: [cell(runs, { colSpan: columns, align: "left" })] };
}

function missingTable(title: string, which: Parameters<typeof tableMissing>[0]): Attachment {
  return {
    title,
    tables: [{ widths: [1], rows: [{ cells: [cell([placeholder(`${title}（${tableMissing(which)}）`)], { align: "left" })] }] }],
  };
}

function treeRows(rows: TreeRow[]): TableRow[] {
  return rows.map((r) => {
    const depth = r.parentKey ? (rows.find((p) => p.key === r.parentKey)?.parentKey ? 2 : 1) : 0;
    return {
      cells: [
        cell(text(`${"　".repeat(depth)}${r.label}`), { align: "left" }),
        num(money(r.previousActual)),
        num(money(r.budget)),
        num(money(r.actual)),
      ],
    };
  });
}

/**
 * Tables are split where the source's column headings start, so each Word table begins with its heading row:
 * only leading heading rows repeat on a new page (rows above them, such as 编制数, would repeat too).
 */
function baseDataTables(b: BaseData): ReportTable[] {
  const staffing: ReportTable = {
    unitNote: "金额单位：万元",
    widths: [5, 2, 2, 2],
    keepWithNext: true,
    rows: [
      {
        cells: [
          label("编制数（人）"),
          num(count(b.staffing.authorized)),
          label("实际在职人数（人）"),
          num(count(b.staffing.actual)),
        ],
      },
      { cells: [label("在职人员控制率"), num(percent(b.staffing.controlRate), { colSpan: 3 })] },
    ],
  };
  const rows: TableRow[] = [
    { header: true, cells: [label("项目"), label("上年决算数"), label("本年预算数"), label("本年决算数")] },
    ...treeRows(b.threePublic),
    ...treeRows(b.projects),
    ...treeRows(b.publicFunds),
    ...treeRows(b.other),
    { cells: [label("楼堂馆所控制情况"), cell(quote(b.buildingControl), { colSpan: 3, align: "left" })] },
    { cells: [label("厉行节约保障措施"), cell(quote(b.savingMeasures), { colSpan: 3, align: "left" })] },
    signatureRow(b.signatures, 4),
  ];
  return [staffing, { widths: [5, 2, 2, 2], rows }];
}

const MONEY_HEADER = ["资金情况", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"];
/** The money block has its own column grid (a table of its own above the indicator table): figures need width. */
const MONEY_WIDTHS = [2.6, 1.9, 2.0, 2.0, 1.0, 1.6, 1.0];

function moneyRow(r: MoneyRow): TableRow {
  return {
    cells: [
      cell(text(r.label), { align: "left" }),
      num(money(r.initialBudget)),
      num(money(r.fullYearBudget)),
      num(money(r.execution)),
      num(points(r.weight)),
      num(percent(r.rate)),
      num(points(r.score)),
    ],
  };
}

function taskRow(t: TaskRow, labelRuns: Run[]): TableRow {
  return {
    cells: [
      cell(labelRuns, { align: "left" }),
      cell(quote(t.content), { align: "left" }),
      num(money(t.budgetTotal)),
      num(money(t.executionTotal)),
      num(points(t.weight)),
      num(percent(t.rate)),
      num(points(t.score)),
    ],
  };
}

/** A 按收入性质 line sits under 全年预算数 (they add up to it), a 按支出性质 line under 全年执行数. */
function natureRow(title: string, label: string, amount: Figure, column: "budget" | "execution"): TableRow {
  const figure = num(money(amount));
  const blank = num([]);
  return {
    cells: [
      cell(text(`${title}${label}`), { align: "left" }),
      blank,
      column === "budget" ? figure : blank,
      column === "execution" ? figure : blank,
      cell([], { colSpan: 3 }),
    ],
  };
}

/**
 * The indicator table: 一级/二级 merged downwards over their 三级 rows as in the original tables.
 * With `notes`, an eighth column 偏差原因分析及改进措施 (项目支出绩效自评表).
 */
function indicatorRows(indicators: Indicator[], notes: boolean): TableRow[] {
  const head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ...(notes ? ["偏差原因分析及改进措施"] : [])];
  const rows: TableRow[] = [{ header: true, cells: head.map((h) => label(h)) }];
  indicators.forEach((ind, i) => {
    const cells: TableCell[] = [];
    const prev = indicators[i - 1];
    if (!prev || prev.level1 !== ind.level1) {
      let span = 1;
      while (indicators[i + span]?.level1 === ind.level1) span++;
      cells.push(label(ind.level1, span > 1 ? { rowSpan: span } : {}));
    }
    if (!prev || prev.level1 !== ind.level1 || prev.level2 !== ind.level2) {
      let span = 1;
      while (indicators[i + span]?.level1 === ind.level1 && indicators[i + span]?.level2 === ind.level2) span++;
      cells.push(label(ind.level2, span > 1 ? { rowSpan: span } : {}));
    }
    cells.push(
      cell(quote(ind.name), { align: "left" }),
      cell(quote(ind.target), { align: "center" }),
      cell(quote(ind.actual), { align: "center" }),
      num(points(ind.weight)),
      num(points(ind.score)),
    );
    if (notes) cells.push(cell(quote(ind.note), { align: "left" }));
    rows.push({ cells });
  });
  return rows;
}

function goalTable(t: OverallSelfEval | ProjectSelfEval, widths: number[]): ReportTable {
  return { widths, keepWithNext: true, rows: goalRows(t, widths.length) };
}

function goalRows(t: OverallSelfEval | ProjectSelfEval, columns: number): TableRow[] {
  return [
    { cells: [label("年度总体目标（预期目标）", { colSpan: 2 }), cell(quote(t.goals.expected), { colSpan: columns - 2, align: "left" })] },
    { cells: [label("年度总体目标（实际完成情况）", { colSpan: 2 }), cell(quote(t.goals.actual), { colSpan: columns - 2, align: "left" })] },
  ];
}

function totalRows(t: OverallSelfEval | ProjectSelfEval, columns: number): TableRow[] {
  const tail = columns - 7;
  return [
    {
      cells: [
        label("总分", { colSpan: 5 }),
        num(points(t.totalWeight)),
        num(points(t.totalScore)),
        ...(tail ? [cell([], { colSpan: tail })] : []),
      ],
    },
    { cells: [label("评价等级", { colSpan: 5 }), cell(quote(t.rating), { colSpan: columns - 5, align: "center" })] },
    signatureRow(t.signatures, columns),
  ];
}

const INDICATOR_WIDTHS = [2.1, 2, 3.4, 2.2, 2.2, 1.3, 1.3];
const PROJECT_INDICATOR_WIDTHS = [1.7, 1.7, 2.8, 1.9, 1.9, 1.3, 1.3, 2.4];

function overallTables(m: PackageModel, t: OverallSelfEval): ReportTable[] {
  const unit = unitNameOf(m);
  const unitRuns: Run[] = t.unitName ? quote(t.unitName) : unit ? [{ kind: "quote", ...unit }] : [];
  const identity: ReportTable = {
    unitNote: "金额单位：万元",
    widths: MONEY_WIDTHS,
    keepWithNext: true,
    rows: [{ cells: [label("预算部门名称"), cell(unitRuns, { colSpan: 6, align: "left" })] }],
  };
  const rows: TableRow[] = [];
  if (t.layout === "shaanxi") {
    rows.push({ header: true, cells: ["年度主要任务", "主要内容", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map((h) => label(h)) });
    t.tasks.forEach((task) => rows.push(taskRow(task, quote(task.name))));
    if (t.taskTotal) rows.push(taskRow(t.taskTotal, text("金额合计")));
  } else {
    rows.push({ header: true, cells: MONEY_HEADER.map((h) => label(h)) });
    if (t.money) rows.push(moneyRow(t.money));
    t.byIncome.forEach((l, i) => rows.push(natureRow(i ? "" : "按收入性质分：", l.label, l.amount, "budget")));
    t.byExpenditure.forEach((l, i) => rows.push(natureRow(i ? "" : "按支出性质分：", l.label, l.amount, "execution")));
  }
  return [
    identity,
    { widths: MONEY_WIDTHS, rows },
    goalTable(t, INDICATOR_WIDTHS),
    { widths: INDICATOR_WIDTHS, rows: [...indicatorRows(t.indicators, false), ...totalRows(t, 7)] },
  ];
}

function projectTables(p: ProjectSelfEval, n: number): ReportTable[] {
  const columns = 8;
  const identity: TableRow[] = [
    { cells: [label("项目名称"), cell(quote(p.projectName), { colSpan: 6, align: "left" })] },
    {
      cells: [
        label("主管部门"),
        cell(quote(p.department), { colSpan: 2, align: "left" }),
        label("实施单位", { colSpan: 2 }),
        cell(quote(p.implementer), { colSpan: 2, align: "left" }),
      ],
    },
  ];
  const money: TableRow[] = [{ header: true, cells: MONEY_HEADER.map((h) => label(h)) }, ...p.money.map(moneyRow)];
  return [
    { caption: `${n}. ${p.projectName?.text.trim() ?? "项目"}`, unitNote: "金额单位：万元", widths: MONEY_WIDTHS, keepWithNext: true, rows: identity },
    { widths: MONEY_WIDTHS, rows: money },
    goalTable(p, PROJECT_INDICATOR_WIDTHS),
    { widths: PROJECT_INDICATOR_WIDTHS, rows: [...indicatorRows(p.indicators, true), ...totalRows(p, columns)] },
  ];
}

const TITLES: Record<AttachmentId, string> = {
  basedata: "部门整体支出绩效评价基础数据表",
  overall: "部门整体支出绩效自评表",
  projects: "项目支出绩效自评表",
};

export function attachmentTitle(id: AttachmentId): string {
  return TITLES[id];
}

export function buildAttachment(m: PackageModel, id: AttachmentId): Attachment {
  const title = TITLES[id];
  if (id === "basedata") return m.basedata ? { title, tables: baseDataTables(m.basedata) } : missingTable(title, "basedata");
  if (id === "overall") return m.overall ? { title, tables: overallTables(m, m.overall) } : missingTable(title, "selfeval.overall");
  if (!m.projects.length) return missingTable(title, "selfeval.project");
  return { title, tables: m.projects.flatMap((p, i) => projectTables(p, i + 1)) };
}
