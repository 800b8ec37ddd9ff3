import { defineRule } from "../rule";
import { checkRowColumns } from "./row-columns";

export default defineRule({
  id: "final.t02.row-sources",
  title: "表2 每行本年收入合计应等于各来源之和",
  severity: "error",
  identity: "表2 每行：本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入",
  docs: "收入决算表逐行核对：本年收入合计栏等于各收入来源栏之和（表中未设的栏不计）。",
  tables: ["final.02"],
  check(ctx) {
    checkRowColumns(ctx, ["final.02"], "total", ["fiscal", "superior", "business", "operating", "affiliated", "other"]);
  },
});
