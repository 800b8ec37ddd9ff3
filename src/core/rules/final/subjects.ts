import type { Column, SubjectRow, TableKind } from "../../model/common";
import type { PackageModel } from "../../model/package";
import type { SubjectTable } from "../../model/final";
import { normalizeLabel } from "../../values/text";
import { shortName, cleanLabel } from "../labels";

/** The 科目 tables present in the package, with their kind. */
export function subjectTables(model: PackageModel, kinds: TableKind[]): { kind: TableKind; table: SubjectTable }[] {
  const all: [TableKind, SubjectTable | null][] = [
    ["final.02", model.final.t02],
    ["final.03", model.final.t03],
    ["final.05", model.final.t05],
    ["final.07", model.final.t07],
    ["final.08", model.final.t08],
  ];
  return all.filter((e): e is [TableKind, SubjectTable] => !!e[1] && kinds.includes(e[0])).map(([kind, table]) => ({ kind, table }));
}

const DEPTH: Record<SubjectRow["level"], number> = { total: 0, class: 1, section: 2, item: 3 };

/** The rows one level below `row` (合计 → 类, 类 → its 款, 款 → its 项), by position in the table. */
export function childrenOf(rows: SubjectRow[], row: SubjectRow): SubjectRow[] {
  if (row.level === "item") return [];
  if (row.level === "total") return rows.filter((r) => r.level === "class");
  const start = rows.indexOf(row);
  const children: SubjectRow[] = [];
  for (let i = start + 1; i < rows.length; i++) {
    const r = rows[i];
    if (DEPTH[r.level] <= DEPTH[row.level]) break;
    if (DEPTH[r.level] === DEPTH[row.level] + 1) children.push(r);
  }
  return children;
}

export function totalRow(table: { rows: SubjectRow[] }): SubjectRow | undefined {
  return table.rows.find((r) => r.level === "total");
}

/** "表3 “208 社会保障和就业支出”行" or "表3 合计行". */
export function rowName(kind: TableKind, row: SubjectRow): string {
  if (row.level === "total") return `${shortName(kind)} 合计行`;
  const name = cleanLabel(row.name).replace(/^(\d{3,7})(?=\D)/, "$1 ");
  const label = row.code && !name.startsWith(row.code) ? `${row.code} ${name}` : name;
  return `${shortName(kind)} “${label}”行`;
}

export function columnLabel(columns: Column[], key: string): string {
  return cleanLabel(columns.find((c) => c.key === key)?.label ?? key);
}

/** The 类 name without numbering or code, for matching 类 across tables ("一、一般公共服务支出" → "一般公共服务支出"). */
export function className(row: { code?: string | null; name: string }): string {
  return normalizeLabel(row.name)
    .replace(/^\d{3,7}/, "")
    .replace(/^[一二三四五六七八九十]+[、.．]/, "")
    .replace(/^\d+[、.．]/, "");
}

/** Matches a 类 row of another table: by 科目代码 when both have one, else by name. */
export function sameClass(a: { code?: string | null; name: string }, b: { code?: string | null; name: string }): boolean {
  if (a.code && b.code) return a.code === b.code;
  return className(a) === className(b);
}
