import JSZip from "jszip";
import { buildPackageSnapshot, exampleData, type SheetLayout } from "../../fixtures/build-package";
import { readPackage } from "../../../src/core/locate/read-package";
import { checkPackage } from "../../../src/core/rules/check-package";
import { buildReport, runText, type ReportDocument } from "../../../src/core/report";
import { renderReportDocx } from "../../../src/word";

/**
 * Acceptance (issue 13): a Hunan package as most units hand it in — only the 自评表 (整体 + 项目) and the
 * 基础数据表, no 公开 tables, no cover — yields a report whose figures are the ones a staffer works out by hand
 * from those tables, written as a staffer writes them.
 */
const HUNAN_SELFEVAL_ONLY: SheetLayout[] = [
  { name: "整体自评", tables: [{ table: "overall.hunan", variant: { name: "merged", mergedHeaders: true } }] },
  { name: "项目自评(1)", tables: [{ table: "project", index: 0 }, { table: "project", index: 1 }] },
  { name: "Sheet3", tables: [{ table: "project", index: 2, variant: { name: "text", numbersAsText: true } }] },
  { name: "基础数据表", tables: [{ table: "basedata" }] },
];

/**
 * The figures a person computes from the fixture's tables (test/fixtures/data/self-evaluation.ts), label → the
 * text as they would write it. Worked out by hand, not by the code under test:
 * 整体自评表 全年预算 1310.60, 年初 1250.00, 执行 1286.45 (基本 936.17, 项目 350.28), 一般公共预算 1270.60;
 * 项目自评表 年初 180 + 100 + 50 = 330, 全年 200 + 100 + 60 = 360, 执行 196.50 + 98.78 + 55.00 = 350.28;
 * 基础数据表 编制 60, 在职 57, 三公 12.00 / 10.41 (接待 2.35, 公车运行 8.06, 出国 0, 公车购置 0), 公用经费
 * 59.00 / 56.91 (办公 31.25, 水电差旅 21.56, 会议培训 4.10), 政府采购 60.00 / 55.00.
 */
const HUMAN: [label: string, text: string][] = [
  ["编制数", "编制数60人"],
  ["实际在职人数", "实际在职人数57人"],
  ["在职人员控制率 57 ÷ 60", "在职人员控制率95.00%"],
  ["全年预算数", "全年预算数1310.60万元"],
  ["全年支出（全年执行数）", "全年支出1286.45万元"],
  ["基本支出及占比 936.17 ÷ 1286.45", "基本支出936.17万元，占72.77%"],
  ["项目支出及占比 350.28 ÷ 1286.45", "项目支出350.28万元，占27.23%"],
  ["基本支出预算 1310.60 − 360.00 及占比", "基本支出预算950.60万元，占72.53%"],
  ["项目支出预算 Σ项目全年预算 及占比", "项目支出预算360.00万元，占27.47%"],
  ["年末结余 1310.60 − 1286.45", "年末结余24.15万元"],
  ["一般公共预算（按收入性质分）", "一般公共预算拨款全年预算数1270.60万元"],
  ["人员经费 936.17 − 56.91 及占比", "人员经费879.26万元，占93.92%"],
  ["公用经费（基础数据表）及占比", "公用经费56.91万元，占6.08%"],
  ["基本支出 年初 1250 − 330，追加 950.60 − 920", "基本支出全年预算950.60万元，其中年初预算920.00万元，追加30.60万元"],
  ["项目支出 年初 Σ，追加 360 − 330", "3个项目全年预算360.00万元，其中年初预算330.00万元，追加30.00万元"],
  ["项目执行率 350.28 ÷ 360", "全年执行350.28万元，执行率97.30%"],
  ["政府性基金（自评表该行空白）", "本单位无政府性基金预算支出"],
  ["三公经费预算与支出", "“三公”经费预算12.00万元，实际支出10.41万元"],
  ["三公经费构成", "其中公务接待费2.35万元，公务用车运行维护费8.06万元；无因公出国（境）费用、公务用车购置费支出"],
  ["三公经费控制率 10.41 ÷ 12.00", "“三公”经费控制率86.75%"],
  ["公用经费控制率 56.91 ÷ 59.00", "公用经费预算59.00万元，实际支出56.91万元，公用经费控制率96.46%"],
  ["公用经费构成", "其中办公经费31.25万元，水费、电费、差旅费21.56万元，会议费、培训费4.10万元"],
  ["预算调整 1310.60 − 1250.00，调整率 60.60 ÷ 1250", "追加（调整）预算60.60万元，预算调整率4.85%"],
  ["预算执行率 1286.45 ÷ 1310.60", "全年执行数1286.45万元，预算执行率98.16%"],
  ["预算执行率分值、得分", "预算执行率分值10分，自评得分9.82分"],
  ["政府采购执行率 55 ÷ 60", "政府采购金额55.00万元，政府采购预算60.00万元，政府采购执行率91.67%"],
  ["产出指标分值、得分 10+10+9.33+10+10", "产出指标分值50分，得分49.33分"],
  ["效益指标分值、得分 10+10+9", "效益指标分值30分，得分29分"],
  ["满意度指标", "满意度指标分值10分，得分10分"],
  ["项目1 执行率 196.50 ÷ 200", "医疗救助资金管理：全年预算数200.00万元，全年执行数196.50万元，预算执行率98.25%"],
  ["项目3 执行率 55 ÷ 60，等级", "预算执行率91.67%，预算执行率得分9.17分；自评总分84.95分，评价等级为“良”"],
  ["总分与等级", "整体支出绩效自评得分98.15分，评价等级为“优”"],
  ["成文日期（表中写作 2025.3.15）", "2025年3月15日"],
  ["单位名称", "示例县医疗保障局"],
];

async function documentText(doc: ReportDocument): Promise<string> {
  const zip = await JSZip.loadAsync(await renderReportDocx(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("acceptance: a Hunan package of 自评表 + 基础数据表 only", () => {
  let doc: ReportDocument;
  let text: string;
  let body: string;

  beforeAll(async () => {
    const data = exampleData();
    // Staff type dates with dots; the report writes them as a person does.
    for (const s of [data.selfEval.overall.signatures, data.selfEval.baseData.signatures]) s.date = "2025.3.15";
    const model = readPackage(await buildPackageSnapshot(data, HUNAN_SELFEVAL_ONLY, "沅江式材料.xlsx"));
    expect(Object.values(model.final).every((t) => t === null)).toBe(true);
    expect(model.cover).toBeNull();
    doc = buildReport(model, { findings: checkPackage(model) });
    text = await documentText(doc);
    body = doc.body.map((b) => (b.kind === "heading" ? b.number + b.text : runText(b.runs))).join("\n");
  });

  it.each(HUMAN)("%s: “%s” is in word/document.xml", (_label, expected) => {
    expect(text).toContain(expected);
  });

  it("asks for a 公开 table only where no table at hand gives the figure (收入, 国有资本经营预算)", () => {
    const asked = [...new Set([...body.matchAll(/缺少(公开\d\d表)/g)].map((m) => m[1]))].sort();
    expect(asked).toEqual(["公开01表", "公开08表"]);
    expect(body).toContain("【待填写：收入预算完成率（缺少公开01表 收入支出决算总表）】");
  });

  it("writes figures as real reports do: no thousands separators, no 0.00万元, no 。，, whole scores without .00", () => {
    expect(body).not.toMatch(/\d,\d{3}/);
    expect(body).not.toMatch(/(^|[^\d.])0\.00万元/);
    expect(body).not.toContain("。，");
    expect(body).not.toContain("。。");
    expect(body).not.toMatch(/\d\.00分/);
    expect(body).not.toMatch(/\d+\.\d+人/);
  });

  it("numbers headings 一、（一）1.（1） in order, never skipping a level", () => {
    const levelOf = (s: string) =>
      /^[一二三四五六七八九十]+、/.test(s) ? 1 : /^（[一二三四五六七八九十]+）/.test(s) ? 2 : /^\d+\./.test(s) ? 3 : /^（\d+）/.test(s) ? 4 : 0;
    let level = 0;
    for (const b of doc.body) {
      const t = b.kind === "heading" ? b.number + b.text : runText(b.runs);
      const l = b.kind === "heading" ? b.level : levelOf(t);
      if (!l) continue;
      expect(l).toBeLessThanOrEqual(level + 1);
      // A numbered paragraph sits one level below its heading and does not change the heading level.
      if (b.kind === "heading") level = l;
    }
  });
});

describe("the unit name is the one the identity check settles on", () => {
  it("a 整体自评表 copied from another unit's template does not name the report", async () => {
    const data = exampleData();
    data.selfEval.overall.unitName = "某某县财政局";
    const model = readPackage(await buildPackageSnapshot(data, HUNAN_SELFEVAL_ONLY));
    const findings = checkPackage(model);
    expect(findings.some((f) => f.rule === "identity.unit-name" && f.severity === "error")).toBe(true);
    const doc = buildReport(model, { findings });
    expect(runText(doc.title[0])).toBe("2024年度示例县医疗保障局");
    expect(runText(doc.signature.unit)).toBe("示例县医疗保障局");
    const body = doc.body.map((b) => (b.kind === "heading" ? b.text : runText(b.runs))).join("\n");
    expect(body).not.toContain("某某县财政局");
  });
});
