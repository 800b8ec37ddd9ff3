import { defineRule } from "../rule";
import { outliers, type Placed } from "./collect";

/** The 4-digit year a field names ("2024年度" → "2024"), or "" when it names none. */
export function yearKey(text: string): string {
  return /(19|20)\d{2}/.exec(text.normalize("NFKC"))?.[0] ?? "";
}

export default defineRule({
  id: "identity.year",
  title: "各表年度应一致",
  severity: "error",
  identity: "各表标题或日期行写明的年度 = 同一年度",
  docs: "一套材料的各张表应属于同一年度；某张表写成上一年度，多半是沿用了上年的表格。",
  tables: [],
  requires: [],
  check(ctx) {
    const fields: Placed[] = [];
    for (const t of ctx.index.tables()) {
      if (t.table.year) fields.push({ table: t.kind, where: t.name, field: t.table.year });
    }
    const found = outliers(fields, yearKey);
    if (!found) return;
    const ref = yearKey(found.reference.field.text);
    for (const f of found.odd) {
      ctx.report({
        table: f.table,
        severity: "error",
        message: `${f.where}年度为 ${yearKey(f.field.text)}（“${f.field.text.trim()}”），其他表为 ${ref} 年度`,
        primary: f.field,
        related: [found.reference.field],
        expected: ref,
        actual: yearKey(f.field.text),
      });
    }
  },
});
