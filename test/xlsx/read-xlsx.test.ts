import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsxSnapshot, uncalculatedBySheet } from "../../src/xlsx/read-xlsx";
import { snapshotFromExcelJs } from "../../src/xlsx/snapshot";
import { buildPackageBuffer, exampleData, EXAMPLE_LAYOUT, SHAANXI_LAYOUT, type SheetLayout } from "../fixtures/build-package";
import type { FinalLayoutVariant } from "../fixtures/layouts/final/common";
import { EXAMPLES_DIR, EXAMPLE_FILES } from "../../scripts/generate-examples";

/**
 * The reference: what the CLI produced before the fast reader (exceljs load + snapshotFromExcelJs), with the
 * formulas saved without a result read from the XML as the CLI's exceljs path does (exceljs cannot tell them).
 */
async function viaExcelJs(bytes: Uint8Array): Promise<ReturnType<typeof snapshotFromExcelJs>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return snapshotFromExcelJs(wb, "x.xlsx", uncalculatedBySheet(bytes));
}

async function expectSameAsExcelJs(bytes: Uint8Array): Promise<void> {
  const fast = await readXlsxSnapshot(bytes, "x.xlsx");
  expect(fast).toEqual(await viaExcelJs(bytes));
}

/** Every table of the example layout written with one variant (and shifted), so each habit is read both ways. */
function layoutWith(variant: FinalLayoutVariant): SheetLayout[] {
  return EXAMPLE_LAYOUT.map((s) => ({ name: s.name, tables: s.tables.map((t) => ({ ...t, variant })) }));
}

const VARIANTS: FinalLayoutVariant[] = [
  { name: "元", unitYuan: true },
  { name: "text", numbersAsText: true, codeInName: true },
  { name: "merged", mergedHeaders: true, offset: { row: 3, col: 2 } },
  { name: "breaks", lineBreaks: true, straySpaces: true, halfWidthBrackets: true, withoutTag: true },
  { name: "all", unitYuan: true, numbersAsText: true, mergedHeaders: true, lineBreaks: true, offset: { row: 1, col: 1 }, columnsByBudget: true },
];

describe("readXlsxSnapshot gives exactly exceljs's snapshot", () => {
  it.each([
    ["example", EXAMPLE_LAYOUT],
    ["shaanxi", SHAANXI_LAYOUT],
  ] as const)("%s package", async (_, layout) => {
    await expectSameAsExcelJs(await buildPackageBuffer(exampleData(), layout));
  });

  it.each(VARIANTS.map((v) => [v.name, v] as const))("package with every table in variant %s", async (_, variant) => {
    await expectSameAsExcelJs(await buildPackageBuffer(exampleData(), layoutWith(variant)));
  });

  it.each(Object.entries(EXAMPLE_FILES))("bundled examples/ %s", async (_, file) => {
    await expectSameAsExcelJs(readFileSync(join(EXAMPLES_DIR, file)));
  });

  it("a workbook with rich text, booleans, errors, formulas, dates, formats, merges, hidden and protected sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("值 & <类型>");
    ws.getCell("A1").value = { richText: [{ text: "加粗", font: { bold: true } }, { text: " 与普通 " }] };
    ws.getCell("A2").value = true;
    ws.getCell("B2").value = false;
    ws.getCell("A3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("A4").value = { formula: "1+1", result: 2 };
    ws.getCell("B4").value = { formula: "A4-2", result: 0 }; // exceljs shows a 0 result as empty
    ws.getCell("C4").value = { formula: "\"文\"&\"本\"", result: "文本" };
    ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E4").value = { formula: "TRUE()", result: true };
    ws.getCell("F4").value = { formula: "NOW()" }; // no cached result
    ws.getCell("A5").value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell("B5").value = { formula: "A5+1", result: new Date(Date.UTC(2025, 0, 1)) };
    ws.getCell("B5").numFmt = "yyyy-mm-dd";
    ws.getCell("A6").value = 0.1234;
    ws.getCell("A6").numFmt = "0.00%";
    ws.getCell("B6").value = 1234.5;
    ws.getCell("B6").numFmt = "#,##0.00";
    ws.getCell("C6").value = 12;
    ws.getCell("C6").numFmt = '#,##0.00"万元";[Red]-#,##0.00';
    ws.getCell("D6").value = 3;
    ws.getCell("D6").numFmt = "[>=100]0;0.0";
    ws.getCell("A7").value = "  前后空格  ";
    ws.getCell("B7").value = "换行\r\n第二行\n第三行";
    ws.getCell("C7").value = "符号 & < > \" ' 😀";
    ws.getCell("D7").value = "";
    ws.getCell("A8").value = "合并";
    ws.getCell("B8").value = "被合并覆盖";
    ws.mergeCells("A8:C9");
    ws.mergeCells("E10:F12"); // an empty merge beyond the data widens the grid
    ws.getCell("H2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } }; // styled, empty
    ws.getRow(15).height = 30; // a row with no cells still counts
    const shared = wb.addWorksheet("共享公式");
    shared.getCell("A1").value = 1;
    shared.getCell("A2").value = 2;
    shared.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B2" } as unknown as ExcelJS.CellValue;
    shared.getCell("B2").value = { sharedFormula: "B1", result: 4 } as unknown as ExcelJS.CellValue;
    const hidden = wb.addWorksheet("隐藏表", { state: "hidden" });
    hidden.getCell("B2").value = 42;
    const locked = wb.addWorksheet("保护表");
    locked.getCell("A1").value = "不可改";
    await locked.protect("pw", {});
    wb.addWorksheet("空表");
    // The annotated copy links each finding to its cell; exceljs then shows a linked cell's value as text.
    const links = wb.addWorksheet("链接");
    links.getCell("A1").value = { text: "基础数据表 D19", hyperlink: "#'基础数据表'!D19" };
    links.getCell("B1").value = "无链接";
    await expectSameAsExcelJs(new Uint8Array(await wb.xlsx.writeBuffer()));
  });
});

/** A small deterministic PRNG (mulberry32), so the random workbooks are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS = ["General", "0.00", "#,##0", "0%", "0.00%", "yyyy-mm-dd", "mm-dd-yy", '#,##0.00"元"', "[Red]0.0", "@", "h:mm", "0.0_);(0.0)"];
const TEXTS = ["收入", "  空格 ", "a&b<c>\"d'", "行1\n行2", "", "0", "1,246.45", "－", "_x0041_", "😀"];

/** Cells of every kind exceljs writes, at random places, with random formats and merges. */
function randomWorkbook(seed: number): ExcelJS.Workbook {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < 1 + Math.floor(rnd() * 3); s++) {
    const ws = wb.addWorksheet(`表${s + 1}`, { state: rnd() < 0.2 ? "hidden" : "visible" });
    for (let i = 0; i < 60; i++) {
      const cell = ws.getCell(1 + Math.floor(rnd() * 25), 1 + Math.floor(rnd() * 12));
      const kind = Math.floor(rnd() * 9);
      if (kind === 0) cell.value = Math.round((rnd() - 0.3) * 1e6) / 100;
      else if (kind === 1) cell.value = pick(TEXTS);
      else if (kind === 2) cell.value = rnd() < 0.5;
      else if (kind === 3) cell.value = new Date(Date.UTC(2000 + Math.floor(rnd() * 30), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
      else if (kind === 4) cell.value = { formula: "A1", result: pick([0, 1.5, "", "文本", true, false, undefined]) } as ExcelJS.CellFormulaValue;
      else if (kind === 5) cell.value = { error: pick(["#N/A", "#REF!", "#DIV/0!"]) } as ExcelJS.CellErrorValue;
      else if (kind === 6) cell.value = { richText: [{ text: pick(TEXTS) }, { text: pick(TEXTS), font: { bold: true } }] };
      else if (kind === 7) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      if (rnd() < 0.5) cell.numFmt = pick(FORMATS);
    }
    for (let m = 0; m < 4; m++) {
      const top = 1 + Math.floor(rnd() * 30);
      const left = 1 + Math.floor(rnd() * 14);
      try {
        ws.mergeCells(top, left, top + Math.floor(rnd() * 3), left + Math.floor(rnd() * 3));
      } catch {
        // overlaps an earlier merge: exceljs refuses, skip it
      }
    }
    if (rnd() < 0.3) ws.getRow(40 + Math.floor(rnd() * 10)).height = 20;
  }
  return wb;
}

describe("readXlsxSnapshot on random workbooks", () => {
  it.each(Array.from({ length: 20 }, (_, i) => [i + 1]))("seed %i", async (seed) => {
    const bytes = new Uint8Array(await randomWorkbook(seed).xlsx.writeBuffer());
    // A text result in a date format makes exceljs's snapshot fail (invalid date); the fast reader must fail too.
    const reference = await viaExcelJs(bytes).catch((e: Error) => e);
    if (reference instanceof Error) await expect(readXlsxSnapshot(bytes, "x.xlsx")).rejects.toThrow(reference.message);
    else expect(await readXlsxSnapshot(bytes, "x.xlsx")).toEqual(reference);
  });
});

/** A minimal workbook written by hand, for what exceljs never writes itself (inline strings, t="str", entities). */
async function handWritten(sheetData: string, options: { sst?: string; date1904?: boolean; extra?: string; sheetRels?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\r\n<workbook xmlns="${main}" xmlns:r="${rel}"><workbookPr${options.date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="R&amp;amp;D" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\%&quot;整&quot;"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs></styleSheet>`,
  );
  if (options.sst) {
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}">${options.sst}</sst>`);
  }
  if (options.sheetRels) {
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.sheetRels}</Relationships>`);
  }
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="A1:Z99"/><sheetData>${sheetData}</sheetData>${options.extra ?? ""}</worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("readXlsxSnapshot on parts exceljs never writes", () => {
  it("inline strings, t=str, errors, booleans, entities, _xHHHH_ escapes and whitespace", async () => {
    const bytes = await handWritten(
      `<row r="1">
         <c r="A1" t="inlineStr"><is><t xml:space="preserve"> 内联 &amp;amp; &#x4E2D;&#25991; </t></is></c>
         <c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve"> 文本_x000D_</t></r></is></c>
         <c r="C1" t="str"><v>a &amp;lt; b</v></c>
         <c r="D1" t="e"><v>#N/A</v></c>
         <c r="E1" t="b"><v>1</v></c>
         <c r="F1" t="n"><v> 12.5 </v></c>
         <c r="G1"><v>7</v></c>
       </row>
       <row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c><c r="D3" s="1"><v>0.5</v></c><c r="E3" s="2"><v>45000</v></c><c r="F3" s="3"><v>45292</v></c><c r="G3" s="4"><v>0.25</v></c></row>
       <row r="4"><c r="A4" t="str"><f>A3&amp;"x"</f><v>&amp;amp;x</v></c><c r="B4" t="b"><f>FALSE()</f><v>0</v></c><c r="C4" s="3"><f>F3+1</f><v>45293</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
       <row r="6" s="1" customFormat="1"><c r="C6" s="1"/><c r="D6" s="0"/><c r="E6"/></row>
       <row r="7"><c r="Z7" s="1"/><c r="A7"><v>1</v></c></row>`,
      {
        sst: `<si><t>普通</t></si><si><r><t>富文本</t></r><r><rPr><i/></rPr><t xml:space="preserve"> 第二段</t></r></si><si><t>带注音</t><rPh sb="0" eb="1"><t>ダイ</t></rPh><phoneticPr fontId="1"/></si>`,
        // Hyperlinks on a number, a boolean, a t="str" text and a formula: exceljs shows their text.
        extra: `<sheetProtection sheet="1" objects="1"/><mergeCells count="1"><mergeCell ref="F6:G8"/></mergeCells><hyperlinks><hyperlink ref="G1" r:id="rId1"/><hyperlink ref="E1" r:id="rId1"/><hyperlink ref="C1" r:id="rId1"/><hyperlink ref="A4" r:id="rId1"/><hyperlink ref="B3" location="Sheet1!A1"/></hyperlinks>`,
        sheetRels: `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>`,
      },
    );
    const fast = await readXlsxSnapshot(bytes, "x.xlsx");
    expect(fast).toEqual(await viaExcelJs(bytes));
    // A few values spelled out, so the comparison cannot pass by both readers returning nothing.
    expect(fast.sheets[0].name).toBe("R&D");
    expect(fast.sheets[0].values[0].slice(0, 7)).toEqual([" 内联 &amp; 中文 ", "富 文本\r", "a < b", "#N/A", "true", 12.5, "7"]);
    // A row ends at its last value (a sparse snapshot), not at the widest row's end.
    expect(fast.sheets[0].values[2]).toEqual(["普通", "富文本 第二段", "带注音", 0.5, "2023-03-15", "2024-01-01", 0.25]);
    expect(fast.sheets[0].numberFormats[2].slice(3, 7)).toEqual(["0.0%\"整\"", 'yyyy"年"m"月"d"日"', "mm-dd-yy", "0.00%"]);
    expect(fast.sheets[0].protected).toBe(true);
  });

  it("dates in the 1904 system", async () => {
    const bytes = await handWritten(`<row r="1"><c r="A1" s="3"><v>43830</v></c></row>`, { date1904: true });
    const fast = await readXlsxSnapshot(bytes, "x.xlsx");
    expect(fast).toEqual(await viaExcelJs(bytes));
    expect(fast.sheets[0].values[0][0]).toBe("2024-01-01");
  });
});

describe("readXlsxSnapshot reads plain cells in one match and others token by token, the same way", () => {
  it("the example package with every cell off the fast path (an extra space after <c) reads the same", async () => {
    const bytes = await buildPackageBuffer(exampleData(), EXAMPLE_LAYOUT);
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((f) => f.startsWith("xl/worksheets/sheet"));
    for (const path of sheets) zip.file(path, (await zip.file(path)!.async("string")).replaceAll("<c r=", "<c  r="));
    const slow = await zip.generateAsync({ type: "uint8array" });
    expect(new TextDecoder().decode(await zip.file(sheets[0])!.async("uint8array"))).toContain("<c  r=");
    expect(await readXlsxSnapshot(slow, "x.xlsx")).toEqual(await readXlsxSnapshot(bytes, "x.xlsx"));
  });

  it("cells at the edge of the fast path, as exceljs reads them", async () => {
    const bytes = await handWritten(
      `<row r="1"><c r="A1" s="1"><v></v></c><c r="B1" t="inlineStr"/><c r="$C$1"><v>3</v></c><c r="D1" s=""><v>4</v></c><c t="n" r="E1"><v>5</v></c><c r="F1" s="3" t="n"><v>45292</v></c></row>` +
        `<row r="2"><c r="A2"><v>1</v></c><c r="A2"><v>2</v></c><c r="B2" s="007"><v>0.5</v></c><c r="C2"><v>1&#46;5</v></c><c r="D2"><v>x
y</v></c><c r="E2" s="1"/></row>` +
        `<row r="3"/><row r="4"><!-- a comment --><c r="A4"><v>4</v></c>
  <c r="B4"><v>5</v></c></row>` +
        `<row r="2"><c r="C2"><v>6</v></c></row>`,
    );
    const fast = await readXlsxSnapshot(bytes, "x.xlsx");
    expect(fast).toEqual(await viaExcelJs(bytes));
    // Empty cells are missing (a sparse snapshot), read as null by rawAt.
    expect(fast.sheets[0].values[0].slice(0, 6)).toEqual([undefined, undefined, 3, 4, 5, "2024-01-01"]);
    expect(fast.sheets[0].values[1].slice(0, 3)).toEqual([undefined, undefined, 6]); // the second row 2 replaces the first
    expect(fast.sheets[0].values[3].slice(0, 2)).toEqual([4, 5]);
  });

  it("a cell outside a row (exceljs puts it in the row before)", async () => {
    await expect(readXlsxSnapshot(await handWritten(`<row r="1"/><c r="A1"><v>1</v></c>`), "x.xlsx")).rejects.toThrow();
  });

  it.each(['<c r="AAAA1"><v>1</v></c>', '<c r="XFE1"><v>1</v></c>', '<c r="A"><v>1</v></c>', '<c r="A1" s="1" t="x"><v>1<x/></v></c>'])(
    "a cell it refuses: %s",
    async (c) => {
      await expect(readXlsxSnapshot(await handWritten(`<row r="1">${c}</row>`), "x.xlsx")).rejects.toThrow();
    },
  );
});

describe("readXlsxSnapshot refuses what it does not understand (the caller falls back to exceljs)", () => {
  it("garbage bytes", async () => {
    await expect(readXlsxSnapshot(new TextEncoder().encode("这不是一个 xlsx 文件"), "x.xlsx")).rejects.toThrow();
  });

  it("a zip without xl/workbook.xml", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    await expect(readXlsxSnapshot(await zip.generateAsync({ type: "uint8array" }), "x.docx")).rejects.toThrow();
  });

  it("a strict OOXML workbook (other namespaces and relationship types)", async () => {
    const zip = await JSZip.loadAsync(await handWritten(`<row r="1"><c r="A1"><v>1</v></c></row>`));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbook.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    await expect(readXlsxSnapshot(await zip.generateAsync({ type: "uint8array" }), "x.xlsx")).rejects.toThrow();
  });

  it.each(["&constructor;", "&nbsp;", "&#0;", "a & b"])("text that is not well-formed XML: %s", async (text) => {
    const bytes = await handWritten(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`);
    await expect(readXlsxSnapshot(bytes, "x.xlsx")).rejects.toThrow();
    await expect(viaExcelJs(bytes)).rejects.toThrow(); // exceljs cannot read it either
  });

  it("CDATA, which exceljs silently drops", async () => {
    const bytes = await handWritten(`<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row>`);
    await expect(readXlsxSnapshot(bytes, "x.xlsx")).rejects.toThrow();
  });

  it("a hyperlinked date (exceljs would show it as a local date string)", async () => {
    const wb = new ExcelJS.Workbook();
    const cell = wb.addWorksheet("链接").getCell("A1");
    cell.value = { text: "占位", hyperlink: "https://example.org" };
    cell.value = new Date(Date.UTC(2024, 0, 1));
    cell.numFmt = "yyyy-mm-dd";
    const bytes = await wb.xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toContain("<hyperlink ");
    // exceljs drops the link when the value is replaced; write one by hand.
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks></worksheet>'));
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>');
    await expect(readXlsxSnapshot(await zip.generateAsync({ type: "uint8array" }), "x.xlsx")).rejects.toThrow();
  });

  it("a shared string index beyond the table", async () => {
    const bytes = await handWritten(`<row r="1"><c r="A1" t="s"><v>3</v></c></row>`, { sst: "<si><t>仅一条</t></si>" });
    await expect(readXlsxSnapshot(bytes, "x.xlsx")).rejects.toThrow();
  });
});
