import type { MoneyRow, ProjectSelfEval } from "../../model/selfeval";
import type { Grid } from "../grid";
import type { Recognition, Recognizer } from "../recognizer";
import { moneyColumns, readMoneyRow } from "./money";
import {
  anchors,
  firstAnchor,
  blockUnit,
  blockYear,
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
} from "./shared";

const DEFAULT_TITLE = "项目支出绩效自评表";

const isProjectTitle = (l: string) => l.includes("项目支出绩效自评表") && isTitleLike(l);
const isProjectName = (l: string) => l.startsWith("项目名称");

/** Money rows below 年度资金总额, by label. */
const MONEY_KEYS: [string, (l: string) => boolean][] = [
  ["currentFiscal", (l) => l.includes("当年财政拨款") || /^其中[:：]?财政拨款/.test(l)],
  ["carryover", (l) => l.includes("上年结转")],
  ["other", (l) => l.startsWith("其他资金") || /^其中[:：]?其他资金/.test(l)],
];

/**
 * 项目支出绩效自评表 — any number per sheet, one below the other. Each table starts at its title
 * ("…项目支出绩效自评表") or, when untitled, at its 项目名称 row, and runs to the next one.
 */
export const projectSelfEvalRecognizer: Recognizer = {
  family: "项目支出绩效自评表",
  recognize(grid: Grid): Recognition[] {
    if (!grid.mentions("项目名称")) return []; // every 项目表 has one: other sheets are not searched
    const names = anchors(grid, isProjectName);
    if (names.length === 0) return [];
    const titles = anchors(grid, isProjectTitle);
    const starts = titles.map((t) => t.row);
    const owned = new Set<number>();
    for (const n of names) {
      const above = starts.filter((s) => s <= n.row);
      const start = above.length ? Math.max(...above) : undefined;
      if (start === undefined || owned.has(start)) {
        starts.push(n.row);
        owned.add(n.row);
      } else {
        owned.add(start);
      }
    }
    // A 项目表 also ends where another family's table starts (the 整体表 pasted below it).
    const foreign = anchors(grid, (l) => OTHER_TABLE_TITLE.test(l) && isTitleLike(l) && !isProjectTitle(l)).map((h) => h.row);
    const found: Recognition[] = [];
    for (const b of splitAt(starts, grid.bottom)) {
      const title = titles.find((t) => t.row === b.top);
      const bottom = Math.min(b.bottom, ...foreign.filter((r) => r > b.top));
      const rec = readProject(grid, b.top, bottom, title ? titleText(grid, title, DEFAULT_TITLE) : DEFAULT_TITLE);
      if (rec) found.push(rec);
    }
    return found;
  },
};

function readProject(grid: Grid, top: number, bottom: number, title: string): Recognition | null {
  const nameHit = firstAnchor(grid, isProjectName, top, bottom);
  if (!nameHit) return null;
  const unit = blockUnit(grid, top, bottom);
  const fig = new FigureReader(grid, unit);
  const totalHit = firstAnchor(grid, (l) => l.startsWith("年度资金总额"), top, bottom);
  const indicatorTable = readIndicatorTable(grid, fig, top, bottom);
  if (!totalHit && !indicatorTable) return null;

  const money: MoneyRow[] = [];
  if (totalHit) {
    const cols = moneyColumns(grid, totalHit.row, totalHit.col, top);
    money.push(readMoneyRow(fig, totalHit.row, totalHit.col, cols, "total"));
    const firstValueCol = Math.min(...Object.values(cols).filter((c): c is number => c !== undefined), grid.right);
    const rowsEnd = Math.min(bottom, totalHit.row + 6);
    for (const hit of anchors(grid, (l) => MONEY_KEYS.some(([, t]) => t(l)), totalHit.row + 1, rowsEnd)) {
      if (hit.col >= firstValueCol) continue;
      const key = MONEY_KEYS.find(([, t]) => t(hit.label))![0];
      if (money.some((m) => m.key === key)) continue;
      money.push(readMoneyRow(fig, hit.row, hit.col, cols, key));
    }
  }
  const label = (prefixes: RegExp) => {
    const hit = firstAnchor(grid, (l) => prefixes.test(l), top, bottom);
    return hit ? valueBeside(grid, hit.row, hit.col) : null;
  };
  const after = indicatorTable?.lastRow ?? top;
  const table: ProjectSelfEval = {
    kind: "selfeval.project",
    sheet: grid.name,
    range: extentA1(grid, top, bottom),
    title,
    unit,
    unitName: label(/^(单位名称|预算单位名称|预算部门名称|填报单位)/),
    year: blockYear(grid, top),
    goals: goalsIn(grid, top, indicatorTable?.headerRow ?? bottom),
    indicators: indicatorTable?.indicators ?? [],
    levelOne: indicatorTable?.levelOne ?? [],
    totalWeight: indicatorTable?.totalWeight ?? null,
    totalScore: indicatorTable?.totalScore ?? null,
    rating: ratingIn(grid, after, bottom),
    signatures: signaturesIn(grid, after, bottom),
    projectName: valueBeside(grid, nameHit.row, nameHit.col),
    department: label(/^(主管部门|主管单位)/),
    implementer: label(/^实施单位/),
    money,
  };
  return {
    table,
    location: { kind: "selfeval.project", sheet: grid.name, range: table.range, title },
    problems: fig.problems,
  };
}
