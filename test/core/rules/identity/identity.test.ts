import { cover, pkg, ruleTester, subject, t09, basedata } from "../support";
import { aProject, hunan } from "../selfeval/selfeval-set";
import unitName from "../../../../src/core/rules/identity/unit-name";
import year from "../../../../src/core/rules/identity/year";
import signatures from "../../../../src/core/rules/identity/signatures";
import moneyUnit from "../../../../src/core/rules/identity/money-unit";
import yuan from "../../../../src/core/rules/identity/yuan-as-wanyuan";

const UNIT = "示例县医疗保障局";
const SIGN = { preparer: "张丽@B40", phone: "0736-3221234@D40", head: "李强@F40", date: "2025年3月15日@H40" };

function tables(o: { t03Unit?: string; t09Year?: string; projectPhone?: string; projectDate?: string; t03Unit2?: "元" } = {}) {
  return pkg({
    cover: cover({ unitName: `${UNIT}@B5`, year: "2024年度@B3", signatures: SIGN }),
    final: {
      t03: subject("final.03", { columns: ["total"], rows: [], unitName: `编制单位：${o.t03Unit ?? UNIT}@A3`, year: "2024年度@A2", unit: o.t03Unit2 }),
      t09: t09({ budget: {}, actual: {}, unitName: `${UNIT}（盖章）@A3`, year: `${o.t09Year ?? "2024"}年度@A2` }),
    },
    overall: hunan({ unitName: `${UNIT}@B3`, year: "2024年度@A1", signatures: SIGN }),
    projects: [aProject({ signatures: { ...SIGN, phone: `${o.projectPhone ?? "0736 3221234"}@D40`, date: `${o.projectDate ?? "2025-03-15"}@H40` } })],
    basedata: basedata({ unitName: `${UNIT}@B3`, signatures: SIGN }),
  });
}

ruleTester(unitName, {
  valid: [{ name: "the same unit everywhere (编制单位： prefix and （盖章） ignored; 主管部门 included)", model: tables(), infos: [] }],
  invalid: [
    {
      name: "表3 copied from another unit's template",
      model: tables({ t03Unit: "邻县医疗保障局" }),
      findings: [{ at: "表3!A3", cells: ["封面!B5"], expected: UNIT, message: ["不是同一单位"] }],
    },
    {
      name: "a name that contains the other is a warning (写法不一致)",
      model: tables({ t03Unit: `${UNIT}本级` }),
      findings: [{ severity: "warning", at: "表3!A3", message: ["写法不一致"] }],
    },
  ],
});

/** A package from the file `fileName` (the CLI and the offline page pass it; the add-in has none). */
const named = (model: ReturnType<typeof tables>, fileName: string) => ({ ...model, fileName });

/** Only the cover and the 整体自评表 name the unit: a tie the file name can break. */
function coverAndOverall(overallUnit: string) {
  return pkg({ cover: cover({ unitName: `${UNIT}@B5` }), overall: hunan({ unitName: `${overallUnit}@B3` }) });
}

ruleTester(unitName, {
  valid: [
    { name: "the file name names the same unit", model: named(tables(), `2024年度${UNIT}整体支出绩效自评材料.xlsx`), infos: [] },
    { name: "a file name naming no unit is no source", model: named(tables(), "材料-0.xlsx"), infos: [] },
  ],
  invalid: [
    {
      name: "a 自评表 naming another unit than the cover is an error, the cover being the package's name",
      model: coverAndOverall("邻县教育局"),
      findings: [{ at: "整体自评!B3", cells: ["封面!B5"], expected: UNIT, actual: "邻县教育局", message: ["不是同一单位"] }],
    },
    {
      name: "the file name sides with the 自评表: the cover is the odd one",
      model: { ...coverAndOverall("邻县教育局"), fileName: "2024年度邻县教育局整体支出绩效自评材料.xlsx" },
      findings: [
        { at: "封面!B5", cells: ["整体自评!B3"], expected: "邻县教育局", actual: UNIT },
      ],
    },
    {
      name: "every table agrees but the file name names another unit: a warning (the file may be renamed)",
      model: named(tables(), "2024年度邻县教育局整体支出绩效自评材料.xlsx"),
      findings: [{ severity: "warning", at: "封面!B5", expected: UNIT, actual: "邻县教育局", message: ["文件名", "邻县教育局"] }],
    },
  ],
});

ruleTester(year, {
  valid: [{ name: "2024 everywhere", model: tables(), infos: [] }],
  invalid: [{ name: "表9 left on last year's template", model: tables({ t09Year: "2023" }), findings: [{ at: "表9!A2", expected: "2024", actual: "2023" }] }],
});

ruleTester(signatures, {
  valid: [{ name: "same 填表人/电话/负责人; phone spacing and date notation do not matter", model: tables(), infos: [] }],
  invalid: [
    {
      name: "a different phone on the project sheet is a warning; a different date only an info",
      model: tables({ projectPhone: "0736-3229999", projectDate: "2025年3月20日" }),
      findings: [
        { severity: "warning", at: "项目-医疗救助资金管理!D40", cells: ["封面!D40"], expected: "0736-3221234" },
        { severity: "info", at: "项目-医疗救助资金管理!H40" },
      ],
    },
  ],
});

ruleTester(moneyUnit, {
  valid: [{ name: "all tables in 万元", model: tables(), infos: [] }],
  invalid: [{ name: "one table in 元 is noted as converted", model: tables({ t03Unit2: "元" }), findings: [{ severity: "info", at: "表3!A1", message: ["已换算为万元"] }] }],
});

ruleTester(yuan, {
  valid: [{ name: "project amounts well below the department total", model: pkg({ overall: hunan(), projects: [aProject()] }), infos: [] }],
  invalid: [
    {
      name: "a project's 全年执行数 typed in 元 into a 万元 table",
      model: (() => {
        const p = aProject();
        p.money[0].execution = { ...p.money[0].execution!, value: p.money[0].execution!.value!.times(10000) };
        return pkg({ overall: hunan(), projects: [p] });
      })(),
      findings: [{ at: "项目-医疗救助资金管理!E8", message: ["疑似把以元为单位的金额填入了万元表"] }],
    },
  ],
});
