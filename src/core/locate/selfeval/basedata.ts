import type { BaseData, TreeRow } from "../../model/basedata";
import type { Figure, TextField } from "../../values/figure";
import { normalizeLabel, tidyText } from "../../values/text";
import type { Grid } from "../grid";
import { stripNumbering } from "../final/helpers";
import {
  BASEDATA_PARENTS,
  BASEDATA_PROJECTS,
  BASEDATA_PUBLIC_FUNDS,
  BASEDATA_ROOTS,
  BASEDATA_THREE_PUBLIC,
  synonymOf,
  type SynonymCatalogue,
} from "../synonyms/selfeval";
import type { Recognition, Recognizer } from "../recognizer";
import {
  anchors,
  firstAnchor,
  blockUnit,
  blockYear,
  extentA1,
  FigureReader,
  isSignatureLabel,
  isTitleLike,
  mergeBottom,
  OTHER_TABLE_TITLE,
  signaturesIn,
  titleText,
  valueBeside,
  type Hit,
} from "./shared";

const DEFAULT_TITLE = "部门整体支出绩效评价基础数据表";

const isBaseDataTitle = (l: string) => l.includes("基础数据表") && isTitleLike(l);

/**
 * A row label as the catalogue matches it: without "其中：", list numbering ("1、", "(1)", "一、" — a numeral
 * needs its delimiter, so the 三 of a bare "三公经费" stays), quotes and a trailing colon ("项目支出：").
 */
function bare(label: string): string {
  return stripNumbering(label.replace(/^其中[:：]?/, ""))
    .replace(/^[、.．:：]/, "")
    .replace(/[“”"'‘’]/g, "")
    .replace(/[:：]$/, "");
}

type Section = "threePublic" | "projects" | "publicFunds" | "other";

const CHILDREN: Partial<Record<Section, SynonymCatalogue>> = {
  threePublic: BASEDATA_THREE_PUBLIC,
  projects: BASEDATA_PROJECTS,
  publicFunds: BASEDATA_PUBLIC_FUNDS,
};

/** Which section and key a row label opens; `special` rows start the list of 专项. */
function classify(label: string, section: Section | null): { section: Section; key: string; parent: string | null } | null {
  const l = bare(label);
  const root = synonymOf(BASEDATA_ROOTS, l);
  if (root) {
    const [s, key] = root.split(".") as [Section, string];
    return { section: s, key, parent: null };
  }
  const children = section ? CHILDREN[section] : undefined;
  const key = children ? synonymOf(children, l) : null;
  return key ? { section: section!, key, parent: BASEDATA_PARENTS[key] ?? "total" } : null;
}

/**
 * 部门整体支出绩效评价基础数据表 (Hunan): found by its title, or by 编制数 together with 三公经费 and 公用经费.
 * Money columns 上年决算数 / 本年预算数 / 本年决算数 are told apart by "上年"/"本年" or by the years they name.
 */
export const baseDataRecognizer: Recognizer = {
  family: "部门整体支出绩效评价基础数据表",
  recognize(grid: Grid): Recognition[] {
    // The words the title or the 编制数 + trees test below need: other sheets are not searched.
    if (!grid.mentions("基础数据表") && !(grid.mentions("编制") && grid.mentions("三公") && grid.mentions("公用经费"))) return [];
    const title = firstAnchor(grid, isBaseDataTitle);
    let top: number;
    if (title) top = title.row;
    else {
      const staffing = firstAnchor(grid, (l) => l === "编制数" || l.startsWith("编制人数"));
      const hasTrees =
        firstAnchor(grid, (l) => l.includes("三公") && bare(l).startsWith("三公经费")) !== undefined &&
        firstAnchor(grid, (l) => l.includes("公用经费") && bare(l).startsWith("公用经费")) !== undefined;
      if (!staffing || !hasTrees) return [];
      top = Math.max(grid.top, staffing.row - 2);
    }
    const next = firstAnchor(grid, (l) => OTHER_TABLE_TITLE.test(l) && isTitleLike(l) && !isBaseDataTitle(l), top + 1);
    const bottom = next ? next.row : grid.bottom;
    const rec = readBaseData(grid, top, bottom, titleText(grid, title, DEFAULT_TITLE));
    return rec ? [rec] : [];
  },
};

function readBaseData(grid: Grid, top: number, bottom: number, title: string): Recognition | null {
  const unit = blockUnit(grid, top, bottom);
  const fig = new FigureReader(grid, unit);
  const cols = moneyColumnsOf(grid, top, bottom);
  if (!cols) return null;
  const staffing = readStaffing(grid, fig, top, bottom);

  const trees: Record<Section, TreeRow[]> = { threePublic: [], projects: [], publicFunds: [], other: [] };
  let section: Section | null = null;
  let buildingControl = null;
  let savingMeasures = null;
  for (let r = cols.headerEnd + 1; r < bottom; r++) {
    const labelHit = firstLabel(grid, r, cols.first);
    if (!labelHit) continue;
    if (isSignatureLabel(labelHit.label)) break;
    if (labelHit.label.startsWith("楼堂馆所")) {
      buildingControl = valueBeside(grid, r, labelHit.col, 8);
      continue;
    }
    if (labelHit.label.startsWith("厉行节约")) {
      savingMeasures = valueBeside(grid, r, labelHit.col, 8);
      continue;
    }
    let kind = classify(labelHit.label, section);
    const inSpecials = section === "projects" && trees.projects.some((t) => t.key === "special");
    // Under 本级专项资金 every row is one 专项, whatever words its name contains ("医保基金监管专项").
    if (inSpecials && kind?.section === "projects" && kind.key !== "total") kind = null;
    if (!kind && !inSpecials) continue;
    const target: Section = kind ? kind.section : "projects";
    const key = kind ? kind.key : `special:${bare(labelHit.label)}`;
    const parent = kind ? kind.parent : "special";
    section = target;
    if (trees[target].some((t) => t.key === key)) continue;
    trees[target].push({
      key,
      parentKey: parent,
      label: tidyText(grid.raw(r, labelHit.col)),
      labelCell: grid.ref(r, labelHit.col).cell,
      previousActual: figureAt(fig, r, cols.previousActual),
      budget: figureAt(fig, r, cols.budget),
      actual: figureAt(fig, r, cols.actual),
    });
  }
  if (trees.threePublic.length === 0 && trees.publicFunds.length === 0 && trees.projects.length === 0) return null;
  const nameHit = firstAnchor(grid, (l) => /^(单位名称|填报单位|预算部门名称|部门名称|编制单位)/.test(l), top, bottom);
  const table: BaseData = {
    kind: "basedata",
    sheet: grid.name,
    range: extentA1(grid, top, bottom),
    title,
    unit,
    unitName: nameHit ? valueBeside(grid, nameHit.row, nameHit.col) : null,
    year: blockYear(grid, top) ?? cols.year,
    staffing,
    threePublic: trees.threePublic,
    projects: trees.projects,
    publicFunds: trees.publicFunds,
    other: trees.other,
    buildingControl,
    savingMeasures,
    signatures: signaturesIn(grid, top, bottom),
  };
  return { table, location: { kind: "basedata", sheet: grid.name, range: table.range, title }, problems: fig.problems };
}

/** Top-left cell of the merge containing a position (the position itself when not merged). */
function anchorOf(grid: Grid, row: number, col: number): [number, number] {
  const m = grid.mergeAt(row, col);
  return m ? [m.top, m.left] : [row, col];
}

function figureAt(fig: FigureReader, row: number, col: number | undefined): Figure | null {
  return col === undefined ? null : fig.money(row, col);
}

/** First text cell of a row left of the money columns (the row label). */
function firstLabel(grid: Grid, row: number, before: number): Hit | null {
  for (let c = grid.left; c < before; c++) {
    if (grid.isCovered(row, c)) continue;
    const label = grid.label(row, c);
    if (label) return { row, col: c, label };
  }
  return null;
}

/**
 * The 决算数 / 预算数 columns: the header row with both words (merged two-row headers read combined).
 * Two 决算数 columns: "上年" or the earlier year is the previous year's, otherwise the left one.
 */
function moneyColumnsOf(
  grid: Grid,
  top: number,
  bottom: number,
): { previousActual?: number; budget?: number; actual?: number; headerEnd: number; first: number; year: TextField | null } | null {
  for (const hit of anchors(grid, (l) => l.includes("决算数") || l === "决算", top, bottom)) {
    const rows = [hit.row - 1, hit.row].filter((r) => r >= top);
    const heads: { col: number; text: string }[] = [];
    for (let c = grid.left; c < grid.right; c++) {
      const parts: string[] = [];
      for (const r of rows) {
        const l = grid.shownLabel(r, c);
        if (l && !parts.includes(l)) parts.push(l);
      }
      const text = parts.join("");
      if (/决算|预算/.test(text)) heads.push({ col: c, text });
    }
    const budget = heads.find((h) => h.text.includes("预算"));
    const actuals = heads.filter((h) => h.text.includes("决算"));
    if (!budget || actuals.length === 0) continue;
    const year = (t: string) => /((?:19|20)\d{2})/.exec(t)?.[1] ?? "";
    let previous = actuals.find((h) => h.text.includes("上年"));
    let actual = actuals.find((h) => h.text.includes("本年"));
    if (!previous && !actual && actuals.length >= 2) {
      const sorted = [...actuals].sort((a, b) => year(a.text).localeCompare(year(b.text)) || a.col - b.col);
      previous = sorted[0];
      actual = sorted[sorted.length - 1];
    }
    if (!actual) actual = actuals.find((h) => h !== previous);
    const headerEnd = Math.max(...heads.map((h) => mergeBottom(grid, hit.row, h.col)), hit.row);
    const first = Math.min(...heads.map((h) => h.col));
    const actualYear = actual ? year(actual.text) : "";
    const yearRow = actual && actualYear ? rows.find((r) => grid.shownLabel(r, actual!.col).includes(actualYear)) : undefined;
    const yearCell = yearRow !== undefined ? grid.ref(...anchorOf(grid, yearRow, actual!.col)) : null;
    return {
      previousActual: previous?.col,
      budget: budget.col,
      actual: actual?.col,
      headerEnd,
      first,
      year: yearCell ? { text: actualYear, ...yearCell } : null,
    };
  }
  return null;
}

/** 编制数 / 实际在职人数 / 控制率: values under their headers, or beside them. */
function readStaffing(grid: Grid, fig: FigureReader, top: number, bottom: number): BaseData["staffing"] {
  const authorized = firstAnchor(grid, (l) => l === "编制数" || l.startsWith("编制人数") || l.startsWith("编制数"), top, bottom);
  if (!authorized) return { authorized: null, actual: null, controlRate: null };
  const inRow = (test: (l: string) => boolean) =>
    anchors(grid, test, authorized.row, authorized.row + 1).find((h) => h.col > authorized.col);
  const actual = inRow((l) => l.includes("在职人数") || l.includes("实有人数"));
  const rate = inRow((l) => l.includes("控制率"));
  const valueOf = (hit: Hit | undefined, read: "plain" | "rate"): Figure | null => {
    if (!hit) return null;
    const below = mergeBottom(grid, hit.row, hit.col) + 1;
    const v = grid.raw(below, hit.col);
    if (below < bottom && v !== null && v !== "" && !normalizeLabel(v).match(/[\u4e00-\u9fa5]{2,}/)) return fig[read](below, hit.col);
    const right = hit.col + 1;
    return fig[read](hit.row, right);
  };
  return { authorized: valueOf(authorized, "plain"), actual: valueOf(actual, "plain"), controlRate: valueOf(rate, "rate") };
}
