import type { Finding, Severity } from "../core/findings/finding";
import { tableName } from "../core/locate/read-package";
import { RULES } from "../core/rules/registry";
import { parseA1 } from "../core/sheet/a1";
import { cellsOf, findingKey } from "../ui/finding";
import { MARK_STYLE, MARK_TAG, type CellMark } from "../ui/marks";
import { RESULT_SHEET, SETTINGS_SHEET } from "../ui/own-sheets";
import { SETTINGS_KEY, type Settings } from "../ui/settings";
import { zhCN } from "../ui/strings";
import { uncalculatedCells } from "../xlsx/uncalculated";
import {
  CONTENT_TYPE,
  RELATIONSHIP,
  RELATIONSHIPS_NS,
  addContentType,
  addRelationship,
  appendInside,
  child,
  escapeText,
  escapeXml,
  outline,
  prefixOf,
  readRelationships,
  relsPathOf,
  removeAttribute,
  resolveTarget,
  setAttribute,
  undoSplices,
  XlsxPackage,
  type EditLog,
  type Element,
  type PartEdit,
} from "../xlsx/package-edit";
import { isSheetProtected, restyleCells, StylesEdit, unselectTab, worksheetHead, worksheetTail } from "../xlsx/sheet-edit";

/**
 * The annotated copy the standalone page offers: the user's workbook with the marked cells filled, a 批注 on
 * each saying why, a 检查结果 sheet in front and the settings in a very hidden sheet. It is made by editing the
 * package's XML parts, never by a round trip through a workbook model, so the copy shows exactly what the
 * original shows: every part not listed below keeps its bytes. Touched: workbook.xml (two sheet entries, the
 * active tab, defined names' sheet indexes), its rels, [Content_Types].xml, styles.xml (appended formats), and
 * the marked sheets (the `s` of marked cells, a legacyDrawing for the comments, tabSelected).
 *
 * Every edit is logged in the settings sheet, so annotating a copy again first undoes the previous annotation
 * exactly (marks do not stack, the old 检查结果 goes), and the copy can be turned back into the original.
 */

export interface AnnotateInput {
  findings: Finding[];
  /** The cells to mark (src/ui/marks marksFor); 提示 marks are never written. */
  marks: CellMark[];
  settings: Settings;
}

export interface AnnotatedCopy {
  data: Uint8Array;
  /** Cells that now carry a mark. */
  marked: number;
  /** Sheets whose marks were not written because the sheet is protected (Excel or LibreOffice style). */
  protectedSheets: string[];
}

/** What the settings sheet keeps besides the settings: the marks made and how to undo the edit. */
interface AnnotationRecord {
  version: 1;
  marks: CellMark[];
  log: EditLog;
}

const WORKSHEET_XMLNS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIPS_NS}"`;
const COMMENT_AUTHOR = MARK_TAG;
/** Excel keeps at most 32,767 characters in a cell: the record is cut into pieces well below that. */
const CHUNK = 30000;
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

// ---------------------------------------------------------------------------------------------------------
// The workbook part

interface SheetEntry {
  name: string;
  el: Element;
  /** The worksheet part, or undefined for a chart sheet or a dangling entry. */
  part: string | undefined;
  relId: string;
}

interface Book {
  path: string;
  root: Element;
  sheets: SheetEntry[];
}

async function readBook(pkg: XlsxPackage): Promise<Book> {
  const rootRels = readRelationships((await pkg.text("_rels/.rels")) ?? fail());
  const main = rootRels.find((r) => r.type === RELATIONSHIP.officeDocument);
  const path = main ? resolveTarget("", main.target) : "xl/workbook.xml";
  const xml = (await pkg.text(path)) ?? fail();
  const root = outline(xml, 2);
  const rels = readRelationships((await pkg.text(relsPathOf(path))) ?? fail());
  const sheets = (child(root, "sheets")?.children ?? [])
    .filter((s) => s.name === "sheet")
    .map((el) => {
      const relId = [...el.attrs].find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const rel = rels.find((r) => r.id === relId);
      const part = rel && rel.type === RELATIONSHIP.worksheet ? resolveTarget(path, rel.target) : undefined;
      return { name: el.attrs.get("name") ?? "", el, part, relId };
    });
  return { path, root, sheets };
}

function fail(): never {
  throw new Error("不是 Excel 工作簿（缺少 workbook.xml）");
}

// ---------------------------------------------------------------------------------------------------------
// Undoing an earlier annotation

/** The record a copy carries in its settings sheet (our inline strings; anything else is not ours). */
function readRecordCells(xml: string): Map<number, string> {
  const cells = new Map<number, string>();
  const re = /<c r="A(\d+)" t="inlineStr"><is><t xml:space="preserve">([^<]*)<\/t><\/is><\/c>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) cells.set(Number(m[1]), unescapeXml(m[2]));
  return cells;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[e]!);
}

function parseRecord(cells: Map<number, string>): AnnotationRecord | null {
  const pieces: string[] = [];
  for (let r = 3; cells.has(r); r++) pieces.push(cells.get(r)!);
  try {
    const record = JSON.parse(pieces.join("")) as AnnotationRecord;
    return record && record.version === 1 && Array.isArray(record.marks) && record.log ? record : null;
  } catch {
    return null;
  }
}

/**
 * What the page needs of an opened file besides its values: the settings and marks it carries when it is an
 * annotated copy, which sheets are protected, whichever application set it (exceljs misses LibreOffice's
 * sheet="true"), and the formula cells saved without a result, by sheet (exceljs cannot tell them from an
 * empty result).
 */
export async function inspectWorkbook(
  data: Uint8Array | ArrayBuffer,
): Promise<{ settings: string | null; marks: CellMark[]; protectedSheets: string[]; uncalculated: Map<string, string[]> }> {
  const pkg = await XlsxPackage.load(data);
  const book = await readBook(pkg);
  const protectedSheets: string[] = [];
  const uncalculated = new Map<string, string[]>();
  for (const s of book.sheets) {
    const xml = s.part ? ((await pkg.text(s.part)) ?? "") : "";
    if (isSheetProtected(xml)) protectedSheets.push(s.name);
    const missing = uncalculatedCells(xml);
    if (missing.length) uncalculated.set(s.name, missing);
  }
  const own = book.sheets.find((s) => s.name === SETTINGS_SHEET);
  const cells = own?.part ? readRecordCells((await pkg.text(own.part)) ?? "") : new Map<number, string>();
  if (cells.get(1) !== SETTINGS_KEY) return { settings: null, marks: [], protectedSheets, uncalculated };
  return { settings: cells.get(2) ?? null, marks: parseRecord(cells)?.marks ?? [], protectedSheets, uncalculated };
}

/**
 * Takes an earlier annotation out: exactly, by its log, when the copy's parts are as the product wrote them;
 * otherwise (the copy was saved by Excel since) the product's two sheets are removed and the rest is kept.
 */
async function unannotate(pkg: XlsxPackage): Promise<void> {
  const book = await readBook(pkg);
  const own = book.sheets.find((s) => s.name === SETTINGS_SHEET);
  const ownXml = own?.part && (await pkg.text(own.part));
  const record = ownXml ? parseRecord(readRecordCells(ownXml)) : null;
  if (record) {
    const restored = new Map<string, string>();
    let exact = record.log.created.every((p) => pkg.has(p));
    for (const [path, splices] of Object.entries(record.log.edited)) {
      const text = exact ? await pkg.text(path) : undefined;
      const back = text === undefined ? null : undoSplices(text, splices);
      if (back === null) exact = false;
      else restored.set(path, back);
    }
    if (exact) {
      for (const p of record.log.created) pkg.delete(p);
      for (const [path, text] of restored) pkg.restore(path, text);
      return;
    }
  }
  const ours = book.sheets.filter((s) => s.name === SETTINGS_SHEET || s.name === RESULT_SHEET);
  if (ours.length > 0) await removeSheets(pkg, book, ours);
}

/** Removes sheets with their parts, relationships, content types and sheet-scoped names (then bakes the edit). */
async function removeSheets(pkg: XlsxPackage, book: Book, gone: SheetEntry[]): Promise<void> {
  const wb = await pkg.edit(book.path);
  const indexes = gone.map((s) => book.sheets.indexOf(s));
  for (const s of gone) wb.replace(s.el.start, s.el.end, "");
  const shift = (i: number) => i - indexes.filter((g) => g < i).length;
  for (const dn of child(book.root, "definedNames")?.children ?? []) {
    const local = dn.attrs.get("localSheetId");
    if (local === undefined) continue;
    if (indexes.includes(Number(local))) wb.replace(dn.start, dn.end, "");
    else if (shift(Number(local)) !== Number(local)) setAttribute(wb, dn, "localSheetId", String(shift(Number(local))));
  }
  for (const view of child(book.root, "bookViews")?.children ?? []) {
    const active = Number(view.attrs.get("activeTab") ?? 0);
    if (indexes.includes(active)) removeAttribute(wb, view, "activeTab");
    else if (shift(active) !== active) setAttribute(wb, view, "activeTab", String(shift(active)));
  }
  const relsPath = relsPathOf(book.path);
  const relsEdit = await pkg.edit(relsPath);
  for (const r of readRelationships(relsEdit.original)) if (gone.some((s) => s.relId === r.id)) relsEdit.replace(r.el.start, r.el.end, "");
  const types = await pkg.edit("[Content_Types].xml");
  for (const o of outline(types.original, 1).children) {
    if (o.name === "Override" && gone.some((s) => s.part && o.attrs.get("PartName") === `/${s.part}`)) types.replace(o.start, o.end, "");
  }
  for (const s of gone) if (s.part) pkg.delete(s.part);
  for (const path of [book.path, relsPath, "[Content_Types].xml"]) pkg.bake(path);
}

// ---------------------------------------------------------------------------------------------------------
// Annotating

/** The annotated copy of `original`: marks, 批注, the 检查结果 sheet and the settings; the original bytes are not changed. */
export async function annotateWorkbook(original: Uint8Array | ArrayBuffer, input: AnnotateInput): Promise<AnnotatedCopy> {
  const pkg = await XlsxPackage.load(original);
  await unannotate(pkg);
  const book = await readBook(pkg);
  const reasons = new Map(input.settings.suppressed.map((s) => [s.key, s.reason]));

  // Marks by sheet, never on 提示; a protected sheet is left as it is and reported.
  const bySheet = new Map<SheetEntry, Map<string, Severity>>();
  const protectedSheets: string[] = [];
  for (const m of input.marks) {
    const cell = normalCell(m.cell);
    const sheet = book.sheets.find((s) => s.name === m.sheet && s.part);
    if (m.severity === "info" || !sheet || !parseA1(cell) || protectedSheets.includes(sheet.name)) continue;
    if (!bySheet.has(sheet)) {
      if (isSheetProtected((await pkg.text(sheet.part!)) ?? "")) {
        protectedSheets.push(sheet.name);
        continue;
      }
      bySheet.set(sheet, new Map());
    }
    bySheet.get(sheet)!.set(cell, m.severity);
  }

  const styles = await openStyles(pkg, book);
  const marked: CellMark[] = [];
  let vmlBlock = await nextVmlBlock(pkg);
  for (const [sheet, cells] of bySheet) {
    const edit = await pkg.edit(sheet.part!);
    restyleCells(edit, [...cells.keys()], (current, cell) => styles.mark(current, cells.get(cell)!));
    for (const [cell, severity] of cells) marked.push({ sheet: sheet.name, cell, severity });
    const notes = [...cells.keys()].map((cell) => ({ cell, text: noteFor(input.findings, sheet.name, cell, reasons) })).filter((n) => n.text);
    if (await addComments(pkg, sheet.part!, edit, notes, vmlBlock)) vmlBlock++;
  }

  // The 检查结果 sheet goes in front and becomes the active tab; the settings sheet goes last, very hidden.
  for (const s of book.sheets) if (s.part && (await pkg.text(s.part))?.includes("tabSelected")) unselectTab(await pkg.edit(s.part));
  const resultPart = pkg.freeName("xl/worksheets/sheet", ".xml");
  pkg.create(resultPart, resultSheetXml(input.findings, reasons, new Set(protectedSheets), styles));
  const settingsPart = pkg.freeName("xl/worksheets/sheet", ".xml");
  const resultRel = await addRelationship(pkg, book.path, RELATIONSHIP.worksheet, resultPart);
  const settingsRel = await addRelationship(pkg, book.path, RELATIONSHIP.worksheet, settingsPart);
  await addContentType(pkg, resultPart, CONTENT_TYPE.worksheet);
  await addContentType(pkg, settingsPart, CONTENT_TYPE.worksheet);
  await addSheetEntries(pkg, book, resultRel, settingsRel, input.findings.length);
  styles.finish();

  // The log is complete once every other edit is made: the settings sheet that carries it is created last.
  const log = pkg.commit();
  log.created.push(settingsPart);
  const record: AnnotationRecord = { version: 1, marks: marked, log };
  pkg.create(settingsPart, settingsSheetXml(JSON.stringify(input.settings), JSON.stringify(record)));
  const data = await pkg.write();
  return { data, marked: marked.length, protectedSheets };
}

const normalCell = (cell: string) => cell.replace(/\$/g, "").toUpperCase();

// ---------------------------------------------------------------------------------------------------------
// Styles

interface MarkStyles extends StylesEdit {
  /** The format of a marked cell: its present format `current` with the severity's fill and border. */
  mark(current: number, severity: Severity): number;
  /** Formats of the 检查结果 sheet. */
  result: { header: number; text: number; number: number; link: number; severity: Record<Severity, number> };
}

async function openStyles(pkg: XlsxPackage, book: Book): Promise<MarkStyles> {
  const rels = readRelationships((await pkg.text(relsPathOf(book.path))) ?? "");
  const rel = rels.find((r) => r.type === RELATIONSHIP.styles);
  if (!rel) throw new Error("工作簿缺少样式部件（styles.xml）");
  const styles = new StylesEdit(await pkg.edit(resolveTarget(book.path, rel.target)));
  const p = styles.prefix;
  const fill = {} as Record<Severity, number>;
  const border = {} as Record<Severity, number>;
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const { fill: bg, font: line } = MARK_STYLE[severity];
    fill[severity] = styles.add("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(bg)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    const side = (n: string) => `<${p}${n} style="thin"><${p}color rgb="${argb(line)}"/></${p}${n}>`;
    border[severity] = styles.add("borders", `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`);
  }
  const marks = new Map<string, number>();
  const mark = (current: number, severity: Severity) => {
    const key = `${current}:${severity}`;
    let xf = marks.get(key);
    if (xf === undefined) {
      xf = styles.xf(current, { fillId: String(fill[severity]), borderId: String(border[severity]), applyFill: "1", applyBorder: "1" });
      marks.set(key, xf);
    }
    return xf;
  };

  // The result sheet's fonts are the workbook's default font (the first) made bold, or a link's blue underline.
  const font0 = styles.item("fonts", 0) ?? `<${p}font/>`;
  const bold = styles.add("fonts", withFontChild(font0, p, "b"));
  const link = styles.add("fonts", withFontChild(withFontChild(font0, p, "u"), p, "color", `rgb="FF0563C1"`));
  const top = `<${p}alignment vertical="top" wrapText="1"/>`;
  const headerFill = styles.add("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FFD9D9D9"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  const base = { numFmtId: "0", borderId: "0", xfId: "0" };
  const result = {
    header: styles.xf(null, { ...base, fontId: String(bold), fillId: String(headerFill), applyFont: "1", applyFill: "1", applyAlignment: "1" }, `<${p}alignment horizontal="center" vertical="center" wrapText="1"/>`),
    text: styles.xf(null, { ...base, fontId: "0", fillId: "0", applyAlignment: "1" }, top),
    number: styles.xf(null, { ...base, fontId: "0", fillId: "0", applyAlignment: "1" }, `<${p}alignment vertical="top"/>`),
    link: styles.xf(null, { ...base, fontId: String(link), fillId: "0", applyFont: "1", applyAlignment: "1" }, top),
    severity: {
      error: styles.xf(null, { ...base, fontId: "0", fillId: String(fill.error), applyFill: "1", applyAlignment: "1" }, top),
      warning: styles.xf(null, { ...base, fontId: "0", fillId: String(fill.warning), applyFill: "1", applyAlignment: "1" }, top),
      info: styles.xf(null, { ...base, fontId: "0", fillId: String(fill.info), applyFill: "1", applyAlignment: "1" }, top),
    },
  };
  return Object.assign(styles, { mark, result });
}

/** Font children in schema order; a child is added (or replaced) in its place. */
const FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

function withFontChild(font: string, p: string, name: string, attrs = ""): string {
  const root = outline(font, 1);
  const xml = `<${p}${name}${attrs ? ` ${attrs}` : ""}/>`;
  const have = root.children.find((c) => c.name === name);
  if (have) return font.slice(0, have.start) + xml + font.slice(have.end);
  const rank = FONT_ORDER.indexOf(name);
  const after = root.children.find((c) => FONT_ORDER.indexOf(c.name) > rank);
  if (after) return font.slice(0, after.start) + xml + font.slice(after.start);
  if (root.selfClosing) return `${font.replace(/\s*\/>$/, ">")}${xml}</${root.qname}>`;
  return font.slice(0, root.closeStart) + xml + font.slice(root.closeStart);
}

// ---------------------------------------------------------------------------------------------------------
// 批注 (legacy comments: commentsN.xml + a VML drawing the comment boxes are drawn in)

/** The note on a marked cell: each finding there that is not ignored, most severe first. */
function noteFor(findings: Finding[], sheet: string, cell: string, reasons: Map<string, string>): string {
  const here = findings.filter((f) => f.severity !== "info" && !reasons.has(findingKey(f)) && cellsOf(f).some((c) => c.sheet === sheet && normalCell(c.cell) === cell));
  here.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  const lines = here.slice(0, 5).map((f) => `【${zhCN.severity[f.severity]}】${f.title}${f.message ? `\n${f.message}` : ""}`);
  if (here.length > 5) lines.push(`另有 ${here.length - 5} 项，见“${RESULT_SHEET}”表`);
  return lines.join("\n");
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(id: number, cell: string, z: number): string {
  const { row, col } = parseA1(cell)!;
  const anchor = `${col + 1}, 15, ${Math.max(row - 1, 0)}, 10, ${col + 4}, 15, ${row + 5}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** A note as Excel writes one: runs with their own font (a bold heading, then the findings). */
function commentXml(p: string, cell: string, author: number, text: string): string {
  const run = (bold: boolean, t: string) =>
    `<${p}r><${p}rPr>${bold ? `<${p}b/>` : ""}<${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${escapeText(t)}</${p}t></${p}r>`;
  return `<${p}comment ref="${cell}" authorId="${author}"><${p}text>${run(true, `${zhCN.appTitle}：\n`)}${run(false, text)}</${p}text></${p}comment>`;
}

/**
 * Adds the notes to the sheet's comments (a cell that already has the user's comment keeps it alone); returns
 * true when a new VML drawing took the block of shape ids `block`.
 */
async function addComments(pkg: XlsxPackage, sheetPart: string, sheet: PartEdit, notes: { cell: string; text: string }[], block: number): Promise<boolean> {
  if (notes.length === 0) return false;
  const relsXml = await pkg.text(relsPathOf(sheetPart));
  const rels = relsXml ? readRelationships(relsXml) : [];
  const commentsRel = rels.find((r) => r.type === RELATIONSHIP.comments && !r.external);
  const tail = worksheetTail(sheet.original);
  const legacy = tail.elements.find((e) => e.name === "legacyDrawing");
  const legacyRel = legacy && rels.find((r) => r.id === [...legacy.attrs].find(([k]) => k.endsWith(":id"))?.[1]);
  // Comments without their drawing (or the reverse with comments elsewhere) is not a layout to build on.
  if (commentsRel && !legacyRel) return false;

  // The comments part: the user's, with our author added, or a new one.
  let todo = notes;
  if (commentsRel) {
    const path = resolveTarget(sheetPart, commentsRel.target);
    const edit = await pkg.edit(path);
    const root = outline(edit.original, 2);
    const p = prefixOf(root);
    const authors = child(root, "authors");
    const list = child(root, "commentList");
    if (!authors || !list) return false;
    const taken = new Set(list.children.map((c) => normalCell(c.attrs.get("ref") ?? "")));
    todo = notes.filter((n) => !taken.has(n.cell));
    if (todo.length === 0) return false;
    const names = authors.children.map((a) => edit.original.slice(a.openEnd, a.closeStart));
    let author = names.indexOf(COMMENT_AUTHOR);
    if (author < 0) {
      author = names.length;
      appendInside(edit, authors, `<${p}author>${COMMENT_AUTHOR}</${p}author>`);
    }
    appendInside(edit, list, todo.map((n) => commentXml(p, n.cell, author, n.text)).join(""));
  } else {
    const path = pkg.freeName("xl/comments", ".xml");
    pkg.create(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${COMMENT_AUTHOR}</author></authors><commentList>${todo
        .map((n) => commentXml("", n.cell, 0, n.text))
        .join("")}</commentList></comments>`,
    );
    await addRelationship(pkg, sheetPart, RELATIONSHIP.comments, path);
    await addContentType(pkg, path, CONTENT_TYPE.comments);
  }

  // The drawing the boxes live in: the sheet's own (shapes appended), or a new one with its own id block.
  if (legacyRel) {
    const path = resolveTarget(sheetPart, legacyRel.target);
    const edit = await pkg.edit(path);
    const text = edit.original;
    const end = text.lastIndexOf("</xml>");
    if (end < 0) return false;
    let id = Math.max(0, ...[...text.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])));
    const shapes = todo.map((n, i) => noteShape(++id, n.cell, 1000 + i)).join("");
    edit.insert(end, (text.includes('id="_x0000_t202"') ? "" : SHAPE_TYPE) + shapes);
    return false;
  }
  const vml = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
  pkg.create(
    vml,
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPE_TYPE}${todo
      .map((n, i) => noteShape(block * 1024 + 1 + i, n.cell, i + 1))
      .join("")}</xml>`,
  );
  const rId = await addRelationship(pkg, sheetPart, RELATIONSHIP.vmlDrawing, vml);
  await addContentType(pkg, vml, CONTENT_TYPE.vmlDrawing, true);
  // legacyDrawing's place in the schema: after drawing, before legacyDrawingHF … tableParts, extLst.
  const AFTER = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
  const before = tail.elements.find((e) => AFTER.includes(e.name));
  const head = worksheetHead(sheet.original);
  const rBound = head.attrs.get("xmlns:r") === RELATIONSHIPS_NS;
  const p = prefixOf(head);
  sheet.insert(before ? before.start : tail.rootClose, `<${p}legacyDrawing ${rBound ? "" : `xmlns:r="${RELATIONSHIPS_NS}" `}r:id="${rId}"/>`);
  return true;
}

async function nextVmlBlock(pkg: XlsxPackage): Promise<number> {
  let max = 0;
  for (const name of pkg.names()) {
    if (!name.toLowerCase().endsWith(".vml")) continue;
    const text = (await pkg.text(name)) ?? "";
    for (const m of text.matchAll(/data\s*=\s*"([\d,\s]+)"/g)) for (const n of m[1].split(",")) max = Math.max(max, Number(n) || 0);
  }
  return max + 1;
}

// ---------------------------------------------------------------------------------------------------------
// The two sheets

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));
const WIDTHS = [6, 9, 26, 18, 30, 60, 14, 14, 12, 26];
const NUMBER = /^-?\d+(\.\d+)?$/;

function inlineCell(ref: string, style: number, text: string): string {
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
}

/** A figure as a number when it is one (so it sums and filters), the words otherwise. */
function figureCell(ref: string, styles: MarkStyles, value: string | null): string {
  if (value === null || value === "") return "";
  return NUMBER.test(value.trim()) ? `<c r="${ref}" s="${styles.result.number}"><v>${value.trim()}</v></c>` : inlineCell(ref, styles.result.text, value);
}

/** The 表 column: the table, or for a finding on the 自评报告's text its paragraph (the cell column names the table figure). */
function placeOf(f: Finding): string {
  if (f.paragraph) return zhCN.narrativeParagraph(f.paragraph.number);
  return f.table ? tableName(f.table) : zhCN.otherTable;
}

/**
 * 检查结果: one row per finding — 序号 严重程度 表 单元格 (a link to the cell) 规则 说明 应为 实为 差额 状态 —
 * frozen header, a filter, landscape one page wide with the header repeated.
 */
function resultSheetXml(findings: Finding[], reasons: Map<string, string>, locked: Set<string>, styles: MarkStyles): string {
  const cols = "ABCDEFGHIJ";
  const last = findings.length + 1;
  const rows: string[] = [`<row r="1">${zhCN.resultColumns.map((h, i) => inlineCell(`${cols[i]}1`, styles.result.header, h)).join("")}</row>`];
  const links: string[] = [];
  findings.forEach((f, i) => {
    const r = i + 2;
    const at = cellsOf(f)[0];
    const where = at ? `${at.sheet}!${at.cell}` : "";
    const reason = reasons.get(findingKey(f));
    const status = reason ? zhCN.statusSuppressed(reason) : at && locked.has(at.sheet) && f.severity !== "info" ? zhCN.statusUnmarked : zhCN.statusOpen;
    rows.push(
      `<row r="${r}">` +
        `<c r="A${r}" s="${styles.result.number}"><v>${i + 1}</v></c>` +
        inlineCell(`B${r}`, styles.result.severity[f.severity], zhCN.severity[f.severity]) +
        inlineCell(`C${r}`, styles.result.text, placeOf(f)) +
        (at ? inlineCell(`D${r}`, styles.result.link, where) : "") +
        inlineCell(`E${r}`, styles.result.text, RULE_TITLES.get(f.rule) ?? f.title) +
        inlineCell(`F${r}`, styles.result.text, f.message ? `${f.title}：${f.message}` : f.title) +
        figureCell(`G${r}`, styles, f.expected) +
        figureCell(`H${r}`, styles, f.actual) +
        figureCell(`I${r}`, styles, f.difference) +
        inlineCell(`J${r}`, styles.result.text, status) +
        `</row>`,
    );
    if (at) links.push(`<hyperlink ref="D${r}" location="${escapeXml(`'${at.sheet.replace(/'/g, "''")}'!${normalCell(at.cell)}`)}" display="${escapeXml(where)}"/>`);
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${WORKSHEET_XMLNS}>` +
    `<sheetPr><tabColor rgb="${argb(MARK_STYLE.error.font)}"/><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:J${last}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<autoFilter ref="A1:J${last}"/>` +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `</worksheet>`
  );
}

/** The very hidden settings sheet: A1 the key, A2 the settings, A3… the record (in pieces under Excel's cell limit). */
function settingsSheetXml(settings: string, record: string): string {
  const values = [SETTINGS_KEY, settings];
  for (let i = 0; i < record.length; i += CHUNK) values.push(record.slice(i, i + CHUNK));
  const rows = values.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${WORKSHEET_XMLNS}><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/**
 * workbook.xml: 检查结果 first (so every sheet-scoped name's index moves up by one) and active, the settings
 * sheet last; the result sheet's filter range and print titles as Excel writes them.
 */
async function addSheetEntries(pkg: XlsxPackage, book: Book, resultRel: string, settingsRel: string, findings: number): Promise<void> {
  const wb = await pkg.edit(book.path);
  const p = prefixOf(book.root);
  const sheets = child(book.root, "sheets");
  if (!sheets) throw new Error("workbook.xml 没有 sheets");
  const rPrefix = [...book.root.attrs].find(([k, v]) => k.startsWith("xmlns:") && v === RELATIONSHIPS_NS)?.[0].slice(6);
  const rAttr = (id: string) => (rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"`);
  const nextId = Math.max(0, ...book.sheets.map((s) => Number(s.el.attrs.get("sheetId")) || 0)) + 1;
  const resultEntry = `<${p}sheet name="${escapeXml(RESULT_SHEET)}" sheetId="${nextId}" ${rAttr(resultRel)}/>`;
  const settingsEntry = `<${p}sheet name="${escapeXml(SETTINGS_SHEET)}" sheetId="${nextId + 1}" state="veryHidden" ${rAttr(settingsRel)}/>`;
  if (sheets.selfClosing) wb.replace(sheets.start, sheets.end, `<${sheets.qname}>${resultEntry}${settingsEntry}</${sheets.qname}>`);
  else {
    wb.insert(sheets.openEnd, resultEntry);
    wb.insert(sheets.closeStart, settingsEntry);
  }

  const quoted = `'${RESULT_SHEET}'`;
  const ownNames =
    `<${p}definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(`${quoted}!$A$1:$J$${findings + 1}`)}</${p}definedName>` +
    `<${p}definedName name="_xlnm.Print_Titles" localSheetId="0">${escapeXml(`${quoted}!$1:$1`)}</${p}definedName>`;
  const names = child(book.root, "definedNames");
  if (names) {
    for (const dn of names.children) {
      const local = dn.attrs.get("localSheetId");
      if (local !== undefined && /^\d+$/.test(local)) setAttribute(wb, dn, "localSheetId", String(Number(local) + 1));
    }
    if (names.selfClosing) wb.replace(names.start, names.end, `<${names.qname}>${ownNames}</${names.qname}>`);
    else wb.insert(names.openEnd, ownNames);
  } else {
    // definedNames comes after sheets, functionGroups and externalReferences, before calcPr and the rest.
    const AFTER = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
    const next = book.root.children.find((c) => AFTER.includes(c.name));
    wb.insert(next ? next.start : book.root.closeStart, `<${p}definedNames>${ownNames}</${p}definedNames>`);
  }

  // Opening on 检查结果: the first tab, active, scrolled into view.
  const views = child(book.root, "bookViews");
  if (views) {
    for (const v of views.children) {
      if (v.name !== "workbookView") continue;
      if (v.attrs.has("activeTab")) setAttribute(wb, v, "activeTab", "0");
      if (v.attrs.has("firstSheet")) setAttribute(wb, v, "firstSheet", "0");
    }
  } else wb.insert(sheets.start, `<${p}bookViews><${p}workbookView/></${p}bookViews>`);
}
