import { defineRule } from "../rule";
import { checkRowColumns } from "./row-columns";

export default defineRule({
  id: "final.t03.row-kinds",
  title: "表3 每行本年支出合计应等于各支出性质之和",
  severity: "error",
  identity: "表3 每行：本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出",
  docs: "支出决算表逐行核对：本年支出合计栏等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出各栏之和（表中未设的栏不计）。",
  tables: ["final.03"],
  check(ctx) {
    checkRowColumns(ctx, ["final.03"], "total", ["basic", "project", "toSuperior", "operating", "toAffiliated"]);
  },
});
