import type { Cover } from "../../model/basedata";
import type { TextField } from "../../values/figure";
import type { Grid } from "../grid";
import type { Recognition, Recognizer } from "../recognizer";
import { blockYear, extentA1, firstAnchor, isTitleLike, OTHER_TABLE_TITLE, signaturesIn, titleText, valueBeside, type Hit } from "./shared";

/** Titles of a cover or identity sheet; a published cover is titled as the report ("2023 年度XX整体支出绩效自评报告"). */
const COVER_TITLE = /(封面|自评材料|评价材料|单位基本信息|单位信息|基本信息表|绩效自评报告)/;

/** The unit a report-like title names: "2023年度" + unit + "(部门)整体支出绩效自评报告". */
const GENERIC_UNIT = /^(本?部门|本?单位|XX|××)$/i;
const UNIT_IN_TITLE = /^(?:(?:19|20)\d{2}年度?)?(.+?)(?:部门)?整体支出绩效自评报告$/;

/** Labels that belong to a table of another family: a sheet holding one is not a cover. */
const OTHER_TABLE = /(三级指标|指标内容|年度资金总额|年度主要任务|科目编码|科目代码|功能分类|经济分类|编制数)/;

/**
 * The cover / identity sheet: a cover-like title (封面, 绩效自评材料, 单位基本信息) with 单位名称 and 年度 or
 * 填表人, on a sheet that holds no table of another family — so a sheet that merely mentions 单位名称 is not
 * taken for a cover.
 */
export const coverRecognizer: Recognizer = {
  family: "封面（单位信息）",
  recognize(grid: Grid): Recognition[] {
    if (!grid.mentions(COVER_TITLE)) return []; // no cover-like title anywhere: not searched label by label
    const title = firstAnchor(grid, (l) => COVER_TITLE.test(l) && isTitleLike(l));
    if (!title) return [];
    if (firstAnchor(grid, (l) => (OTHER_TABLE_TITLE.test(l) && isTitleLike(l)) || OTHER_TABLE.test(l))) return [];
    const top = title.row;
    const bottom = grid.bottom;
    const nameHit = firstAnchor(grid, (l) => /^(单位名称|部门名称|预算部门名称|部门\(单位\)名称|填报单位|编制单位)/.test(l), top, bottom);
    const unitName = (nameHit ? valueBeside(grid, nameHit.row, nameHit.col) : null) ?? unitInTitle(grid, title);
    const signatures = signaturesIn(grid, top, bottom);
    const year = yearField(grid, top, bottom) ?? blockYear(grid, top);
    if (!unitName || (!year && !signatures.preparer)) return [];
    const cover: Cover = {
      kind: "cover",
      sheet: grid.name,
      range: extentA1(grid, top, bottom),
      title: titleText(grid, title, "封面"),
      unitName,
      year,
      signatures,
    };
    return [{ table: cover, location: { kind: "cover", sheet: grid.name, range: cover.range, title: cover.title }, problems: [] }];
  },
};

/** "年度：2024年度" or "年 度" | "2024年度" → "2024", provenance the cell holding it. */
function yearField(grid: Grid, top: number, bottom: number): TextField | null {
  const hit = firstAnchor(grid, (l) => /^(年度|所属年度|评价年度|自评年度)/.test(l), top, bottom);
  const value = hit ? valueBeside(grid, hit.row, hit.col) : null;
  const m = value ? /((?:19|20)\d{2})/.exec(value.text) : null;
  return value && m ? { ...value, text: m[1] } : null;
}

/** The unit named by a report-like title, provenance the title cell; null for a title naming none. */
function unitInTitle(grid: Grid, title: Hit): TextField | null {
  const m = UNIT_IN_TITLE.exec(title.label);
  // "2024年度部门整体支出绩效自评报告" names no unit: 部门 is the kind of evaluation there.
  return m && !GENERIC_UNIT.test(m[1]) ? grid.field(m[1], title.row, title.col) : null;
}
