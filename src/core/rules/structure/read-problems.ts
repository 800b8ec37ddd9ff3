import type { Severity } from "../../findings/finding";
import type { ReadProblem } from "../../values/figure";
import { defineRule } from "../rule";

const SEVERITY: Record<ReadProblem["code"], Severity> = {
  "unreadable-number": "error",
  "unreadable-file": "error",
  "ambiguous-table": "warning",
  "unrecognised-layout": "warning",
  "missing-table": "info",
  "partial-read": "info",
  "manual-calculation": "warning",
};

export default defineRule({
  id: "structure.read-problems",
  title: "识别与读取情况",
  severity: "error",
  identity: "每张应有的表都能找到；应填数字的单元格都能读成数字",
  docs: "读表时发现的问题：应为数字的单元格无法读取（如“12..5”、#REF!）为错误；同一张表出现两次、某个工作表无法按已知格式识别为警告；缺少的表为提示（表7、表8 如以公开空表列示，不算缺少）；Excel 未能读取的工作表为错误，超出 Excel 读取限度而略去的部分（如超过 512 处合并单元格的合并信息）为提示；Excel 处于手动计算模式时公式结果可能未更新，为警告。",
  tables: [],
  requires: [],
  check(ctx) {
    for (const p of ctx.model.problems) {
      ctx.report({
        table: null,
        severity: SEVERITY[p.code],
        message: p.message,
        primary: p.sheet && p.cell ? { sheet: p.sheet, cell: p.cell } : null,
        sheet: p.sheet,
      });
    }
  },
});
