import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { pairReports } from "../../src/cli/pair-reports";
import * as io from "../../src/cli/io";
import { buildPackageBuffer } from "../fixtures/build-package";
import { SEEDED_MISTAKES, examplePackage, generatedReportDocx } from "../fixtures/narrative/seeded-reports";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

describe("pairReports", () => {
  it("pairs a report with the workbook of the same name, else with the only workbook", () => {
    expect(pairReports(["a/材料.xlsx", "b/材料.docx"])).toEqual({ workbooks: ["a/材料.xlsx"], reports: [{ report: "b/材料.docx", workbook: "a/材料.xlsx" }] });
    expect(pairReports(["甲.xlsx", "乙.xlsx", "乙.docx"]).reports).toEqual([{ report: "乙.docx", workbook: "乙.xlsx" }]);
    expect(pairReports(["材料.xlsx", "报告.docx"]).reports).toEqual([{ report: "报告.docx", workbook: "材料.xlsx" }]);
  });

  it("refuses a report it cannot pair, in Chinese", () => {
    expect(() => pairReports(["甲.xlsx", "乙.xlsx", "报告.docx"])).toThrow(/无法确定报告“报告.docx”对应哪个工作簿/);
    expect(() => pairReports(["报告.docx"])).toThrow(/需与材料一起核对/);
  });
});

describe("jx check 材料.xlsx 报告.docx", () => {
  const dir = mkdtempSync(join(tmpdir(), "jx-check-report-"));
  const workbook = join(dir, "材料.xlsx");
  const clean = join(dir, "报告.docx");
  const seeded = join(dir, "有误的报告.docx");
  const amount = SEEDED_MISTAKES.find((m) => m.expect.rule === "narrative.amount")!;

  beforeAll(async () => {
    writeFileSync(workbook, await buildPackageBuffer());
    const model = await examplePackage();
    writeFileSync(clean, await generatedReportDocx(model));
    writeFileSync(seeded, await generatedReportDocx(model, [amount]));
  });

  it("adds no finding for a report whose figures match the tables (same findings as the workbook alone)", async () => {
    const alone = await run(["check", workbook, "--format", "json"]);
    const paired = await run(["check", workbook, clean, "--format", "json"]);
    expect(paired.code).toBe(alone.code);
    const json = JSON.parse(paired.out);
    expect(json.files[0].reports).toEqual([clean]);
    expect(json.files[0].findings).toEqual(JSON.parse(alone.out).files[0].findings);
  });

  it("text output names the report, the paragraph number with an excerpt, and the table cell; exit 1", async () => {
    const { code, out } = await run(["check", workbook, seeded]);
    expect(code).toBe(1);
    expect(out).toContain(`报告：${seeded}`);
    expect(out).toContain("自评报告正文");
    expect(out).toMatch(/第\d+段“其中公务接待费3\.25万元”与表格不符/);
    expect(out).toMatch(/报告第\d+段：“2024年度“三公”经费预算12\.00万元/);
    expect(out).toContain("工作表“三公经费” D8");
    expect(out).toContain("[narrative.amount]");
  });

  it("JSON carries the paragraph of each narrative finding", async () => {
    const { code, out } = await run(["check", workbook, seeded, "--format", "json"]);
    expect(code).toBe(1);
    const narrative = JSON.parse(out).files[0].findings.filter((f: { rule: string }) => f.rule.startsWith("narrative."));
    expect(narrative).toHaveLength(1);
    expect(narrative[0]).toMatchObject({ rule: "narrative.amount", sheet: "三公经费", cell: "D8", expected: "2.35", actual: "3.25" });
    expect(narrative[0].paragraph.number).toBeGreaterThan(1);
    expect(narrative[0].paragraph.text).toContain("公务接待费3.25万元");
  });

  it("checks the report against the package the check read: the workbook is loaded once, and a type on each finding", async () => {
    const loads = jest.spyOn(io, "loadWorkbook");
    try {
      const { code, out } = await run(["check", workbook, seeded, "--format", "json"]);
      expect(code).toBe(1);
      expect(loads.mock.calls.map(([file]) => file)).toEqual([workbook]);
      const narrative = JSON.parse(out).files[0].findings.filter((f: { rule: string }) => f.rule.startsWith("narrative."));
      expect(narrative.map((f: { type: string }) => f.type)).toEqual(["broken"]);
      // The package is not part of the output.
      expect(JSON.parse(out).files[0].model).toBeUndefined();
    } finally {
      loads.mockRestore();
    }
  });

  it("a .doc report is unreadable input: a Chinese message and exit 2", async () => {
    const doc = join(dir, "旧报告.doc");
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const { code, err } = await run(["check", workbook, doc]);
    expect(code).toBe(2);
    expect(err).toContain("无法读取“旧报告.doc”");
    expect(err).toContain("另存为 .docx");
  });
});
