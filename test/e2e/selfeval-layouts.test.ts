/**
 * End to end on the 自评表 layouts of real published packages (issue 10), written as .xlsx from the readable
 * example data: a Hunan-style package (整体自评表 with "其中:基本支出:" / "项目支出:" lines, the 基础数据表 as
 * its template words it, a cover titled as the report) and a Shaanxi-style one (the 指标内容 block under
 * 年度绩效指标完成情况). Both are read whole — every number of every recognised table — and checked clean; each
 * seeded mistake is reported at the cell holding it, with the right figure, and nothing else is an error.
 */
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Finding } from "../../src/core/findings/finding";
import type { PackageModel } from "../../src/core/model/package";
import { buildPackageSnapshot, exampleData, EXAMPLE_LAYOUT, SHAANXI_LAYOUT, type PackageData, type SheetLayout } from "../fixtures/build-package";
import { PUBLISHED_BASE_DATA, PUBLISHED_COVER } from "../fixtures/data/self-evaluation";

/** The example package with the Hunan published 整体自评表, 基础数据表 and cover. */
const HUNAN_PUBLISHED: SheetLayout[] = EXAMPLE_LAYOUT.map((s) => {
  if (s.name === "整体自评") return { name: "整体自评", tables: [{ table: "overall.hunan", variant: { name: "hunan-published", expenditureAsSubItems: true, halfWidthBrackets: true } }] };
  if (s.name === "封面") return { name: "Sheet1", tables: [{ table: "cover", variant: { name: "colon-cells", colonCells: true } }] };
  return s;
});

/** The Shaanxi example with the published indicator block. */
const SHAANXI_PUBLISHED: SheetLayout[] = SHAANXI_LAYOUT.map((s) =>
  s.name === "部门整体自评" ? { name: "部门整体自评", tables: [{ table: "overall.shaanxi", variant: { name: "shaanxi-published", indicatorContentBlock: true, halfWidthBrackets: true } }] } : s,
);

function hunanData(): PackageData {
  const d = exampleData();
  d.selfEval.baseData = structuredClone(PUBLISHED_BASE_DATA);
  d.selfEval.cover = structuredClone(PUBLISHED_COVER);
  return d;
}

async function check(data: PackageData, layout: SheetLayout[]): Promise<{ model: PackageModel; findings: Finding[] }> {
  return analyzeWorkbook(await buildPackageSnapshot(data, layout));
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== "info");
const brief = (f: Finding) => `[${f.severity}] ${f.rule} ${f.sheet}!${f.cell} ${f.message}`;

/** Every number of every recognised table was read: coverage 100% and no 未识别 finding. */
function expectFullCoverage(model: PackageModel, findings: Finding[]): void {
  const coverage = model.coverage ?? [];
  expect(coverage.length).toBe(model.tables.length);
  for (const c of coverage) expect({ table: `${c.sheet} ${c.kind}`, unread: c.unread }).toEqual({ table: `${c.sheet} ${c.kind}`, unread: [] });
  expect(findings.filter((f) => f.rule === "structure.read-coverage")).toEqual([]);
  expect(findings.filter((f) => f.rule === "structure.read-problems" && f.severity !== "info")).toEqual([]);
}

describe("Hunan-style published package (整体自评表 + 基础数据表 + cover)", () => {
  test("clean: every table read whole, zero errors, the 基础数据表 公用经费 口径 the only warning", async () => {
    const { model, findings } = await check(hunanData(), HUNAN_PUBLISHED);
    expect(model.cover?.unitName?.text).toBe("示例县医疗保障局");
    expect(model.overall?.byExpenditure.map((l) => l.amount.value?.toFixed(2))).toEqual(["936.17", "350.28"]);
    expect(model.basedata?.threePublic[0].key).toBe("total");
    expectFullCoverage(model, findings);
    expect(errors(findings).map(brief)).toEqual([]);
    expect(serious(findings).map((f) => f.rule)).toEqual(["cross.basedata-t06.public-funds"]);
  });

  test("seeded “full marks with 99.39%”: 预算执行率得分 10 for 1,286.45 of 1,294.35 is an error at the 得分 cell, 9.94 expected", async () => {
    const d = hunanData();
    const o = d.selfEval.overall;
    // The budget (and its 一般公共预算 line) lowered so 执行率 is 99.39%; the total score follows the written 10.
    o.money = { ...o.money, fullYearBudget: "1294.35", rate: "99.39", score: "10" };
    o.byIncome = { ...o.byIncome, generalBudget: "1254.35" };
    o.totalScore = "98.33";
    const { findings } = await check(d, HUNAN_PUBLISHED);
    expect(errors(findings).map(brief)).toEqual([expect.stringContaining("selfeval.execution-score 整体自评!H4")]);
    expect(errors(findings)[0]).toMatchObject({ expected: "9.94", actual: "10.00" });
    expect(errors(findings)[0].message).toContain("执行率 99.39%");
  });

  test("seeded 基础数据表 项目支出 9.72 above the 自评表's: a warning (口径) at the 基础数据表 cell saying the difference", async () => {
    const d = hunanData();
    const p = d.selfEval.baseData.projects;
    // 业务工作经费 spent 9.72 more, so the 基础数据表's own tree still adds up.
    p.business = { ...p.business, actual: "9.72" };
    p.total = { ...p.total, actual: "360.00" };
    const { findings } = await check(d, HUNAN_PUBLISHED);
    expect(errors(findings).map(brief)).toEqual([]);
    const w = findings.filter((f) => f.rule === "cross.basedata-selfeval.projects");
    expect(w).toEqual([expect.objectContaining({ severity: "warning", sheet: "基础数据表", expected: "350.28", actual: "360.00", difference: "9.72" })]);
    expect(w[0].message).toContain("相差 9.72");
    expect(w[0].message).toContain("口径");
  });

  test("seeded “自评表 copied from another unit”: an error at the 自评表's 预算部门名称, the cover's name expected", async () => {
    const d = hunanData();
    d.selfEval.overall.unitName = "邻县医疗救助中心";
    const { findings } = await check(d, HUNAN_PUBLISHED);
    expect(errors(findings).map(brief)).toEqual([expect.stringContaining("identity.unit-name 整体自评!B2")]);
    expect(errors(findings)[0]).toMatchObject({ expected: "示例县医疗保障局", actual: "邻县医疗救助中心" });
  });
});

describe("Shaanxi-style published package (指标内容 block, 一级 weight on every row)", () => {
  test("clean: every table read whole, zero errors, no warning", async () => {
    const { model, findings } = await check(exampleData(), SHAANXI_PUBLISHED);
    expect(model.overall?.indicators).toHaveLength(9);
    expectFullCoverage(model, findings);
    expect(serious(findings).map(brief)).toEqual([]);
  });

  test("seeded 分值 adding to 110 (产出 declared 60, one 产出 indicator 20): one error at 总分, 110 expected", async () => {
    const d = exampleData();
    const o = d.overallShaanxi;
    o.levelOne = o.levelOne.map((l) => (l.name === "产出指标" ? { ...l, weight: "60" } : l));
    o.indicators = o.indicators.map((i, n) => (n === 0 ? { ...i, weight: "20" } : i));
    const { findings } = await check(d, SHAANXI_PUBLISHED);
    expect(errors(findings).map(brief)).toEqual([expect.stringContaining("selfeval.total-weight 部门整体自评!G21")]);
    expect(errors(findings)[0]).toMatchObject({ expected: "110.00", actual: "100.00" });
    expect(errors(findings)[0].message).toContain("应为 110.00");
  });

  test("seeded 效益指标(35分) over indicators worth 30: one error at the 一级 label, on the repeated labels", async () => {
    const d = exampleData();
    const o = d.overallShaanxi;
    o.levelOne = o.levelOne.map((l) => (l.name === "效益指标" ? { ...l, weight: "35" } : l));
    const { findings } = await check(d, SHAANXI_PUBLISHED);
    expect(errors(findings).map(brief)).toEqual([expect.stringContaining("selfeval.level-one-weights 部门整体自评!B17")]);
    expect(errors(findings)[0]).toMatchObject({ expected: "30.00", actual: "35.00" });
  });
});
