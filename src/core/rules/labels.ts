import type { TableKind } from "../model/common";
import type { PackageModel } from "../model/package";
import type { ProjectSelfEval } from "../model/selfeval";

/** How a reviewer names each table in a note ("表1", "整体自评表"). */
const SHORT: Record<TableKind, string> = {
  "final.01": "表1",
  "final.02": "表2",
  "final.03": "表3",
  "final.04": "表4",
  "final.05": "表5",
  "final.06": "表6",
  "final.07": "表7",
  "final.08": "表8",
  "final.09": "表9",
  "selfeval.overall": "整体自评表",
  "selfeval.project": "项目自评表",
  basedata: "基础数据表",
  cover: "封面",
};

export function shortName(kind: TableKind): string {
  return SHORT[kind];
}

/**
 * How a finding names a 决算 table of this package: by the number printed beside its title when the province
 * numbers its tables otherwise (Shanghai's 三公 table is 表七, not 表9), else as shortName does.
 */
export function printedName(model: PackageModel, kind: TableKind): string {
  if (!kind.startsWith("final.")) return SHORT[kind];
  const t = model.final[`t${kind.slice(6)}` as keyof PackageModel["final"]];
  return t?.printedNumber ?? SHORT[kind];
}

/** 项目自评表“某项目” — a project is named by its 项目名称, or by its position when the name is missing. */
export function projectName(project: ProjectSelfEval, index: number): string {
  const name = project.projectName?.text.trim();
  return `项目自评表“${name || `第${index + 1}张`}”`;
}

/**
 * A label as printed, without the stray spaces and line breaks staff type into it ("本年支 出合计",
 * "全年\n预算数"). Unlike normalizeLabel it keeps full-width brackets as the user wrote them.
 */
export function cleanLabel(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, "");
}
