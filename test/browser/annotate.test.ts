import { DOMParser, XMLSerializer, type Element as DomElement } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { annotateWorkbook, inspectWorkbook } from "../../src/browser/annotate";
import type { Finding } from "../../src/core/findings/finding";
import { marksFor } from "../../src/ui/marks";
import { RESULT_SHEET, SETTINGS_SHEET } from "../../src/ui/own-sheets";
import { defaultSettings } from "../../src/ui/settings";
import { featureWorkbook, featureWorkbookParts, FEATURE_SHEETS } from "../fixtures/feature-workbook";

/**
 * The annotated copy is the original with marks, 批注 and two sheets added by editing its XML parts: compared
 * part by part with a workbook carrying every feature an exceljs round trip used to lose.
 */

const { t01, locked } = FEATURE_SHEETS;
const bare = { table: null, tolerance: null } as const;
/** Seeded: 本年收入合计 B6 is 1300, the items sum to 1250. */
const incomeTotal: Finding = {
  ...bare,
  rule: "final.t01.income-total",
  severity: "error",
  title: "本年收入合计不等于各项收入之和",
  message: "本年收入合计 1300 万元，各项收入之和 1250 万元，差 50 万元。请核对 B6 或 B3–B5。",
  table: "final.01",
  sheet: t01,
  cell: "B6",
  cells: ["B6", "B3", "B4", "B5"].map((cell) => ({ sheet: t01, cell })),
  expected: "1250",
  actual: "1300",
  difference: "50",
};
/** On the escaped-format cell C3 (12.34 shown as "12.34%"): its number format must survive the mark. */
const share: Finding = { ...bare, rule: "final.t01.balance", severity: "warning", title: "占比与金额不符", message: "", table: "final.01", sheet: t01, cell: "C3", cells: [{ sheet: t01, cell: "C3" }], expected: "80", actual: "12.34", difference: "-67.66" };
/** On cells the part does not hold: C5 in an existing row (column C has a format), D8 in a row that does not exist. */
const blanks: Finding = { ...bare, rule: "final.t01.grand-totals", severity: "warning", title: "缺少合计", message: "应填写合计", table: "final.01", sheet: t01, cell: "C5", cells: [{ sheet: t01, cell: "C5" }, { sheet: t01, cell: "D8" }], expected: null, actual: null, difference: null };
/** A 提示 (尾差): listed, never marked. */
const rounding: Finding = { ...bare, rule: "final.t01.expenditure-total", severity: "info", title: "尾差", message: "", table: "final.01", sheet: t01, cell: "A4", cells: [{ sheet: t01, cell: "A4" }], expected: "1", actual: "1.01", difference: "0.01" };
/** On the sheet LibreOffice protected: reported, not written into. */
const onLocked: Finding = { ...bare, rule: "selfeval.rating", severity: "error", title: "评级与得分不符", message: "", table: null, sheet: locked, cell: "B2", cells: [{ sheet: locked, cell: "B2" }], expected: "优", actual: "良", difference: null };
const findings = [incomeTotal, onLocked, share, blanks, rounding];
const input = { findings, marks: marksFor(findings), settings: defaultSettings() };

async function parts(data: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out.set(name, await zip.files[name].async("nodebuffer"));
  return out;
}

const text = (m: Map<string, Buffer>, name: string) => m.get(name)!.toString("utf8");
const xml = (s: string) => new DOMParser().parseFromString(s, "text/xml");
const serialize = (n: unknown) => new XMLSerializer().serializeToString(n as DomElement);
const childElements = (el: DomElement) => Array.from(el.childNodes).filter((n): n is DomElement => n.nodeType === 1);

const arrayBuffer = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

let original: Uint8Array;
let copy: Uint8Array;
let before: Map<string, Buffer>;
let after: Map<string, Buffer>;
let protectedSheets: string[];

beforeAll(async () => {
  original = await featureWorkbook();
  const result = await annotateWorkbook(original, input);
  copy = result.data;
  protectedSheets = result.protectedSheets;
  before = await parts(original);
  after = await parts(copy);
});

const TOUCHED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"];
const ADDED = ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"];

test("every part not touched keeps its exact bytes; only the expected parts are touched or added", () => {
  expect(Object.keys(featureWorkbookParts()).sort()).toEqual([...before.keys()]);
  for (const [name, bytes] of before) {
    if (TOUCHED.includes(name)) expect(after.get(name)!.equals(bytes)).toBe(false);
    else expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
  }
  expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual(ADDED);
  // The protected sheet, the chart, custom properties and shared strings are among the untouched.
  for (const name of ["xl/worksheets/sheet2.xml", "xl/charts/chart1.xml", "docProps/custom.xml", "xl/sharedStrings.xml", "xl/drawings/drawing1.xml"]) expect(TOUCHED).not.toContain(name);
});

test("workbook.xml differs only by the two sheet entries, their names and the shifted sheet index", () => {
  const wb = text(after, "xl/workbook.xml");
  // Our additions, as written: 检查结果 first, the settings sheet last and very hidden.
  const added = [
    /<sheet name="检查结果" sheetId="3" r:id="rId5"\/>/,
    /<sheet name="jx-selfeval" sheetId="4" state="veryHidden" r:id="rId6"\/>/,
    /<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'检查结果'!\$A\$1:\$J\$6<\/definedName>/,
    /<definedName name="_xlnm.Print_Titles" localSheetId="0">'检查结果'!\$1:\$1<\/definedName>/,
  ];
  let back = wb;
  for (const re of added) {
    expect(back).toMatch(re);
    back = back.replace(re, "");
  }
  // The print area belonged to sheet 0 (表1), which is now sheet 1.
  expect(back).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="1">'表1'!$A$1:$C$6</definedName>`);
  back = back.replace('localSheetId="1"', 'localSheetId="0"');
  expect(back).toBe(text(before, "xl/workbook.xml"));
  // Hence kept verbatim: the structure lock and calcPr.
  expect(wb).toContain('lockStructure="1"/>');
  expect(wb).toContain('<calcPr calcId="191029" iterate="1" iterateCount="50" fullPrecision="0"/>');
});

test("rels and content types only gain entries for the new parts", () => {
  const strip = (s: string, res: RegExp[]) => res.reduce((acc, re) => (expect(acc).toMatch(re), acc.replace(re, "")), s);
  expect(strip(text(after, "xl/_rels/workbook.xml.rels"), [/<Relationship Id="rId5" [^>]*Target="worksheets\/sheet3.xml"\/>/, /<Relationship Id="rId6" [^>]*Target="worksheets\/sheet4.xml"\/>/])).toBe(text(before, "xl/_rels/workbook.xml.rels"));
  expect(
    strip(text(after, "[Content_Types].xml"), [
      /<Default Extension="vml" ContentType="application\/vnd.openxmlformats-officedocument.vmlDrawing"\/>/,
      /<Override PartName="\/xl\/comments1.xml" [^>]*\/>/,
      /<Override PartName="\/xl\/worksheets\/sheet3.xml" [^>]*\/>/,
      /<Override PartName="\/xl\/worksheets\/sheet4.xml" [^>]*\/>/,
    ]),
  ).toBe(text(before, "[Content_Types].xml"));
  expect(
    strip(text(after, "xl/worksheets/_rels/sheet1.xml.rels"), [/<Relationship Id="rId2" [^>]*Target="..\/comments1.xml"\/>/, /<Relationship Id="rId3" [^>]*Target="..\/drawings\/vmlDrawing1.vml"\/>/]),
  ).toBe(text(before, "xl/worksheets/_rels/sheet1.xml.rels"));
});

/** styles.xml: the same entries, in the same order, with formats appended; nothing else changed. */
test("styles.xml only gains appended fonts, fills, borders and cell formats", () => {
  const a = xml(text(before, "xl/styles.xml")).documentElement!;
  const b = xml(text(after, "xl/styles.xml")).documentElement!;
  const ca = childElements(a);
  const cb = childElements(b);
  expect(cb.map((e) => e.tagName)).toEqual(ca.map((e) => e.tagName));
  ca.forEach((el, i) => {
    if (!["fonts", "fills", "borders", "cellXfs"].includes(el.tagName)) return expect(serialize(cb[i])).toBe(serialize(el));
    const old = childElements(el).map(serialize);
    const now = childElements(cb[i]).map(serialize);
    expect(now.slice(0, old.length)).toEqual(old);
    expect(now.length).toBeGreaterThan(old.length);
    expect(cb[i].getAttribute("count")).toBe(String(now.length));
  });
  // The escaped format itself is untouched.
  expect(text(after, "xl/styles.xml")).toContain('<numFmt numFmtId="164" formatCode="0.00\\%"/>');
});

function cellsOf(sheetXml: string): Map<string, { s: string | null; rest: string }> {
  const out = new Map<string, { s: string | null; rest: string }>();
  for (const c of Array.from(xml(sheetXml).getElementsByTagName("c"))) {
    const s = c.getAttribute("s");
    c.removeAttribute("s");
    out.set(c.getAttribute("r")!, { s, rest: serialize(c) });
  }
  return out;
}

test("the marked sheet: only the marked cells' s changes, two empty cells are created in order, a legacyDrawing is added", () => {
  const a = text(before, "xl/worksheets/sheet1.xml");
  const b = text(after, "xl/worksheets/sheet1.xml");
  const outside = (s: string) => s.replace(/<sheetData>.*<\/sheetData>/s, "<sheetData/>");
  // Outside the cells: the legacyDrawing for the 批注 goes in, tabSelected goes (检查结果 is the active tab).
  expect(outside(b).replace(/<legacyDrawing r:id="rId3"\/>/, "")).toBe(outside(a).replace(' tabSelected="1"', ""));
  expect(b.indexOf("<legacyDrawing")).toBeGreaterThan(b.indexOf("<drawing"));
  expect(b.indexOf("<legacyDrawing")).toBeLessThan(b.indexOf("<extLst>"));

  const ca = cellsOf(a);
  const cb = cellsOf(b);
  const marked = ["B3", "B4", "B5", "B6", "C3", "C5", "D8"];
  for (const [ref, cell] of ca) {
    expect(cb.get(ref)!.rest).toBe(cell.rest); // value, type and formula unchanged
    if (marked.includes(ref)) expect(cb.get(ref)!.s).not.toBe(cell.s);
    else expect(cb.get(ref)!.s).toBe(cell.s); // A4 carries only a 提示: not marked
  }
  expect([...cb.keys()].filter((r) => !ca.has(r)).sort()).toEqual(["C5", "D8"]);
  // In document order: rows ascending, cells left to right (C5 after B5, row 8 after row 6).
  const order = (ref: string) => Number(ref.slice(1)) * 100 + ref.charCodeAt(0);
  expect([...cb.keys()]).toEqual([...cb.keys()].sort((x, y) => order(x) - order(y)));
  expect(cb.get("D8")!.rest).toBe('<c r="D8" xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
});

test("a marked cell keeps its number format, font and alignment; only fill and border change", () => {
  const styles = xml(text(after, "xl/styles.xml"));
  const xfs = Array.from(styles.getElementsByTagName("cellXfs")[0].getElementsByTagName("xf"));
  const fills = Array.from(styles.getElementsByTagName("fills")[0].getElementsByTagName("fill"));
  const s = (ref: string) => Number(cellsOf(text(after, "xl/worksheets/sheet1.xml")).get(ref)!.s);
  const c3 = xfs[s("C3")];
  expect(c3.getAttribute("numFmtId")).toBe("164");
  expect(c3.getAttribute("fontId")).toBe("0");
  expect(serialize(c3.getElementsByTagName("alignment")[0])).toContain('vertical="center"');
  expect(serialize(fills[Number(c3.getAttribute("fillId"))])).toContain('rgb="FFFFEB9C"'); // warning
  expect(serialize(fills[Number(xfs[s("B6")].getAttribute("fillId"))])).toContain('rgb="FFFFC7CE"'); // error
  expect(xfs[s("B6")].getAttribute("numFmtId")).toBe("4");
  // C5 did not exist: it takes its column's format (style 2, #,##0.00) with the mark; D8 the default.
  expect(xfs[s("C5")].getAttribute("numFmtId")).toBe("4");
  expect(xfs[s("D8")].getAttribute("numFmtId")).toBe("0");
});

test("the protected (LibreOffice-style) sheet is detected, left byte-identical and said so in 检查结果", async () => {
  expect(protectedSheets).toEqual([locked]);
  expect((await inspectWorkbook(original)).protectedSheets).toEqual([locked]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBuffer(copy));
  const row = wb.getWorksheet(RESULT_SHEET)!.getRow(3);
  expect(row.getCell(4).text).toBe(`${locked}!B2`);
  expect(row.getCell(10).value).toBe("工作表受保护，未标记");
});

test("exceljs opens the copy: 检查结果 first and active, frozen, filtered, landscape one page wide, numbers as numbers, links, 批注", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBuffer(copy));
  expect(wb.worksheets.map((w) => w.name)).toEqual([RESULT_SHEET, t01, locked, SETTINGS_SHEET]);
  expect(wb.getWorksheet(SETTINGS_SHEET)!.state).toBe("veryHidden");
  const ws = wb.getWorksheet(RESULT_SHEET)!;
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  // Active: the first tab (workbook.xml has no activeTab, so 0) and the only one selected.
  expect([...after.keys()].filter((n) => n.startsWith("xl/worksheets/sheet") && text(after, n).includes('tabSelected="1"'))).toEqual(["xl/worksheets/sheet3.xml"]);
  expect(text(after, "xl/workbook.xml")).not.toContain("activeTab");
  expect(ws.autoFilter).toBe("A1:J6");
  expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.getRow(1).values).toEqual([undefined, "序号", "严重程度", "表", "单元格", "规则", "说明", "应为", "实为", "差额", "状态"]);
  const first = ws.getRow(2);
  expect(first.getCell(1).value).toBe(1);
  expect(first.getCell(2).value).toBe("错误");
  // An in-workbook link as Excel writes it (location, no relationship); exceljs reads only its text.
  expect(first.getCell(4).text).toBe(`${t01}!B6`);
  expect(text(after, "xl/worksheets/sheet3.xml")).toContain(`<hyperlink ref="D2" location="'${t01}'!B6" display="${t01}!B6"/>`);
  expect(first.getCell(7).value).toBe(1250);
  expect(first.getCell(8).value).toBe(1300);
  expect(first.getCell(9).value).toBe(50);
  expect(ws.getRow(4).getCell(9).value).toBe(-67.66);
  expect(ws.getRow(6).getCell(2).value).toBe("提示");

  const sheet = wb.getWorksheet(t01)!;
  // The default font as the original has it (the escaped format is checked in styles.xml itself: exceljs
  // reads 0.00\% as 0.00%, which is how its round trip lost it).
  expect(sheet.getCell("C3").font).toMatchObject({ name: "宋体", size: 12 });
  expect(String((sheet.getCell("B6").note as { texts: { text: string }[] }).texts.map((t) => t.text).join(""))).toContain("【错误】本年收入合计不等于各项收入之和");
  expect(sheet.getCell("B3").note).toBeDefined();
  expect(sheet.getCell("A4").note).toBeUndefined();
  expect((sheet.getCell("A4").fill as { pattern?: string } | undefined)?.pattern ?? "none").toBe("none");
});

test("annotating the annotated copy replaces the old annotation: the same bytes part by part, no stacking", async () => {
  const again = await parts((await annotateWorkbook(copy, input)).data);
  expect([...again.keys()]).toEqual([...after.keys()]);
  for (const [name, bytes] of after) expect({ name, same: again.get(name)!.equals(bytes) }).toEqual({ name, same: true });

  // With nothing to mark, the user's parts are the original's again; only our two sheets remain.
  const cleared = await parts((await annotateWorkbook(copy, { ...input, findings: [], marks: [] })).data);
  expect(text(cleared, "xl/worksheets/sheet1.xml")).toBe(text(before, "xl/worksheets/sheet1.xml").replace(' tabSelected="1"', ""));
  expect(text(cleared, "xl/worksheets/_rels/sheet1.xml.rels")).toBe(text(before, "xl/worksheets/_rels/sheet1.xml.rels"));
  expect(cleared.has("xl/comments1.xml")).toBe(false);
  expect(cleared.has("xl/drawings/vmlDrawing1.vml")).toBe(false);
});

test("a copy saved again by another program: the old 检查结果 and settings sheets are replaced, not doubled", async () => {
  // exceljs rewrites every part (as Excel does on save): the log no longer matches, the sheets go by name.
  const resaved = new ExcelJS.Workbook();
  await resaved.xlsx.load(arrayBuffer(copy));
  const data = new Uint8Array((await resaved.xlsx.writeBuffer()) as ArrayBuffer);
  const again = await annotateWorkbook(data, input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBuffer(again.data));
  expect(wb.worksheets.map((w) => w.name)).toEqual([RESULT_SHEET, t01, locked, SETTINGS_SHEET]);
  expect(wb.getWorksheet(RESULT_SHEET)!.rowCount).toBe(findings.length + 1);
  const names = text(await parts(again.data), "xl/workbook.xml").match(/<definedName [^>]*>/g) ?? [];
  expect(names.filter((n) => n.includes("_xlnm._FilterDatabase") && n.includes('localSheetId="0"'))).toHaveLength(1);
});

test("a sheet with the user's own 批注: theirs is kept, ours join the same comments part and drawing", async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(t01);
  ws.getCell("B2").value = 1300;
  ws.getCell("B3").value = 1250;
  ws.getCell("B2").note = "财务科：已与决算核对";
  const data = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const total: Finding = { ...incomeTotal, cell: "B2", cells: [{ sheet: t01, cell: "B2" }, { sheet: t01, cell: "B3" }] };
  const out = await annotateWorkbook(data, { findings: [total], marks: marksFor([total]), settings: defaultSettings() });
  const p = await parts(out.data);
  const commentParts = [...p.keys()].filter((n) => /comments\d*\.xml$/.test(n));
  expect(commentParts).toHaveLength(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBuffer(out.data));
  const noteText = (ref: string) => {
    const note = wb.getWorksheet(t01)!.getCell(ref).note as string | { texts: { text: string }[] };
    return typeof note === "string" ? note : note.texts.map((t) => t.text).join("");
  };
  expect(noteText("B2")).toBe("财务科：已与决算核对"); // the user's, alone
  expect(noteText("B3")).toContain("【错误】本年收入合计不等于各项收入之和");
  const vml = [...p.keys()].filter((n) => n.endsWith(".vml"));
  expect(vml).toHaveLength(1);
  expect(text(p, vml[0]).match(/<x:ClientData ObjectType="Note">/g)).toHaveLength(2);
  // Annotated again, the user's note is still the only other one: ours do not stack.
  const twice = await parts((await annotateWorkbook(out.data, { findings: [total], marks: marksFor([total]), settings: defaultSettings() })).data);
  expect(text(twice, vml[0])).toBe(text(p, vml[0]));
  expect(text(twice, commentParts[0])).toBe(text(p, commentParts[0]));
});

test("a finding on the 自评报告's text is listed in 检查结果 by its paragraph; the table cell it names is not marked", async () => {
  const narrative: Finding = {
    ...bare,
    rule: "narrative.amount",
    severity: "error",
    title: "报告正文数字与表格不符",
    message: "第35段“其中公务接待费3.25万元”与表格不符：公务接待费实际应为 2.35万元",
    table: "final.01",
    sheet: t01,
    cell: "A3",
    cells: [{ sheet: t01, cell: "A3" }],
    expected: "2.35",
    actual: "3.25",
    difference: "0.9",
    paragraph: { number: 35, text: "其中公务接待费3.25万元" },
  };
  // The marks come from the table findings only, as the page makes them.
  const withReport = await annotateWorkbook(original, { ...input, findings: [...findings, narrative] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBuffer(withReport.data));
  const ws = wb.getWorksheet(RESULT_SHEET)!;
  const row = ws.getRow(findings.length + 2);
  expect(row.getCell(3).value).toBe("报告第35段");
  expect(row.getCell(4).text).toBe(`${t01}!A3`);
  expect(String(row.getCell(6).value)).toContain("第35段“其中公务接待费3.25万元”与表格不符");
  expect(row.getCell(8).value).toBe(3.25);
  // A3 names the table figure the report misquotes: the table is not what is wrong, so it gets no mark or 批注.
  const a3 = wb.getWorksheet(t01)!.getCell("A3");
  expect(withReport.marked).toBe((await annotateWorkbook(original, input)).marked);
  expect((a3.fill as { pattern?: string } | undefined)?.pattern ?? "none").toBe("none");
  expect(a3.note).toBeUndefined();
});
