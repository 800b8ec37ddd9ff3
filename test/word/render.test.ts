import JSZip from "jszip";
import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import { buildReport, allRuns, runText } from "../../src/core/report";
import { renderReportDocx, TEXT_WIDTH } from "../../src/word";
import { exampleModel } from "../core/report/support";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string): Promise<XmlDocument> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the .docx`);
    return new DOMParser().parseFromString(await file.async("string"), "text/xml");
  };
  return { zip, xml };
}

const all = (node: XmlDocument | Element, tag: string): Element[] => Array.from(node.getElementsByTagNameNS(W, tag)) as Element[];
const first = (node: XmlDocument | Element, tag: string): Element => {
  const e = all(node, tag)[0];
  if (!e) throw new Error(`no w:${tag}`);
  return e;
};
const attr = (e: Element, name: string) => e.getAttributeNS(W, name) ?? e.getAttribute(`w:${name}`);
const textOf = (e: Element) => all(e, "t").map((t) => t.textContent ?? "").join("");

function style(styles: XmlDocument, id: string): Element {
  const s = all(styles, "style").find((e) => attr(e, "styleId") === id);
  if (!s) throw new Error(`style ${id} missing`);
  return s;
}

function runProps(styles: XmlDocument, id: string) {
  const s = style(styles, id);
  const fonts = all(s, "rFonts")[0];
  const size = all(s, "sz")[0];
  return { eastAsia: fonts && attr(fonts, "eastAsia"), ascii: fonts && attr(fonts, "ascii"), size: size && attr(size, "val") };
}

describe("renderReportDocx: the example report as a GB/T 9704 .docx", () => {
  const report = buildReport(exampleModel());
  let files: Awaited<ReturnType<typeof unzip>>;
  let document: XmlDocument;
  let styles: XmlDocument;

  beforeAll(async () => {
    const bytes = await renderReportDocx(report);
    expect(bytes).toBeInstanceOf(Uint8Array);
    files = await unzip(bytes);
    document = await files.xml("word/document.xml");
    styles = await files.xml("word/styles.xml");
  });

  it("sets up an A4 page with 37 mm top and 28 mm left margins and a 156 × 225 mm text block", () => {
    const size = first(document, "pgSz");
    const margin = first(document, "pgMar");
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
    expect(Number(attr(size, "w"))).toBe(twips(210));
    expect(Number(attr(size, "h"))).toBe(twips(297));
    expect(Number(attr(margin, "top"))).toBe(twips(37));
    expect(Number(attr(margin, "left"))).toBe(twips(28));
    const width = Number(attr(size, "w")) - Number(attr(margin, "left")) - Number(attr(margin, "right"));
    const height = Number(attr(size, "h")) - Number(attr(margin, "top")) - Number(attr(margin, "bottom"));
    expect(Math.abs(width - twips(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(height - twips(225))).toBeLessThanOrEqual(1);
  });

  it("declares the GB/T 9704 fonts and sizes in styles.xml, East Asian slot included", () => {
    expect(runProps(styles, "ReportTitle")).toEqual({ eastAsia: "方正小标宋简体", ascii: "方正小标宋简体", size: "44" });
    expect(runProps(styles, "ReportBody")).toEqual({ eastAsia: "仿宋_GB2312", ascii: "仿宋_GB2312", size: "32" });
    expect(runProps(styles, "ReportHeading1").eastAsia).toBe("黑体");
    expect(runProps(styles, "ReportHeading2").eastAsia).toBe("楷体_GB2312");
    expect(runProps(styles, "ReportHeading3").eastAsia).toBe("仿宋_GB2312");
    expect(runProps(styles, "ReportHeading4").eastAsia).toBe("仿宋_GB2312");
    expect(runProps(styles, "ReportPageNumberOdd")).toEqual({ eastAsia: "宋体", ascii: "宋体", size: "28" });
  });

  it("sets body text at a fixed 28 pt line with a two-character first-line indent", () => {
    const body = style(styles, "ReportBody");
    const spacing = first(body, "spacing");
    expect(attr(spacing, "line")).toBe("560");
    expect(attr(spacing, "lineRule")).toBe("exact");
    expect(attr(first(body, "ind"), "firstLine")).toBe("640");
    expect(attr(first(style(styles, "ReportTitle"), "jc"), "val")).toBe("center");
  });

  it("numbers pages “— N —” with a PAGE field, odd pages right and even pages left", async () => {
    const settings = await files.xml("word/settings.xml");
    expect(all(settings, "evenAndOddHeaders")).toHaveLength(1);
    const refs = all(document, "footerReference").map((r) => attr(r, "type"));
    // Body and attachments are two sections, each with its odd/even footers; page numbers run on.
    expect(refs.sort()).toEqual(["default", "default", "even", "even"]);
    expect(all(document, "pgNumType").filter((p) => attr(p, "start"))).toHaveLength(0);
    const footers = Object.keys(files.zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers).toHaveLength(4);
    const alignments: string[] = [];
    for (const name of footers) {
      const footer = await files.xml(name);
      const instr = all(footer, "instrText").map((e) => e.textContent?.trim());
      expect(instr).toContain("PAGE");
      expect(textOf(footer as unknown as Element).replace(/\s/g, "")).toBe("——");
      alignments.push(attr(first(style(styles, attr(first(footer, "pStyle"), "val")!), "jc"), "val")!);
    }
    expect(alignments.sort()).toEqual(["left", "left", "right", "right"]);
  });

  it("writes the outline's headings in their heading styles", () => {
    const paragraphs = all(document, "p");
    const byStyle = (id: string) =>
      paragraphs.filter((p) => all(p, "pStyle").some((s) => attr(s, "val") === id)).map((p) => textOf(p));
    expect(byStyle("ReportHeading1")).toEqual(
      report.body.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.number + b.text] : [])),
    );
    expect(byStyle("ReportHeading2")).toContain("（二）整体支出规模、使用方向");
    expect(byStyle("ReportTitle")).toEqual(["2024年度示例县医疗保障局", "整体支出绩效自评报告"]);
  });

  it("carries every computed figure of the model into the document", () => {
    const text = textOf(first(document, "body"));
    const figures = allRuns(report).filter((r) => r.kind === "figure");
    for (const f of figures) expect(text).toContain(f.text);
    for (const b of report.body) if (b.kind === "paragraph") expect(text).toContain(runText(b.runs));
    expect(text).toContain("预算执行率98.16%");
    expect(text).toContain("全年支出1286.45万元");
  });

  it("traces every computed figure of the body with a Word comment naming its sheet!cell", async () => {
    const comments = await files.xml("word/comments.xml");
    const notes = new Map(all(comments, "comment").map((c) => [attr(c, "id"), textOf(c)]));
    const bodyFigures = report.body.flatMap((b) => (b.kind === "paragraph" ? b.runs.filter((r) => r.kind === "figure") : []));
    const starts = all(document, "commentRangeStart");
    expect(starts).toHaveLength(bodyFigures.length);
    expect(all(document, "commentRangeEnd")).toHaveLength(bodyFigures.length);
    expect(all(document, "commentReference")).toHaveLength(bodyFigures.length);
    starts.forEach((start, i) => {
      const figure = bodyFigures[i];
      if (figure.kind !== "figure") throw new Error("not a figure");
      // The run right after the range start is the figure itself.
      const run = start.nextSibling as Element;
      expect(textOf(run)).toBe(figure.text);
      const note = notes.get(attr(start, "id"));
      for (const c of figure.sources) expect(note).toContain(`${c.sheet}!${c.cell}`);
    });
    expect([...notes.values()]).toContain("数据来源：整体自评表!B6");
  });

  it("sets a document grid of 28 pt lines and 28 characters a line on the body's pages", () => {
    const grids = all(document, "docGrid");
    // The body's section has the grid; the attachments' section (tables in 五号) has none.
    expect(grids.map((g) => attr(g, "type"))).toEqual(["lines", null].slice(0, grids.length));
    expect(attr(grids[0], "linePitch")).toBe("560");
    // Character pitch = 16 pt + character spacing: 28 characters fit the text width, 29 do not.
    const spacing = Number(attr(first(first(style(styles, "ReportBody"), "rPr"), "spacing"), "val"));
    expect(spacing).toBeLessThan(0);
    const pitch = 16 + spacing / 20;
    expect(28 * pitch).toBeLessThanOrEqual(TEXT_WIDTH / 20);
    expect(29 * pitch).toBeGreaterThan(TEXT_WIDTH / 20);
    // The grid's cell pitch, for Word users who turn the character grid on, also gives 28.
    expect(Math.round(TEXT_WIDTH / 20 / (16 + Number(attr(grids[0], "charSpace")) / 4096))).toBe(28);
    expect(all(document, "sectPr")).toHaveLength(2);
  });

  it("repeats each table's leading heading rows on every page and keeps captions with their table", () => {
    const tables = all(document, "tbl");
    const expected = report.attachments.flatMap((a) => a.tables);
    tables.forEach((t, i) => {
      const rows = all(t, "tr").filter((tr) => tr.parentNode === t);
      const leading = expected[i].rows.findIndex((r) => !r.header);
      const repeated = rows.map((tr) => all(tr, "tblHeader").length > 0);
      expect(repeated).toEqual(expected[i].rows.map((_, j) => j < (leading < 0 ? rows.length : leading)));
    });
    expect(tables.filter((t) => all(t, "tblHeader").length > 0).length).toBeGreaterThanOrEqual(8);
    const paragraphs = all(document, "p");
    const captions = paragraphs.filter((p) => all(p, "pStyle").some((s) => attr(s, "val") === "ReportTableCaption"));
    expect(captions.map(textOf)).toEqual(["1. 医疗救助资金管理", "2. 医保基金监管专项", "3. 医保信息化建设"]);
    const caption = style(styles, "ReportTableCaption");
    expect(all(caption, "keepNext")).toHaveLength(1);
    expect(all(style(styles, "ReportUnitNote"), "keepNext")).toHaveLength(1);
  });

  it("keeps the last body paragraph with the 附件说明", () => {
    const paragraphs = all(document, "p");
    const list = paragraphs.findIndex((p) => all(p, "pStyle").some((s) => attr(s, "val") === "ReportAttachmentList"));
    // The last body paragraph, then one blank line, then the list.
    expect(all(paragraphs[list - 2], "keepNext")).toHaveLength(1);
    expect(all(paragraphs[list - 1], "keepNext")).toHaveLength(1);
  });

  it("lists the attachments in one 附件说明 paragraph kept on the page of the signature", () => {
    const paragraphs = all(document, "p");
    const list = paragraphs.find((p) => all(p, "pStyle").some((s) => attr(s, "val") === "ReportAttachmentList"))!;
    expect(all(list, "t").map((t) => t.textContent)).toEqual(["附件：1．部门整体支出绩效评价基础数据表", "2．部门整体支出绩效自评表", "3．项目支出绩效自评表"]);
    expect(all(list, "br")).toHaveLength(2);
    const signature = paragraphs.filter((p) => all(p, "pStyle").some((s) => attr(s, "val") === "ReportSignature"));
    expect(signature.map(textOf)).toEqual(["示例县医疗保障局", "2025年3月15日"]);
    // From the list to the unit name every paragraph keeps with the next.
    const from = paragraphs.indexOf(list);
    const to = paragraphs.indexOf(signature[0]);
    for (const p of paragraphs.slice(from, to + 1)) expect(all(p, "keepNext")).toHaveLength(1);
  });

  it("highlights placeholders through one character style", () => {
    const placeholder = style(styles, "ReportPlaceholder");
    expect(attr(first(placeholder, "highlight"), "val")).toBe("yellow");
    const runs = all(document, "r").filter((r) => all(r, "rStyle").some((s) => attr(s, "val") === "ReportPlaceholder"));
    const expected = allRuns(report).filter((r) => r.kind === "placeholder");
    expect(runs.map(textOf)).toEqual(expected.map((r) => r.text));
    for (const r of runs) expect(textOf(r)).toMatch(/^【待/);
  });

  it("reproduces the attachments as tables fitted to the text width", () => {
    const tables = all(document, "tbl");
    const expected = report.attachments.flatMap((a) => a.tables);
    expect(tables).toHaveLength(expected.length);
    tables.forEach((t, i) => {
      const grid = all(t, "gridCol").map((g) => Number(attr(g, "w")));
      expect(grid).toHaveLength(expected[i].widths.length);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      expect(all(t, "tr").filter((tr) => tr.parentNode === t)).toHaveLength(expected[i].rows.length);
    });
    expect(textOf(tables[0])).toContain("编制数（人）");
    expect(textOf(tables[1])).toContain("10.41");
    const indicators = textOf(tables[5]);
    for (const ind of exampleModel().overall!.indicators) expect(indicators).toContain(ind.name.text);
  });

  it("gives every table cell 3 pt side and 1.5 pt top/bottom margins once per table, and aligns only non-left cells", () => {
    const tables = all(document, "tbl");
    for (const t of tables) {
      const mar = first(first(t, "tblPr"), "tblCellMar");
      expect(["left", "right", "top", "bottom"].map((side) => attr(first(mar, side), "w"))).toEqual(["60", "60", "30", "30"]);
    }
    // The cells take the table's margins: none repeats them.
    expect(all(document, "tcMar")).toHaveLength(0);
    // Left is 附表文字's own alignment; amounts are right-aligned by their paragraph.
    const cellParagraphs = all(document, "tc").flatMap((tc) => all(tc, "p"));
    const aligned = cellParagraphs.map((p) => all(p, "jc")[0]).filter((jc): jc is Element => !!jc).map((jc) => attr(jc, "val"));
    expect(aligned).not.toContain("left");
    expect(aligned).toContain("right");
    expect(attr(first(style(styles, "ReportTableText"), "jc"), "val")).toBe("left");
  });

  it("merges 一级指标 cells vertically (vMerge restart + continue)", () => {
    const indicatorTable = all(document, "tbl")[5];
    const merges = all(indicatorTable, "vMerge").map((m) => attr(m, "val") ?? "continue");
    expect(merges.filter((v) => v === "restart").length).toBeGreaterThanOrEqual(3);
    expect(merges.filter((v) => v === "continue").length).toBeGreaterThanOrEqual(5);
  });
});
