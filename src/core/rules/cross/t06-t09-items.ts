import Decimal from "decimal.js";
import { hasValue, type Figure } from "../../values/figure";
import { formatAmount, formatPlain } from "../../values/format";
import { intervalOf } from "../../rounding/interval";
import { defineRule } from "../rule";
import { reported } from "../context";
import { printedName } from "../labels";

/**
 * 表9 决算数 column → the 表6 经济分类 items it covers, and how sure the identity is.
 * "三公" columns are an error (issue 10): they count every 财政拨款 "三公" payment, basic and project alike, so a
 * basic-spending item above them cannot be right. 会议费/培训费 stay a warning: 表9 counts them under the
 * 会议费/培训费 management rules (approved meetings and training plans), while 30215/30216 also take
 * payments booked under those codes outside the rules (fees for staff sent to others' training, shares of
 * joint meetings), so a legitimate 口径 difference remains possible.
 */
const ITEMS: [string, string[], string, "error" | "warning"][] = [
  ["abroad", ["30212"], "因公出国（境）费用", "error"],
  ["reception", ["30217"], "公务接待费", "error"],
  ["vehicleOperation", ["30231"], "公务用车运行维护费", "error"],
  ["vehiclePurchase", ["31013"], "公务用车购置费", "error"],
  ["meeting", ["30215"], "会议费", "warning"],
  ["training", ["30216"], "培训费", "warning"],
];

export default defineRule({
  id: "cross.t06-t09.items",
  title: "表9 “三公”经费及会议费、培训费决算数不应小于表6 相应科目",
  severity: "error",
  identity: "表9 决算数 ≥ 表6 对应科目（30212 因公出国、30217 公务接待、30231 公务用车运行维护、31013 公务用车购置、30215 会议费、30216 培训费）",
  docs:
    "表6 只含基本支出，表9 还包含项目支出中的“三公”经费和会议费、培训费，所以表9 决算数应不小于表6 相应科目。“三公”经费（因公出国（境）、公务接待、公务用车运行维护、公务用车购置）表9 涵盖基本支出和项目支出，表6 相应科目超过表9 时必有一处填错，为错误；会议费、培训费表9 按会议费、培训费管理办法的口径统计，与 30215/30216 经济分类口径可能不同，为警告。",
  tables: ["final.06", "final.09"],
  check(ctx) {
    const t06 = ctx.model.final.t06!;
    const t09 = ctx.model.final.t09!;
    const items = t06.groups.flatMap((g) => g.items);
    const t9 = printedName(ctx.model, "final.09");
    for (const [key, codes, name, severity] of ITEMS) {
      const basic = items.filter((i) => codes.includes(i.code) && hasValue(i.amount));
      if (basic.length === 0) continue;
      const f09: Figure | undefined = t09.actual[key];
      const sum = basic.reduce((s, i) => s.plus(i.amount.value!), new Decimal(0));
      if (!hasValue(f09)) {
        if (sum.isZero()) continue;
        // Some templates (Shanghai's 表七) have no 会议费/培训费 columns: the table has nothing to compare, which
        // is not a figure left blank.
        const noColumn = !t09.columns.some((c) => c.key === key);
        ctx.skip("final.09", noColumn ? `${t9}（${t09.title}）没有${name}栏，表6 ${codes.join("、")} ${name}无从比对` : `${t9} 决算数·${name}未填列`, [basic[0].amount]);
        continue;
      }
      // Not below 表6 at all: no interval can make it so.
      if (f09.value.gte(sum)) continue;
      // Below 表6 beyond rounding: the 表9 figure's upper bound is still under the 表6 figure's lower bound.
      const high09 = intervalOf(reported("money", f09)).high;
      const low06 = basic.reduce((s, i) => s.plus(intervalOf(reported("money", i.amount as Figure & { value: Decimal })).low), new Decimal(0));
      if (high09.gte(low06)) continue;
      const diff = sum.minus(f09.value);
      ctx.report({
        table: "final.09",
        severity,
        message: `${t9} 决算数·${name}为 ${formatAmount(f09.value)}，小于表6 ${basic.map((i) => `${i.code} ${i.name}`).join("、")} ${formatAmount(sum)}，少 ${formatAmount(diff)}（${t9} 另含项目支出，应不小于表6${severity === "warning" ? "；会议费、培训费口径可能不同" : ""}）`,
        primary: f09,
        related: basic.map((i) => i.amount),
        expected: formatPlain(sum),
        actual: formatPlain(f09.value),
        difference: formatPlain(f09.value.minus(sum)),
        tolerance: high09.minus(f09.value).plus(sum.minus(low06)).toString(),
      });
    }
  },
});
