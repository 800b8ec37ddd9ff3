import { defineRule } from "../rule";
import { checkRowColumns } from "./row-columns";

export default defineRule({
  id: "final.row-basic-project",
  title: "表5、表7、表8 每行小计应等于基本支出与项目支出之和",
  severity: "error",
  identity: "表5/表7/表8 每行：支出小计 = 基本支出 + 项目支出",
  docs: "一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出表逐行核对：支出小计（合计）等于基本支出与项目支出之和。表7 核对本年支出部分。",
  tables: ["final.05", "final.07", "final.08"],
  requires: [],
  check(ctx) {
    checkRowColumns(ctx, ["final.05", "final.07", "final.08"], "total", ["basic", "project"]);
  },
});
