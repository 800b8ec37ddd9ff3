import { basedata, fig, pkg, ruleTester, type TreeSpec } from "../support";
import { finalTables } from "../cross/final-set";
import { hunan } from "../selfeval/selfeval-set";
import trees from "../../../../src/core/rules/basedata/trees";
import staffingRate from "../../../../src/core/rules/basedata/staffing-rate";
import t09 from "../../../../src/core/rules/cross/basedata-t09";
import selfeval from "../../../../src/core/rules/cross/basedata-selfeval";
import t06 from "../../../../src/core/rules/cross/basedata-t06";

const THREE_PUBLIC: TreeSpec[] = [
  ["total", null, "“三公”经费", "11.20@B10", "12.00@C10", "10.41@D10"],
  ["vehicle", "total", "1、公务用车购置和维护经费", "8.50@B11", "9.00@C11", "8.06@D11"],
  ["vehiclePurchase", "vehicle", "其中：公车购置", "0.00@B12", "0.00@C12", "0.00@D12"],
  ["vehicleOperation", "vehicle", "公车运行维护", "8.50@B13", "9.00@C13", "8.06@D13"],
  ["abroad", "total", "2、出国经费", "0.00@B14", "0.00@C14", "0.00@D14"],
  ["reception", "total", "3、公务接待", "2.70@B15", "3.00@C15", "2.35@D15"],
];
const PROJECTS: TreeSpec[] = [
  ["total", null, "项目支出", "330.00@B16", "360.00@C16", "350.28@D16"],
  ["business", "total", "1、业务工作经费", "15.00@B17", "0.00@C17", "0.00@D17"],
  ["operation", "total", "2、运行维护经费", "10.00@B18", "0.00@C18", "0.00@D18"],
  ["special", "total", "3、本级专项资金", "305.00@B19", "360.00@C19", "350.28@D19"],
  ["special:医疗救助资金管理", "special", "医疗救助资金管理", "180.00@B20", "200.00@C20", "196.50@D20"],
  ["special:医保基金监管专项", "special", "医保基金监管专项", "80.00@B21", "100.00@C21", "98.78@D21"],
  ["special:医保信息化建设", "special", "医保信息化建设", "45.00@B22", "60.00@C22", "55.00@D22"],
];
const PUBLIC_FUNDS: TreeSpec[] = [
  ["total", null, "公用经费", "55.30@B23", "59.00@C23", "56.91@D23"],
  ["office", "total", "其中：办公经费", "30.10@B24", "32.00@C24", "31.25@D24"],
  ["utilitiesTravel", "total", "水费、电费、差旅费", "20.40@B25", "22.00@C25", "21.56@D25"],
  ["meetingTraining", "total", "会议费、培训费", "4.80@B26", "5.00@C26", "4.10@D26"],
];
const table = (o: Partial<Parameters<typeof basedata>[0]> = {}) =>
  basedata({ staffing: { authorized: "60@B5", actual: "57@C5", controlRate: "95.00@D5" }, threePublic: THREE_PUBLIC, projects: PROJECTS, publicFunds: PUBLIC_FUNDS, ...o });
const swap = (rows: TreeSpec[], key: string, row: TreeSpec) => rows.map((r) => (r[0] === key ? row : r));

ruleTester(trees, {
  valid: [
    { name: "三公, 项目支出 (with 专项) and 公用经费 trees add up on three columns", model: pkg({ basedata: table() }), infos: [] },
  ],
  invalid: [
    {
      name: "a 专项 changed: 本级专项资金 and nothing else",
      model: pkg({ basedata: table({ projects: swap(PROJECTS, "special:医保信息化建设", ["special:医保信息化建设", "special", "医保信息化建设", "45.00@B22", "60.00@C22", "65.00@D22"]) }) }),
      findings: [{ at: "基础数据表!D19", cells: ["基础数据表!D20", "基础数据表!D21", "基础数据表!D22"], expected: "360.28", actual: "350.28" }],
    },
    {
      name: "公用经费 其中 rows exceeding the total is an error; falling short only a warning",
      model: pkg({ basedata: table({ publicFunds: swap(swap(PUBLIC_FUNDS, "office", ["office", "total", "其中：办公经费", "40.10@B24", "32.00@C24", "31.25@D24"]), "meetingTraining", ["meetingTraining", "total", "会议费、培训费", "4.80@B26", "5.00@C26", "1.10@D26"]) }) }),
      findings: [
        { at: "基础数据表!B23", expected: "65.30", actual: "55.30" },
        { severity: "warning", at: "基础数据表!D23", expected: "53.91", actual: "56.91", message: ["可能未列全"] },
      ],
    },
  ],
});

ruleTester(staffingRate, {
  valid: [{ name: "57 ÷ 60 = 95.00%", model: pkg({ basedata: table() }), infos: [] }],
  invalid: [
    {
      name: "编制数 ÷ 在职 instead of 在职 ÷ 编制数",
      model: pkg({ basedata: table({ staffing: { authorized: "60@B5", actual: "57@C5", controlRate: "105.26@D5" } }) }),
      findings: [{ at: "基础数据表!D5", expected: "95.00", message: ["实际在职人数 57 ÷ 编制数 60"] }],
    },
  ],
});

ruleTester(t09, {
  valid: [{ name: "三公 本年决算 10.41 = 表9 决算 小计", model: pkg({ basedata: table(), final: finalTables() }), infos: [] }],
  invalid: [
    {
      name: "基础数据表 三公 copied from 预算数",
      model: (() => {
        const b = table();
        b.threePublic[0].actual = fig("12.00@D10", b.sheet);
        return pkg({ basedata: b, final: finalTables() });
      })(),
      findings: [{ at: "基础数据表!D10", cells: ["表9!B8"], expected: "10.41", actual: "12.00" }],
    },
  ],
});

ruleTester(selfeval, {
  valid: [{ name: "项目支出 350.28 = 整体自评表 项目支出", model: pkg({ basedata: table(), overall: hunan() }), infos: [] }],
  invalid: [
    {
      name: "基础数据表 项目支出 taken from the budget",
      model: pkg({ basedata: table({ projects: swap(PROJECTS, "total", ["total", null, "项目支出", "330.00@B16", "360.00@C16", "360.00@D16"]) }), overall: hunan() }),
      // A warning (the two tables' 口径 may differ) that says the difference.
      findings: [{ severity: "warning", at: "基础数据表!D16", cells: ["整体自评!D16"], expected: "350.28", actual: "360.00", message: ["相差 9.72", "口径"] }],
    },
  ],
});

ruleTester(t06, {
  valid: [
    {
      name: "公用经费 equal to 表6 (the same 口径)",
      model: pkg({ basedata: table({ publicFunds: [["total", null, "公用经费", "@B23", "@C23", "123.71@D23"]] }), final: finalTables() }),
      infos: [],
    },
  ],
  invalid: [
    {
      name: "the narrower 基础数据表 口径 (56.91 vs 123.71) is a warning, not an error",
      model: pkg({ basedata: table(), final: finalTables() }),
      findings: [{ severity: "warning", at: "基础数据表!D23", cells: ["表6!F20"], expected: "123.71" }],
    },
  ],
});
