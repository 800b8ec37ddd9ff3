import { normalizeLabel } from "../../values/text";
import { defineRule } from "../rule";
import { projectName } from "../labels";
import { outliers, type Placed } from "./collect";

/** 编制单位 as compared: without the field label, 盖章 notes and brackets' width. */
export function unitKey(text: string): string {
  return normalizeLabel(text)
    .replace(/^(编制单位|单位名称|预算部门名称|预算单位|部门名称|主管部门|填报单位)[:：]?/, "")
    .replace(/[(（](盖章|公章|章)[)）]$/, "")
    .replace(/(盖章|公章)$/, "");
}

export default defineRule({
  id: "identity.unit-name",
  title: "各表单位名称应一致",
  severity: "error",
  identity: "编制单位 / 单位名称 / 预算部门名称 / 主管部门 / 封面单位名称 = 同一单位",
  docs: "一套材料的各张表应写同一个单位名称。完全不同的名称多半是套用了别的单位的模板（错误）；一个名称包含另一个（如多了“本级”或简称）为警告。实施单位可能是下属单位，不参与比较。",
  tables: [],
  requires: [],
  check(ctx) {
    const fields: Placed[] = [];
    for (const t of ctx.index.tables()) {
      if (t.table.unitName) fields.push({ table: t.kind, where: t.name, field: t.table.unitName });
    }
    ctx.model.projects.forEach((p, i) => {
      if (p.department) fields.push({ table: "selfeval.project", where: `${projectName(p, i)}主管部门`, field: p.department });
    });
    const found = outliers(fields, unitKey);
    if (!found) return;
    const ref = unitKey(found.reference.field.text);
    for (const f of found.odd) {
      const key = unitKey(f.field.text);
      const similar = key.includes(ref) || ref.includes(key);
      ctx.report({
        table: f.table,
        severity: similar ? "warning" : "error",
        message: `${f.where}单位名称为“${f.field.text.trim()}”，与${found.reference.where}“${found.reference.field.text.trim()}”${similar ? "写法不一致" : "不是同一单位，疑似套用其他单位的表格"}`,
        primary: f.field,
        related: [found.reference.field],
        expected: found.reference.field.text.trim(),
        actual: f.field.text.trim(),
      });
    }
  },
});
