import { buildPackageSnapshot, exampleData, EXAMPLE_LAYOUT, SHAANXI_LAYOUT } from "../../fixtures/build-package";
import { readPackage } from "../../../src/core/locate/read-package";
import { checkPackage } from "../../../src/core/rules/check-package";
import { buildReport, runText, type ReportDocument } from "../../../src/core/report";
import { exampleModel } from "./support";

const texts = (doc: ReportDocument) => doc.body.map((b) => (b.kind === "heading" ? b.number + b.text : runText(b.runs)));

/**
 * End to end: the example workbook (written by the fixture builder from the readable data) → recognisers →
 * report. The report must be the same as the one built from the hand-mapped model of the same data, in
 * every outline — so the figures in the prose are the workbook's.
 */
describe("report from the example workbook", () => {
  let model: ReturnType<typeof readPackage>;
  beforeAll(async () => {
    model = readPackage(await buildPackageSnapshot());
  });

  it.each(["hunan", "hebei", "sichuan"] as const)("%s: same text as from the hand-built model", (outline) => {
    const fromWorkbook = buildReport(model, { outline, findings: checkPackage(model) });
    const fromData = buildReport(exampleModel(), { outline });
    expect(texts(fromWorkbook)).toEqual(texts(fromData));
    expect(fromWorkbook.fileName).toBe("2024年度示例县医疗保障局整体支出绩效自评报告.docx");
  });

  it("quotes the workbook's cells as the figures' sources", () => {
    const doc = buildReport(model);
    const execution = doc.body
      .flatMap((b) => (b.kind === "paragraph" ? b.runs : []))
      .find((r) => r.kind === "figure" && r.text === "1,286.45万元");
    expect(execution && execution.kind === "figure" && execution.sources[0].sheet).toBeTruthy();
    const sheets = model.tables.map((t) => t.sheet);
    expect(sheets).toContain(execution && execution.kind === "figure" ? execution.sources[0].sheet : "");
  });

  it("a workbook without its 三公 table and 基础数据表 yields placeholders naming them", async () => {
    const data = exampleData();
    const snapshot = await buildPackageSnapshot(data, [
      { name: "封面", tables: [{ table: "cover" }] },
      { name: "表1", tables: [{ table: "final.01" }] },
      { name: "表3", tables: [{ table: "final.03" }] },
      { name: "整体自评", tables: [{ table: "overall.hunan" }] },
    ]);
    const partial = readPackage(snapshot);
    const text = texts(buildReport(partial)).join("\n");
    expect(text).toContain("缺少公开09表");
    expect(text).toContain("缺少部门整体支出绩效评价基础数据表");
    expect(text).toContain("缺少公开05表");
    expect(text).not.toMatch(/(^|[^\d,.])0\.00万元/);
    expect(text).toContain("本年支出合计1,286.45万元，其中基本支出936.17万元，占72.77%");
  });

  it("seeded mistake — 表1 本年支出合计 typed 1,296.45 (rows add up to 1,286.45): announced, and the figure is marked 待核对", async () => {
    const data = exampleData();
    data.final.t01.expenditureTotal = "1296.45";
    const wrong = readPackage(await buildPackageSnapshot(data));
    const findings = checkPackage(wrong);
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    const doc = buildReport(wrong, { findings });
    const text = texts(doc).join("\n");
    expect(text).toMatch(/^【待核对：表格检查发现\d+处错误/);
    expect(text).toContain("本年支出合计1,296.45万元【待核对：表格检查认为此数有误】");
    // Figures no error points at stay unmarked.
    expect(text).toContain("预算执行率分值10分，自评得分9.82分。");
  });

  it("Shaanxi 整体自评表: execution from its 金额合计 row, tasks reproduced, no 年初预算数 to quote", async () => {
    const shaanxi = readPackage(await buildPackageSnapshot(exampleData(), SHAANXI_LAYOUT));
    const doc = buildReport(shaanxi);
    const text = texts(doc).join("\n");
    expect(text).toContain("全年预算数1,310.60万元，全年执行数1,286.45万元，预算执行率98.16%。预算执行率分值10分，自评得分9.82分。");
    expect(text).toContain("【待填写：年初预算与全年预算及预算调整情况（部门整体支出绩效自评表中未找到“年初预算数”）】");
    const rows = doc.attachments[1].tables[0].rows.map((r) => r.cells.map((c) => runText(c.runs)));
    expect(rows).toContainEqual(["金额合计", "", "1,310.60", "1,286.45", "10", "98.16%", "9.82"]);
    expect(rows.filter((r) => /^任务\d/.test(r[0]))).toHaveLength(4);
  });

  it("goals left blank under stacked 预期目标 / 实际完成情况 labels: a placeholder, never a header word (was “年度绩效目标：三级指标。”)", async () => {
    const data = exampleData();
    data.selfEval.overall.goals = { expected: "", actual: "" };
    const layout = EXAMPLE_LAYOUT.map((s) =>
      s.name === "整体自评" ? { name: "整体自评", tables: [{ table: "overall.hunan" as const, variant: { name: "goals-as-rows", goalsAsRows: true } }] } : s,
    );
    const text = texts(buildReport(readPackage(await buildPackageSnapshot(data, layout)))).join("\n");
    expect(text).toContain("【待填写：年度绩效目标（部门整体支出绩效自评表未填写）】");
    expect(text).not.toMatch(/年度绩效目标：(三级指标|一级指标|实际完成情况)/);
    expect(text).not.toMatch(/年度总体目标完成情况：(三级指标|一级指标)/);
  });
});
