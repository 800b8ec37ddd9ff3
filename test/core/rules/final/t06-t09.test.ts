import { pkg, ruleTester, t06, t09 } from "../support";
import groupItems from "../../../../src/core/rules/final/t06-group-items";
import personnelPublic from "../../../../src/core/rules/final/t06-personnel-public";
import threePublic from "../../../../src/core/rules/final/t09-three-public";

type Groups = Parameters<typeof t06>[0]["groups"];
const GROUPS: Groups = [
  ["301", "工资福利支出", "700.00@C6", [["30101", "基本工资", "300.00@C7"], ["30102", "津贴补贴", "400.00@C8"]]],
  ["302", "商品和服务支出", "110.71@F6", [["30201", "办公费", "100.00@F7"], ["30217", "公务接待费", "2.35@F8"], ["30231", "公务用车运行维护费", "8.36@F9"]]],
  ["303", "对个人和家庭的补助", "32.46@C12", [["30305", "生活补助", "32.46@C13"]]],
  ["310", "资本性支出", "13.00@I6", [["31002", "办公设备购置", "13.00@I7"]]],
];
const table = (o: Partial<Parameters<typeof t06>[0]> = {}) => pkg({ final: { t06: t06({ groups: GROUPS, personnelTotal: "732.46@C20", publicTotal: "123.71@F20", ...o }) } });

ruleTester(groupItems, {
  valid: [{ name: "each group = Σ its items", model: table(), infos: [] }],
  invalid: [
    {
      name: "302 商品和服务支出 missing an item's amount",
      model: table({ groups: GROUPS.map((g) => (g[0] === "302" ? ["302", "商品和服务支出", "120.71@F6", g[3]] : g)) }),
      findings: [{ at: "表6!F6", cells: ["表6!F7", "表6!F8", "表6!F9"], expected: "110.71", actual: "120.71" }],
    },
  ],
});

ruleTester(personnelPublic, {
  valid: [{ name: "人员经费合计 = 301 + 303; 公用经费合计 = 302 + 310", model: table(), infos: [] }],
  invalid: [
    {
      name: "303 counted as 公用经费",
      model: table({ personnelTotal: "700.00@C20", publicTotal: "156.17@F20" }),
      findings: [
        { at: "表6!C20", expected: "732.46", actual: "700.00" },
        { at: "表6!F20", expected: "123.71", actual: "156.17" },
      ],
    },
  ],
});

const T09 = (actualTotal: string, vehicleTotal = "8.06@F8") =>
  pkg({
    final: {
      t09: t09({
        budget: { total: "12.00@B7", abroad: "0.00@C7", reception: "3.00@D7", vehicleTotal: "9.00@E7", vehiclePurchase: "0.00@F7", vehicleOperation: "9.00@G7" },
        actual: { total: actualTotal, abroad: "0.00@C8", reception: "2.35@D8", vehicleTotal, vehiclePurchase: "0.00@F8", vehicleOperation: "8.06@G8" },
      }),
    },
  });

ruleTester(threePublic, {
  valid: [{ name: "小计 = 出国 + 接待 + 公务用车; 公务用车 = 购置 + 运行", model: T09("10.41@B8", "8.06@E8"), infos: [] }],
  invalid: [
    {
      name: "决算 小计 including 会议费",
      model: T09("14.51@B8", "8.06@E8"),
      findings: [{ at: "表9!B8", cells: ["表9!C8", "表9!D8", "表9!E8"], expected: "10.41", actual: "14.51" }],
    },
    {
      name: "公务用车 小计 that is not 购置 + 运行",
      model: T09("11.41@B8", "9.06@E8"),
      findings: [{ at: "表9!E8", cells: ["表9!F8", "表9!G8"], expected: "8.06", actual: "9.06" }],
    },
  ],
});
