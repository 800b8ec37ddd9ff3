import { defineRule } from "../rule";
import { isPersonnelGroup } from "./economic";
import { cleanLabel } from "../labels";

export default defineRule({
  id: "final.t06.personnel-public",
  title: "表6 人员经费合计、公用经费合计应等于相应大类之和",
  severity: "error",
  identity: "表6 人员经费合计 = 301 + 303；公用经费合计 = 302 + 310 + 其余非人员经费大类",
  docs: "一般公共预算财政拨款基本支出决算表的结尾合计：人员经费合计等于工资福利支出（301）与对个人和家庭的补助（303）之和；公用经费合计等于商品和服务支出（302）、资本性支出（310）及表中列示的其他非人员经费大类之和。人员经费合计 + 公用经费合计 = 基本支出，由 cross.t05-t06.basic 与表5 核对。",
  tables: ["final.06"],
  check(ctx) {
    const t = ctx.model.final.t06!;
    const term = (g: (typeof t.groups)[number]) => ({ label: `${g.code} ${cleanLabel(g.name)}`, figure: g.amount });
    ctx.sum({
      table: "final.06",
      total: { label: "表6 人员经费合计", figure: t.personnelTotal },
      parts: t.groups.filter((g) => isPersonnelGroup(g.code)).map(term),
    });
    ctx.sum({
      table: "final.06",
      total: { label: "表6 公用经费合计", figure: t.publicTotal },
      parts: t.groups.filter((g) => !isPersonnelGroup(g.code)).map(term),
    });
  },
});
