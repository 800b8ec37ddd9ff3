import { defineRule } from "../rule";
import { columnLabel } from "../final/subjects";
import { classesOf, matchClasses } from "./class-lines";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "cross.t01-t03.class-lines",
  title: "表1 各类支出应与表3 类行一致",
  severity: "error",
  identity: "表1 每个支出功能分类类 = 表3 同一类行·本年支出合计",
  docs: "收入支出决算总表右半部按类列示的支出，与支出决算表相应类行的本年支出合计一一对应；一方列有金额而另一方没有此类，也是不一致。",
  tables: ["final.01", "final.03"],
  check(ctx) {
    const t01 = ctx.model.final.t01!;
    const t03 = ctx.model.final.t03!;
    matchClasses(
      ctx,
      { kind: "final.01", name: "表1", classes: t01.expenditureLines.map((l) => ({ name: l.key ?? l.label, figure: l.amount, label: `表1 “${cleanLabel(l.label)}”` })) },
      { kind: "final.03", name: "表3", classes: classesOf(ctx.index, "final.03", t03.rows, "total", columnLabel(t03.columns, "total")) },
    );
  },
});
