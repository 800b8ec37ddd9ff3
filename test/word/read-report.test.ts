import { buildReport } from "../../src/core/report";
import { renderReportDocx } from "../../src/word";
import { paragraphsOfDocumentXml, readReportParagraphs, ReportReadError } from "../../src/word/read-report";
import { buildPackageBuffer } from "../fixtures/build-package";
import { exampleModel } from "../core/report/support";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="a"/></w:pPr>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join("")}</w:p>`;
const table = (inner: string) => `<w:tbl><w:tblPr/><w:tr><w:tc>${inner}</w:tc></w:tr></w:tbl>`;
const documentXml = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;

describe("paragraphsOfDocumentXml", () => {
  it("joins a paragraph's runs, decodes entities, reads tabs and breaks as spaces, and numbers only non-blank paragraphs", () => {
    const xml = documentXml(
      p("基本支出", "936.17万元") + "<w:p/>" + p("  ") + `<w:p><w:r><w:t>A&amp;B&lt;C&gt;&#x4E2D;</w:t><w:tab/><w:t>D</w:t><w:br/><w:t>E</w:t></w:r></w:p>`,
    );
    expect(paragraphsOfDocumentXml(xml)).toEqual([
      { number: 1, text: "基本支出936.17万元" },
      { number: 2, text: "A&B<C>中 D E" },
    ]);
  });

  it("skips tables, nested ones too, and stops at the first 附件N heading", () => {
    const xml = documentXml(
      p("正文一") + table(p("表内") + table(p("嵌套表内"))) + p("正文二") + p("附件：1．部门整体支出绩效自评表") + p("附件1") + p("部门整体支出绩效自评表"),
    );
    expect(paragraphsOfDocumentXml(xml).map((x) => x.text)).toEqual(["正文一", "正文二", "附件：1．部门整体支出绩效自评表"]);
  });
});

describe("readReportParagraphs", () => {
  it("reads the generated example report: title, body and signature, without the attachments' tables", async () => {
    const paragraphs = await readReportParagraphs(await renderReportDocx(buildReport(exampleModel())));
    expect(paragraphs.slice(0, 2).map((x) => x.text)).toEqual(["2024年度示例县医疗保障局", "整体支出绩效自评报告"]);
    expect(paragraphs.map((x) => x.text)).toContain("一、单位基本情况");
    expect(paragraphs.some((x) => x.text.includes("全年支出1286.45万元"))).toBe(true);
    expect(paragraphs[paragraphs.length - 1].text).toBe("2025年3月15日");
    expect(paragraphs.map((x) => x.number)).toEqual(paragraphs.map((_, i) => i + 1));
  });

  it("says in Chinese that a Word 97-2003 .doc must be saved as .docx", async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readReportParagraphs(doc)).rejects.toThrow(ReportReadError);
    await expect(readReportParagraphs(doc)).rejects.toThrow(/\.doc.*另存为 \.docx/);
  });

  it("says a file that is no zip is not a .docx", async () => {
    await expect(readReportParagraphs(new TextEncoder().encode("一份纯文本报告"))).rejects.toThrow("报告不是有效的 .docx 文件");
  });

  it("says a zip without word/document.xml (a workbook picked by mistake) is not a Word document", async () => {
    await expect(readReportParagraphs(new Uint8Array(await buildPackageBuffer()))).rejects.toThrow(/不是 Word 文档/);
  });
});
