import { defineRule } from "../rule";

export default defineRule({
  id: "cross.selfeval-t01.execution",
  title: "整体自评表 全年执行数应等于表1 本年支出合计",
  severity: "error",
  identity: "整体自评表 全年执行数（年度资金总额或金额合计）= 表1 本年支出合计（不是本年收入合计）",
  docs: "部门整体支出的全年执行数就是决算的本年支出合计；常见错误是误填本年收入合计或抄错年度。",
  tables: ["selfeval.overall", "final.01"],
  check(ctx) {
    const o = ctx.model.overall!;
    const t01 = ctx.model.final.t01!;
    const execution = o.money?.execution ?? o.taskTotal?.executionTotal ?? null;
    const label = o.money ? "整体自评表 全年执行数" : "整体自评表 金额合计（全年执行数·总额）";
    ctx.same({
      table: "selfeval.overall",
      actual: { label, figure: execution },
      reference: { label: "表1 本年支出合计", figure: t01.expenditureTotal },
    });
  },
});
