import { pkg, ruleTester, subject, type RowSpec } from "../support";
import hierarchy from "../../../../src/core/rules/final/subject-hierarchy";
import rowSources from "../../../../src/core/rules/final/t02-row-sources";
import rowKinds from "../../../../src/core/rules/final/t03-row-kinds";
import basicProject from "../../../../src/core/rules/final/row-basic-project";
import t07Balance from "../../../../src/core/rules/final/t07-balance";

/** 表3 支出决算表: 合计, two 类, their 款 and 项; columns 合计 / 基本支出 / 项目支出. */
const T03_ROWS: RowSpec[] = [
  [null, "合计", "1286.45@C7", "936.17@D7", "350.28@E7"],
  ["208", "社会保障和就业支出", "1112.45@C8", "762.17@D8", "350.28@E8"],
  ["20805", "行政事业单位养老支出", "62.17@C9", "62.17@D9", "@E9"],
  ["2080505", "机关事业单位基本养老保险缴费支出", "62.17@C10", "62.17@D10", "@E10"],
  ["20811", "医疗保障管理事务", "1050.28@C11", "700.00@D11", "350.28@E11"],
  ["2081101", "行政运行", "700.00@C12", "700.00@D12", "@E12"],
  ["2081199", "其他医疗保障管理事务支出", "350.28@C13", "@D13", "350.28@E13"],
  ["210", "卫生健康支出", "174.00@C14", "174.00@D14", "@E14"],
  ["21011", "行政事业单位医疗", "174.00@C15", "174.00@D15", "@E15"],
  ["2101101", "行政单位医疗", "174.00@C16", "174.00@D16", "@E16"],
];

const t03 = (rows: RowSpec[] = T03_ROWS) => pkg({ final: { t03: subject("final.03", { columns: ["total", "basic", "project"], rows }) } });
const replace = (rows: RowSpec[], index: number, row: RowSpec) => rows.map((r, i) => (i === index ? row : r));

ruleTester(hierarchy, {
  valid: [
    { name: "合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 on every column", model: t03(), infos: [] },
    {
      name: "official 尾差: a 类 0.01 off the sum of its two 款 (and the 合计 built on the rounded 类) is one info",
      model: t03(replace(T03_ROWS, 1, ["208", "社会保障和就业支出", "1112.46@C8", "762.17@D8", "350.28@E8"]).map((r, i) => (i === 0 ? [null, "合计", "1286.46@C7", "936.17@D7", "350.28@E7"] : r))),
      infos: [{ severity: "info", at: "表3!C8", message: ["所属各款之和为 1,112.45", "相差 0.01", "尾差"], tolerance: "0.015" }],
    },
    {
      name: "a 元 table (6 decimals of 万元): round 元 figures carry the package's 0.01 万元 尾差",
      model: t03([
        [null, "合计", "160.320000@C7", "160.320000@D7", "@E7"],
        ["208", "社会保障和就业支出", "160.320000@C8", "160.320000@D8", "@E8"],
        ["20805", "行政事业单位养老支出", "130.210000@C9", "130.210000@D9", "@E9"],
        ["20899", "其他社会保障和就业支出", "30.100000@C10", "30.100000@D10", "@E10"],
      ]),
      infos: [
        { severity: "info", at: "表3!C8", message: ["尾差"] },
        { severity: "info", at: "表3!D8", message: ["尾差"] },
      ],
    },
    { name: "an empty disclosed table (no rows) checks nothing", model: pkg({ final: { t07: subject("final.07", { columns: ["total"], rows: [], emptyDisclosed: true }) } }), infos: [] },
  ],
  invalid: [
    {
      name: "a 项 changed (700.00 → 760.00) breaks its 款 on that column only",
      model: t03(replace(T03_ROWS, 5, ["2081101", "行政运行", "760.00@C12", "700.00@D12", "@E12"])),
      findings: [{ at: "表3!C11", cells: ["表3!C12", "表3!C13"], expected: "1110.28", actual: "1050.28", message: ["所属各项之和"] }],
    },
    {
      name: "a 元 table exact to the 分: 100.34 元 off is an error, not 尾差",
      model: t03([
        [null, "合计", "160.321234@C7", "160.321234@D7", "@E7"],
        ["208", "社会保障和就业支出", "160.321234@C8", "160.321234@D8", "@E8"],
        ["20805", "行政事业单位养老支出", "130.211200@C9", "130.211200@D9", "@E9"],
        ["20899", "其他社会保障和就业支出", "30.100000@C10", "30.100000@D10", "@E10"],
      ]),
      findings: [
        { at: "表3!C8", expected: "160.311200", message: ["相差 0.010034"] },
        { at: "表3!D8", expected: "160.311200" },
      ],
    },
    {
      // Both the 合计 (Σ 类) and the 类 (Σ 款) break; 184.00 → 174.00 mends both, so the 类 is the one error.
      name: "a 类 changed breaks the 合计 and the 类 itself: one error at the 类, the 合计 its consequence",
      model: t03(replace(T03_ROWS, 7, ["210", "卫生健康支出", "184.00@C14", "174.00@D14", "@E14"])),
      findings: [{ at: "表3!C14", expected: "174.00", actual: "184.00", message: ["此数改为 174.00 后，另 1 处不符随之消除"], consequences: ["表3!C7"] }],
    },
  ],
});

const T02_ROWS: RowSpec[] = [
  [null, "合计", "1246.45@C7", "1206.45@D7", "40.00@E7", "@F7"],
  ["208", "社会保障和就业支出", "1072.45@C8", "1032.45@D8", "40.00@E8", "@F8"],
  ["210", "卫生健康支出", "174.00@C9", "174.00@D9", "@E9", "@F9"],
];
const t02 = (rows: RowSpec[] = T02_ROWS) => pkg({ final: { t02: subject("final.02", { columns: ["total", "fiscal", "business", "other"], rows }) } });

ruleTester(rowSources, {
  valid: [{ name: "every row's 本年收入合计 is its sources", model: t02(), infos: [] }],
  invalid: [
    {
      name: "a 事业收入 typed into the wrong row leaves the row total short",
      model: t02(replace(T02_ROWS, 2, ["210", "卫生健康支出", "174.00@C9", "134.00@D9", "@E9", "@F9"])),
      findings: [{ at: "表2!C9", cells: ["表2!D9"], expected: "134.00", actual: "174.00" }],
    },
  ],
});

ruleTester(rowKinds, {
  valid: [{ name: "every row's 本年支出合计 is 基本 + 项目 (other columns absent)", model: t03(), infos: [] }],
  invalid: [
    {
      name: "项目支出 of a 项 entered in 基本支出 too",
      model: t03(replace(T03_ROWS, 6, ["2081199", "其他医疗保障管理事务支出", "350.28@C13", "350.28@D13", "350.28@E13"])),
      findings: [{ at: "表3!C13", cells: ["表3!D13", "表3!E13"], expected: "700.56", actual: "350.28" }],
    },
  ],
});

const T05_ROWS: RowSpec[] = [
  [null, "合计", "1206.45@C7", "856.17@D7", "350.28@E7"],
  ["208", "社会保障和就业支出", "1032.45@C8", "682.17@D8", "350.28@E8"],
  ["210", "卫生健康支出", "174.00@C9", "174.00@D9", "@E9"],
];

ruleTester(basicProject, {
  valid: [
    { name: "表5 小计 = 基本 + 项目", model: pkg({ final: { t05: subject("final.05", { columns: ["total", "basic", "project"], rows: T05_ROWS }) } }), infos: [] },
    {
      name: "three 1-cent 尾差 across rows stay infos",
      model: pkg({ final: { t05: subject("final.05", { columns: ["total", "basic", "project"], rows: replace(T05_ROWS, 2, ["210", "卫生健康支出", "174.01@C9", "174.00@D9", "@E9"]) }) } }),
      infos: [{ severity: "info", at: "表5!C9", message: ["尾差", "0.01"] }],
    },
  ],
  invalid: [
    {
      name: "表8 row whose 小计 is not 基本 + 项目",
      model: pkg({ final: { t08: subject("final.08", { columns: ["total", "basic", "project"], rows: [[null, "合计", "10.00@C7", "4.00@D7", "5.00@E7"]] }) } }),
      findings: [{ at: "表8!C7", expected: "9.00" }],
    },
  ],
});

const T07 = (carryOut: string) =>
  pkg({ final: { t07: subject("final.07", { columns: ["carryIn", "income", "total", "basic", "project", "carryOut"], rows: [[null, "合计", "5.00@C7", "20.00@D7", "18.00@E7", "@F7", "18.00@G7", carryOut]] }) } });

ruleTester(t07Balance, {
  valid: [{ name: "年初 5 + 收入 20 − 支出 18 = 年末 7", model: T07("7.00@H7"), infos: [] }],
  invalid: [
    {
      name: "年末 written as 年初 + 收入 + 支出",
      model: T07("43.00@H7"),
      findings: [{ at: "表7!H7", cells: ["表7!C7", "表7!D7", "表7!E7"], expected: "7.00", actual: "43.00", message: ["− 本年支出"] }],
    },
  ],
});
