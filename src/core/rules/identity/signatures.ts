import type { Signatures } from "../../model/common";
import type { Severity } from "../../findings/finding";
import { normalizeLabel } from "../../values/text";
import { defineRule } from "../rule";
import { outliers, type Placed } from "./collect";

const FIELDS: [keyof Signatures, string, Severity, (s: string) => string][] = [
  ["preparer", "填表人", "warning", (s) => normalizeLabel(s)],
  ["phone", "联系电话", "warning", (s) => normalizeLabel(s).replace(/\D/g, "")],
  ["head", "单位负责人", "warning", (s) => normalizeLabel(s)],
  // Sheets may be filled on different days: a different date is only worth a note.
  ["date", "填表日期", "info", (s) => normalizeLabel(s).replace(/[年月/.\-]/g, "-").replace(/日$/, "").replace(/-0(\d)/g, "-$1")],
];

export default defineRule({
  id: "identity.signatures",
  title: "各表填表人、联系电话、单位负责人应一致",
  severity: "warning",
  identity: "填表人 / 联系电话 / 单位负责人 / 填表日期：各表（封面、自评表、基础数据表）一致",
  docs: "同一套材料各表落款的填表人、联系电话、单位负责人写法不同，常是抄自其他单位或其他年度的表格；项目自评表可能由不同科室填写，故为警告。填表日期不同仅作提示。",
  tables: [],
  requires: [],
  check(ctx) {
    for (const [key, name, severity, normalise] of FIELDS) {
      const fields: Placed[] = [];
      for (const t of ctx.index.tables()) {
        const f = t.table.signatures?.[key];
        if (f) fields.push({ table: t.kind, where: t.name, field: f });
      }
      const found = outliers(fields, normalise);
      if (!found) continue;
      for (const f of found.odd) {
        ctx.report({
          table: f.table,
          severity,
          message: `${f.where}${name}为“${f.field.text.trim()}”，${found.reference.where}为“${found.reference.field.text.trim()}”`,
          primary: f.field,
          related: [found.reference.field],
          expected: found.reference.field.text.trim(),
          actual: f.field.text.trim(),
        });
      }
    }
  },
});
