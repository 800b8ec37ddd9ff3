import type { PackageModel } from "../model/package";
import type { TextField } from "../values/figure";
import { textIn } from "./lookup";
import { outliers, tablesOf, type Placed } from "../rules/identity/collect";
import { unitKey } from "../rules/identity/unit-name";

/** Tables in the order their unit name and year are trusted: the cover first, then the self-evaluation, then 决算. */
function identityFields(m: PackageModel, field: "unitName" | "year"): (TextField | null | undefined)[] {
  return [
    m.cover?.[field],
    m.overall?.[field],
    m.basedata?.[field],
    ...Object.values(m.final).map((t) => t?.[field]),
    ...m.projects.map((p) => p[field]),
  ];
}

/** "单位名称：示例县医疗保障局（盖章）" → "示例县医疗保障局": the name as a report writes it. */
function bareUnitName(text: string): string {
  return text
    .trim()
    .replace(/^(编制单位|单位名称|预算部门名称|预算单位|部门名称|主管部门|填报单位)\s*[:：]?\s*/, "")
    .replace(/\s*[(（](盖章|公章|章)[)）]$/, "")
    .trim();
}

/**
 * The unit the package is about, as the identity check settles it: the name most tables agree on (the cover's
 * on a tie), so a 自评表 copied from another unit's template never names the report. Null when no table names it.
 */
export function unitNameOf(m: PackageModel) {
  // The same fields the identity rule (identity.unit-name) weighs: each table's name and each project's 主管部门.
  const fields: Placed[] = tablesOf(m).flatMap((t) =>
    t.table.unitName && textIn(t.table.unitName) ? [{ table: t.kind, where: t.name, field: t.table.unitName }] : [],
  );
  for (const p of m.projects) if (p.department && textIn(p.department)) fields.push({ table: "selfeval.project", where: "主管部门", field: p.department });
  const settled = outliers(fields, unitKey)?.reference.field ?? fields[0]?.field;
  const t = textIn(settled);
  if (!t) return null;
  return { text: bareUnitName(t.text) || t.text, sources: t.sources };
}

/** The year evaluated ("2024"), or null. */
export function yearOf(m: PackageModel) {
  for (const f of identityFields(m, "year")) {
    const t = textIn(f);
    const y = t && /(\d{4})/.exec(t.text.normalize("NFKC"));
    if (t && y) return { text: y[1], sources: t.sources };
  }
  return null;
}

/** 《2024年度示例县医疗保障局整体支出绩效自评报告.docx》; parts not stated are left out. */
export function reportFileName(m: PackageModel): string {
  const year = yearOf(m);
  const unit = unitNameOf(m);
  const name = `${year ? `${year.text}年度` : ""}${unit?.text ?? ""}整体支出绩效自评报告`;
  // Characters no file system accepts in a name.
  return `${name.replace(/[\\/:*?"<>|\s]+/g, "")}.docx`;
}
