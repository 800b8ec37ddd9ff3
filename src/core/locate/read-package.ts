import type { SheetSnapshot, WorkbookSnapshot } from "../sheet/snapshot";
import { emptyPackage, type PackageModel } from "../model/package";
import { firstBadColumn, plainlyValid, SheetSnapshotSchema } from "../sheet/snapshot-schema";
import { toA1 } from "../sheet/a1";
import { TableKindSchema, type TableKind } from "../model/common";
import type { ReadProblem } from "../values/figure";
import { Grid } from "./grid";
import type { Recognition, Recognizer } from "./recognizer";
import { finalAccountsRecognizers } from "./final";
import { unreadTitles, type FinalKind } from "./final/helpers";
import { selfEvaluationRecognizers } from "./selfeval";

export const ALL_RECOGNIZERS: Recognizer[] = [...finalAccountsRecognizers, ...selfEvaluationRecognizers];

const TABLE_NAMES: Record<TableKind, string> = {
  "final.01": "公开01表 收入支出决算总表",
  "final.02": "公开02表 收入决算表",
  "final.03": "公开03表 支出决算表",
  "final.04": "公开04表 财政拨款收入支出决算总表",
  "final.05": "公开05表 一般公共预算财政拨款支出决算表",
  "final.06": "公开06表 一般公共预算财政拨款基本支出决算表",
  "final.07": "公开07表 政府性基金预算财政拨款收入支出决算表",
  "final.08": "公开08表 国有资本经营预算财政拨款支出决算表",
  "final.09": "公开09表 财政拨款“三公”经费及会议费、培训费支出决算表",
  "selfeval.overall": "部门整体支出绩效自评表",
  "selfeval.project": "项目支出绩效自评表",
  basedata: "部门整体支出绩效评价基础数据表",
  cover: "封面（单位信息）",
};

export function tableName(kind: TableKind): string {
  return TABLE_NAMES[kind];
}

/** Tables whose absence is worth saying (the cover and 基础数据表 are optional in most provinces). */
const OPTIONAL: TableKind[] = ["basedata", "cover"];
const EXPECTED: TableKind[] = TableKindSchema.options.filter((k) => !OPTIONAL.includes(k));

/** What the host knows besides the sheets. */
export interface ReadOptions {
  /**
   * The workbook's file name (no folder), when the host has one: the CLI and the offline page do, the Excel
   * add-in does not. A name such as "2024年度XX局整体支出绩效自评材料.xlsx" is a further source of the unit name.
   */
  fileName?: string;
}

/**
 * Reads a whole workbook into the package model: every sheet is offered to every recogniser; each table
 * keeps the sheet and range it was found at. Never throws on content: a sheet the host delivered malformed,
 * or a recogniser that fails, is reported as a problem naming the sheet, and the others go on.
 *
 * The snapshot is validated here, where it enters the core (a plain check first, the schema when that fails). The model is not re-validated on every check:
 * it is built by typed code from a valid snapshot, and PackageModelSchema holding for it is proven by the
 * tests (every fixture layout, 1,000 random mutations) — at 2 ms a package it was a fifth of a batch check.
 */
export function readPackage(workbook: WorkbookSnapshot, recognizers: Recognizer[] = ALL_RECOGNIZERS, options: ReadOptions = {}): PackageModel {
  const model = emptyPackage(workbook.name);
  // What the host could not read comes first: a sheet Excel failed to deliver is reported, not lost.
  for (const p of workbook.problems ?? []) model.problems.push({ ...p });
  if (options.fileName) model.fileName = options.fileName;
  const found: Recognition[] = [];
  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) {
    if (!plainlyValid(sheet)) {
      const valid = SheetSnapshotSchema.safeParse(sheet);
      if (!valid.success) {
        model.problems.push(malformed(sheet, valid.error.issues[0]));
        continue;
      }
    }
    // Formulas without a result: their cells read as empty but are unknown (structure.uncalculated says so).
    if (sheet.uncalculated?.length) (model.uncalculated ??= []).push(...sheet.uncalculated.map((cell) => ({ sheet: sheet.name, cell })));
    const grid = new Grid(sheet);
    grids.push(grid);
    for (const r of recognizers) {
      try {
        found.push(...r.recognize(grid));
      } catch (e) {
        model.problems.push({
          code: "unrecognised-layout",
          message: `工作表“${sheet.name}”按${r.family}识别时出错，已跳过：${e instanceof Error ? e.message : String(e)}`,
          sheet: sheet.name,
        });
      }
    }
  }
  for (const rec of found) place(model, rec);
  for (const kind of EXPECTED) {
    if (model.tables.some((t) => t.kind === kind)) continue;
    // A title we found over a header we could not read is a layout to report, not a missing table.
    const seen = kind.startsWith("final.") ? grids.flatMap((g) => unreadTitles(g, kind as FinalKind).map((u) => ({ ...u, sheet: g.name }))) : [];
    if (seen.length === 0) {
      model.problems.push({ code: "missing-table", message: `未找到${TABLE_NAMES[kind]}` });
      continue;
    }
    for (const u of seen) {
      const header = u.header.length ? `表头为 ${u.header.slice(0, 12).join("、")}${u.header.length > 12 ? ` 等 ${u.header.length} 格` : ""}` : "标题下没有表头";
      model.problems.push({
        code: "unrecognised-layout",
        message: `工作表“${u.sheet}”识别到${TABLE_NAMES[kind]}（标题“${u.title}”，${u.cell}），但未能读取其表头中的金额列（${header}），此表未核对，请核对表头写法`,
        sheet: u.sheet,
        cell: u.cell,
      });
    }
  }
  return model;
}

/** A sheet whose snapshot breaks the schema: a host's fault, named by the first cell (or field) at fault. */
function malformed(sheet: SheetSnapshot, issue: { path: PropertyKey[]; message: string } | undefined): ReadProblem {
  const name = typeof sheet.name === "string" ? sheet.name : "（无名称）";
  const [field, row] = issue?.path ?? [];
  const inGrid = (field === "values" || field === "numberFormats") && typeof row === "number";
  const col = inGrid ? firstBadColumn(field, sheet[field]?.[row]) : undefined;
  const cell = inGrid && col !== undefined ? toA1(row + (sheet.origin?.row ?? 0), col + (sheet.origin?.col ?? 0)) : undefined;
  return {
    code: "unreadable-file",
    message: `工作表“${name}”${cell ? `单元格 ${cell} ` : ""}的数据无法读取（${issue?.message ?? "格式不符"}），已跳过该表`,
    sheet: name,
    ...(cell ? { cell } : {}),
  };
}

function place(model: PackageModel, rec: Recognition): void {
  const { table, location, problems } = rec;
  const keep = (accepted: boolean) => {
    if (accepted) {
      model.tables.push(location);
      model.problems.push(...problems);
    } else {
      model.problems.push(ambiguous(location));
    }
  };
  switch (table.kind) {
    case "selfeval.project":
      model.projects.push(table);
      keep(true);
      return;
    case "selfeval.overall":
      keep(setOnce(model, "overall", table));
      return;
    case "basedata":
      keep(setOnce(model, "basedata", table));
      return;
    case "cover":
      keep(setOnce(model, "cover", table));
      return;
    default: {
      const key = `t${table.kind.slice(6)}` as keyof PackageModel["final"];
      if (model.final[key]) return keep(false);
      (model.final as Record<string, unknown>)[key] = table;
      keep(true);
    }
  }
}

function setOnce<K extends "overall" | "basedata" | "cover">(model: PackageModel, key: K, value: PackageModel[K]): boolean {
  if (model[key]) return false;
  model[key] = value;
  return true;
}

function ambiguous(location: { kind: TableKind; sheet: string; range: string }): ReadProblem {
  return {
    code: "ambiguous-table",
    message: `工作表“${location.sheet}”${location.range} 处又发现一张${TABLE_NAMES[location.kind]}，已按第一张处理`,
    sheet: location.sheet,
  };
}
