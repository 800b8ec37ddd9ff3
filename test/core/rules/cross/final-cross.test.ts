import type { PackageModel } from "../../../../src/core/model/package";
import { fig, ruleTester } from "../support";
import { finalSet } from "./final-set";
import t01t02 from "../../../../src/core/rules/cross/t01-t02-income";
import t01t03 from "../../../../src/core/rules/cross/t01-t03-expenditure";
import classes from "../../../../src/core/rules/cross/t01-t03-classes";
import t01t04 from "../../../../src/core/rules/cross/t01-t04-income";
import t02t04 from "../../../../src/core/rules/cross/t02-t04-fiscal";
import t04t05 from "../../../../src/core/rules/cross/t04-t05-general";
import t05t06 from "../../../../src/core/rules/cross/t05-t06-basic";
import t04t07 from "../../../../src/core/rules/cross/t04-t07-fund";
import t04t08 from "../../../../src/core/rules/cross/t04-t08-state-capital";
import t06t09 from "../../../../src/core/rules/cross/t06-t09-items";

/** The consistent set with one change applied. */
function seeded(change: (m: PackageModel) => void): PackageModel {
  const m = finalSet();
  change(m);
  return m;
}

ruleTester(t01t02, {
  valid: [{ name: "表1 本年收入合计 = 表2 合计", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表2 合计 typed with two digits swapped",
      model: seeded((m) => (m.final.t02!.rows[0].values.total = fig("1264.45@C7", "表2"))),
      findings: [{ at: "表2!C7", cells: ["表1!C14"], expected: "1246.45", actual: "1264.45", message: ["同表1 本年收入合计"] }],
    },
  ],
});

ruleTester(t01t03, {
  valid: [{ name: "表1 本年支出合计 = 表3 合计", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表1 本年支出合计 replaced by 本年收入合计",
      model: seeded((m) => (m.final.t01!.expenditureTotal = fig("1246.45@F14", "表1"))),
      findings: [{ at: "表3!C7", cells: ["表1!F14"], expected: "1246.45", actual: "1286.45" }],
    },
  ],
});

ruleTester(classes, {
  valid: [{ name: "each 类 of 表1 matches 表3 by name (numbering ignored)", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "a 类 amount differs",
      model: seeded((m) => (m.final.t03!.rows[2].values.total = fig("147.00@C9", "表3"))),
      findings: [{ at: "表3!C9", cells: ["表1!F7"], expected: "174.00", actual: "147.00" }],
    },
    {
      name: "a 类 in 表1 that 表3 does not list",
      model: seeded((m) => m.final.t01!.expenditureLines.push({ key: "农林水支出", label: "二十三、农林水支出", labelCell: "E8", amount: fig("5.00@F8", "表1") })),
      findings: [{ at: "表1!F8", message: ["表3未列此类"] }],
    },
  ],
});

ruleTester(t01t04, {
  valid: [{ name: "表1 一/二/三 = 表4 income lines (blank = blank)", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表4 一般公共预算 income differs from 表1",
      model: seeded((m) => (m.final.t04!.incomeLines[0].amount = fig("1260.45@B6", "表4"))),
      findings: [{ at: "表4!B6", cells: ["表1!C6"], expected: "1206.45" }],
    },
  ],
});

ruleTester(t02t04, {
  valid: [{ name: "表2 财政拨款收入 合计 = 表4 本年收入合计", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表4 本年收入合计 includes 事业收入",
      model: seeded((m) => (m.final.t04!.incomeTotal = fig("1246.45@B12", "表4"))),
      findings: [{ at: "表4!B12", cells: ["表2!D7"], expected: "1206.45" }],
    },
  ],
});

ruleTester(t04t05, {
  valid: [{ name: "表4 一般公共 column = 表5 合计 and 类", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表5 类 row differs from 表4",
      model: seeded((m) => (m.final.t05!.rows[1].values.total = fig("1023.45@C8", "表5"))),
      findings: [{ at: "表5!C8", cells: ["表4!F6"], expected: "1032.45" }],
    },
  ],
});

ruleTester(t05t06, {
  valid: [{ name: "表5 基本支出 = 表6 人员 + 公用", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表6 公用经费合计 leaves out 310",
      model: seeded((m) => (m.final.t06!.publicTotal = fig("110.71@F20", "表6"))),
      findings: [{ at: "表5!D7", cells: ["表6!C20", "表6!F20"], expected: "843.17", actual: "856.17" }],
    },
  ],
});

ruleTester(t04t07, {
  valid: [{ name: "empty 表7 and an empty 基金 column", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表4 shows 基金 spending while 表7 is disclosed empty",
      model: seeded((m) => {
        m.final.t04!.expenditureRows.push({ code: "229", name: "其他支出", level: "class", labelCell: "D8", values: { total: fig("6.00@E8", "表4"), fund: fig("6.00@G8", "表4") } });
      }),
      findings: [{ at: "表4!G8", message: ["表7未列此类"] }],
    },
  ],
});

ruleTester(t04t08, {
  valid: [{ name: "empty 表8 and an empty 国资 column", model: finalSet(), infos: [] }],
  invalid: [
    {
      name: "表8 合计 without the 表4 国资 column",
      model: seeded((m) => {
        m.final.t08!.rows.push({ code: null, name: "合计", level: "total", labelCell: "A7", values: { total: fig("3.00@C7", "表8") } });
        m.final.t04!.expenditureTotal.stateCapital = fig("@H12", "表4");
      }),
      findings: [{ severity: "info", at: "表8!C7", message: ["未填列"] }],
    },
  ],
});

ruleTester(t06t09, {
  valid: [
    { name: "表9 决算 ≥ 表6 items", model: finalSet(), infos: [] },
    {
      name: "表9 公务接待费 0.01 below 表6 30217 (within 尾差 of the two rounded figures)",
      model: seeded((m) => (m.final.t09!.actual.reception = fig("2.34@D8", "表9"))),
    },
  ],
  invalid: [
    {
      name: "表9 公务接待费 below 表6 30217: an error (表9 “三公” covers basic and project spending)",
      model: seeded((m) => (m.final.t09!.actual.reception = fig("1.35@D8", "表9"))),
      findings: [{ at: "表9!D8", severity: "error", cells: ["表6!F8"], message: ["小于表6", "少 1.00"] }],
    },
    {
      name: "表9 公务用车运行维护费 below 表6 30231 by 0.02 (beyond 尾差 of two 2-decimal figures): an error",
      model: seeded((m) => (m.final.t09!.actual.vehicleOperation = fig("8.04@G8", "表9"))),
      findings: [{ at: "表9!G8", severity: "error", cells: ["表6!F9"], message: ["公务用车运行维护费", "少 0.02"] }],
    },
    {
      name: "表9 会议费 below 表6 30215: still a warning (会议费管理办法 口径 may differ from the 经济分类)",
      model: seeded((m) => m.final.t06!.groups[1].items.push({ code: "30215", name: "会议费", labelCell: "E10", amount: fig("1.80@F10", "表6") })),
      findings: [{ at: "表9!H8", severity: "warning", cells: ["表6!F10"], message: ["会议费", "少 0.30", "口径可能不同"] }],
    },
  ],
});
