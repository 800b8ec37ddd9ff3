import { normalizeLabel } from "../../values/text";
import { defineRule } from "../rule";
import { projectName } from "../labels";
import { outliers, type Placed } from "./collect";
import { unitInFileName } from "../../locate/file-name";

/** 编制单位 as compared: without the field label, 盖章 notes and brackets' width. */
export function unitKey(text: string): string {
  return normalizeLabel(text)
    .replace(/^(编制单位|单位名称|预算部门名称|预算单位|部门名称|主管部门|填报单位)[:：]?/, "")
    .replace(/[(（](盖章|公章|章)[)）]$/, "")
    .replace(/(盖章|公章)$/, "");
}

/** One unit name contains the other (a 简称, "本级"): written differently, not another unit. */
function similar(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

export default defineRule({
  id: "identity.unit-name",
  title: "各表单位名称应一致",
  severity: "error",
  identity: "编制单位 / 单位名称 / 预算部门名称 / 主管部门 / 封面单位名称（及文件名中的单位）= 同一单位",
  docs: "一套材料的各张表应写同一个单位名称。完全不同的名称多半是套用了别的单位的模板（错误）；一个名称包含另一个（如多了“本级”或简称）为警告。实施单位可能是下属单位，不参与比较。文件名中含单位名称时（如“2024年度XX局整体支出绩效自评材料.xlsx”），它也参与判断哪个名称是本单位的；文件名与各表不符只作警告（文件可能被另存或改名）。",
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
    const fromFile = unitInFileName(ctx.model.fileName);
    const fileKey = fromFile ? unitKey(fromFile) : null;
    const found = outliers(fields, unitKey, fileKey ? (k) => similar(k, fileKey) : undefined);
    if (found) {
      const ref = unitKey(found.reference.field.text);
      for (const f of found.odd) {
        const like = similar(unitKey(f.field.text), ref);
        ctx.report({
          table: f.table,
          severity: like ? "warning" : "error",
          message: `${f.where}单位名称为“${f.field.text.trim()}”，与${found.reference.where}“${found.reference.field.text.trim()}”${like ? "写法不一致" : "不是同一单位，疑似套用其他单位的表格"}`,
          primary: f.field,
          related: [found.reference.field],
          expected: found.reference.field.text.trim(),
          actual: f.field.text.trim(),
        });
      }
    }
    // The file name against the name the tables agree on (or the only table naming the unit).
    const reference = found?.reference ?? fields.find((f) => unitKey(f.field.text) !== "");
    if (!fromFile || !fileKey || !reference) return;
    const refText = reference.field.text.trim();
    if (similar(unitKey(refText), fileKey)) return;
    ctx.report({
      table: reference.table,
      severity: "warning",
      message: `文件名“${ctx.model.fileName}”中的单位“${fromFile}”与${reference.where}单位名称“${refText}”不是同一单位，请核对是否放错了文件或套用了其他单位的材料`,
      primary: reference.field,
      expected: refText,
      actual: fromFile,
    });
  },
});
