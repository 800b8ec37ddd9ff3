import type { PackageModel } from "../model/package";
import type { TextField } from "../values/figure";
import { textIn } from "./lookup";

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

/** The unit the package is about (单位名称 / 预算部门名称 / 编制单位), or null when no table names it. */
export function unitNameOf(m: PackageModel) {
  for (const f of identityFields(m, "unitName")) {
    const t = textIn(f);
    if (t) return t;
  }
  return null;
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
