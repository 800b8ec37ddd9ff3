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

  it.each(["hunan", "hebei", "sichuan", "shaanxi"] as const)("%s: same text as from the hand-built model", (outline) => {
    const fromWorkbook = buildReport(model, { outline, findings: checkPackage(model) });
    const fromData = buildReport(exampleModel(), { outline });
    expect(texts(fromWorkbook)).toEqual(texts(fromData));
    expect(fromWorkbook.fileName).toBe("2024年度示例县医疗保障局整体支出绩效自评报告.docx");
  });

  it("quotes the workbook's cells as the figures' sources", () => {
    const doc = buildReport(model);
    const execution = doc.body
      .flatMap((b) => (b.kind === "paragraph" ? b.runs : []))
      .find((r) => r.kind === "figure" && r.text === "1286.45万元");
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
    expect(text).not.toMatch(/(^|[^\d,.])0\.00万元/);
    expect(text).toContain("全年支出1286.45万元，其中基本支出936.17万元，占72.77%");
    // Without 表5 the 一般公共预算 figure is the 自评表's (按收入性质分), not a request for 表5.
    expect(text).toContain("2024年度一般公共预算拨款全年预算数1270.60万元。");
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
    expect(text).toContain("全年支出1296.45万元【待核对：表格检查认为此数有误】");
    // Figures no error points at stay unmarked.
    expect(text).toContain("预算执行率分值10分，自评得分9.82分。");
    // A mark follows exactly the figures built from a cell an error names as wrong (its primary cell), not the
    // cells it was only compared with.
    const wrongCells = new Set(findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`));
    const related = new Set(findings.flatMap((f) => f.cells.slice(1).map((c) => `${c.sheet}!${c.cell}`)));
    expect([...related].some((c) => !wrongCells.has(c))).toBe(true);
    for (const b of doc.body) {
      if (b.kind !== "paragraph") continue;
      b.runs.forEach((r, i) => {
        if (r.kind !== "figure") return;
        const marked = b.runs[i + 1]?.text === "【待核对：表格检查认为此数有误】";
        expect(marked).toBe(r.sources.some((c) => wrongCells.has(`${c.sheet}!${c.cell}`)));
      });
    }
  });

  it("Shaanxi 整体自评表: execution from its 金额合计 row, tasks reproduced, no 年初预算数 to quote", async () => {
    const shaanxi = readPackage(await buildPackageSnapshot(exampleData(), SHAANXI_LAYOUT));
    const doc = buildReport(shaanxi);
    const text = texts(doc).join("\n");
    expect(text).toContain("全年预算数1310.60万元，全年执行数1286.45万元，预算执行率98.16%。预算执行率分值10分，自评得分9.82分。");
    expect(text).toContain("【待填写：年初预算与全年预算及预算调整情况（部门整体支出绩效自评表中未找到“年初预算数”）】");
    const rows = doc.attachments[1].tables[1].rows.map((r) => r.cells.map((c) => runText(c.runs)));
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

  it("Shaanxi outline: the 年度主要任务 with budgets, executions and rates, numbered under their heading", async () => {
    const shaanxi = readPackage(await buildPackageSnapshot(exampleData(), SHAANXI_LAYOUT));
    const doc = buildReport(shaanxi, { outline: "shaanxi" });
    const text = texts(doc);
    expect(text.filter((t) => /^[一二三四五六]、/.test(t))).toEqual([
      "一、部门基本情况",
      "二、绩效目标及实现情况",
      "三、自评结论",
      "四、存在的问题及改进措施",
      "五、绩效自评结果应用",
      "六、其他需要说明的问题",
    ]);
    expect(text).toContain("（三）年度主要任务及预算执行情况");
    expect(text).toContain("1.保障机关正常运转：全年预算数950.60万元，全年执行数936.17万元，执行率98.48%。");
    expect(text).toContain("4.医保信息化建设：全年预算数60.00万元，全年执行数55.00万元，执行率91.67%。");
    expect(doc.title.map(runText)).toEqual(["示例县医疗保障局", "2024年度部门整体支出绩效自评报告"]);
  });
});
