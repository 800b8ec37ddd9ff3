import { defineRule } from "../rule";

export default defineRule({
  id: "cross.basedata-t06.public-funds",
  title: "基础数据表 公用经费与表6 公用经费合计比较",
  severity: "warning",
  identity: "基础数据表 公用经费·本年决算数 ≈ 表6 公用经费合计（口径不同，仅警告）",
  docs: "基础数据表的公用经费按较窄的口径填报，常与表6 公用经费合计不同；不一致时提醒核对口径，不作为错误。",
  tables: ["basedata", "final.06"],
  check(ctx) {
    const total = ctx.model.basedata!.publicFunds.find((r) => r.key === "total");
    if (!total) return;
    ctx.same({
      table: "basedata",
      actual: { label: "基础数据表 公用经费·本年决算数", figure: total.actual },
      reference: { label: "表6 公用经费合计", figure: ctx.model.final.t06!.publicTotal },
      note: "；基础数据表的公用经费口径通常较窄（办公、水电差旅、会议培训等），如属口径不同可不改",
    });
  },
});
