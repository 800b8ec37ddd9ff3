import { parseA1, toA1 } from "../core/sheet/a1";
import { appendInside, child, escapeXml, localName, outline, prefixOf, type Element, type PartEdit } from "./package-edit";
import { XmlScanner } from "./xml-scanner";

/**
 * Splice-level edits of a worksheet part and of styles.xml: restyling cells by their `s` attribute only,
 * creating an empty cell where a mark falls on a cell the part does not hold, and appending cell formats.
 */

const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** The worksheet's sheetProtection says the sheet is locked: sheet="1" (Excel) or sheet="true" (LibreOffice). */
export function isSheetProtected(xml: string): boolean {
  const re = /<(?:[A-Za-z_][\w.-]*:)?sheetProtection[\s/>]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const x = new XmlScanner(xml.slice(m.index, xml.indexOf(">", m.index) + 1).replace(/([^/])>$/, "$1/>"));
    if (x.next() === "open" && isTrue(x.attr("sheet"))) return true;
  }
  return false;
}

/** The part up to its sheetData: the sheet's views and columns, without scanning the cells. */
export function worksheetHead(xml: string): Element {
  const m = /<(?:[A-Za-z_][\w.-]*:)?sheetData[\s/>]/.exec(xml);
  return outline(m ? xml.slice(0, m.index) : xml, 2);
}

/** Removes tabSelected from the sheet's views (another sheet becomes the active one); true when it had it. */
export function unselectTab(edit: PartEdit): boolean {
  const views = child(worksheetHead(edit.original), "sheetViews");
  let had = false;
  for (const v of views?.children ?? []) {
    if (v.name !== "sheetView" || !isTrue(v.attrs.get("tabSelected"))) continue;
    const tag = edit.original.slice(v.start, v.openEnd);
    const m = /\s+tabSelected\s*=\s*("[^"]*"|'[^']*')/.exec(tag);
    if (m) edit.replace(v.start + m.index, v.start + m.index + m[0].length, "");
    had = true;
  }
  return had;
}

/** The 1-based column of an A1 reference ("C7" → 3); 0 when it has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}

interface CellAt {
  col: number;
  start: number;
  openEnd: number;
  qname: string;
  s: string | undefined;
  sValue?: { start: number; end: number };
}

interface RowAt {
  row: number;
  el: { start: number; openEnd: number; end: number; closeStart: number; selfClosing: boolean; qname: string };
  s: number | undefined;
  cells: CellAt[];
}

/**
 * Gives cells new format indexes, touching only their `s` attribute: `styleFor(current, cell)` maps a cell's
 * present format (0 when it has none; the row's or column's for a cell the part does not hold, which is then
 * created empty) to the new one.
 */
export function restyleCells(edit: PartEdit, cells: string[], styleFor: (current: number, cell: string) => number): void {
  const xml = edit.original;
  const targets = new Map<number, Set<number>>();
  for (const a of cells) {
    const p = parseA1(a);
    if (!p) continue;
    const set = targets.get(p.row + 1) ?? new Set<number>();
    set.add(p.col + 1);
    targets.set(p.row + 1, set);
  }
  const restyle = (current: number, r: number, col: number) => styleFor(current, toA1(r - 1, col - 1));
  if (targets.size === 0) return;

  const x = new XmlScanner(xml);
  let depth = 0;
  let prefix = "";
  let sheetData: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean; qname: string } | undefined;
  const cols: { min: number; max: number; style: number }[] = [];
  const rows: RowAt[] = [];
  let inSheetData = false;
  let inCols = false;
  let row: RowAt | undefined;
  let lastRow = 0;
  let lastCol = 0;
  while (x.next() !== "end") {
    if (x.kind === "open") {
      depth++;
      const name = localName(x.name);
      if (depth === 1) prefix = x.name.includes(":") ? x.name.slice(0, x.name.indexOf(":") + 1) : "";
      else if (depth === 2) {
        if (name === "sheetData") {
          inSheetData = true;
          sheetData = { start: x.tagStart, openEnd: x.tagEnd, closeStart: x.tagEnd, end: x.tagEnd, selfClosing: x.selfClosing, qname: x.name };
        } else if (name === "cols") inCols = true;
      } else if (depth === 3 && inCols && name === "col") {
        const style = Number(x.attr("style") ?? 0);
        cols.push({ min: Number(x.attr("min")), max: Number(x.attr("max")), style });
      } else if (depth === 3 && inSheetData && name === "row") {
        const r = Number(x.attr("r") ?? lastRow + 1);
        lastRow = r;
        lastCol = 0;
        row = {
          row: r,
          el: { start: x.tagStart, openEnd: x.tagEnd, end: x.tagEnd, closeStart: x.tagEnd, selfClosing: x.selfClosing, qname: x.name },
          s: isTrue(x.attr("customFormat")) ? Number(x.attr("s") ?? 0) : undefined,
          cells: [],
        };
        rows.push(row);
      } else if (depth === 4 && row && name === "c" && targets.has(row.row)) {
        // Only the rows holding a target are looked at cell by cell (a large sheet has few of them).
        const ref = x.attr("r");
        const col = ref ? columnOf(ref) || lastCol + 1 : lastCol + 1;
        lastCol = col;
        {
          const span = x.attrSpan("s");
          row.cells.push({ col, start: x.tagStart, openEnd: x.tagEnd, qname: x.name, s: x.attr("s"), sValue: span && { start: span.valueStart, end: span.valueEnd } });
        }
      }
    } else if (x.kind === "close") {
      if (depth === 2 && localName(x.name) === "sheetData" && sheetData) {
        inSheetData = false;
        if (!sheetData.selfClosing) {
          sheetData.closeStart = x.tagStart;
          sheetData.end = x.tagEnd;
        }
      } else if (depth === 2 && localName(x.name) === "cols") inCols = false;
      else if (depth === 3 && row && localName(x.name) === "row") {
        if (!row.el.selfClosing) {
          row.el.closeStart = x.tagStart;
          row.el.end = x.tagEnd;
        }
        row = undefined;
      }
      depth--;
    }
  }
  if (!sheetData) throw new Error("worksheet without sheetData");

  const baseOf = (r: RowAt | undefined, col: number) => r?.s ?? cols.find((c) => c.min <= col && col <= c.max)?.style ?? 0;
  const newCell = (r: number, col: number, base: number) => `<${prefix}c r="${toA1(r - 1, col - 1)}" s="${restyle(base, r, col)}"/>`;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const missingRows: string[] = [];
  const missingAt = new Map<number, string[]>();
  for (const [r, colSet] of [...targets].sort((a, b) => a[0] - b[0])) {
    const wanted = [...colSet].sort((a, b) => a - b);
    const at = byRow.get(r);
    if (!at) {
      const xmlRow = `<${prefix}row r="${r}">${wanted.map((c) => newCell(r, c, baseOf(undefined, c))).join("")}</${prefix}row>`;
      const next = rows.find((o) => o.row > r);
      if (next) missingAt.set(next.el.start, [...(missingAt.get(next.el.start) ?? []), xmlRow]);
      else missingRows.push(xmlRow);
      continue;
    }
    const added: string[] = [];
    for (const col of wanted) {
      const cell = at.cells.find((c) => c.col === col);
      if (cell) {
        const style = restyle(Number(cell.s ?? 0), r, col);
        if (cell.sValue) edit.replace(cell.sValue.start, cell.sValue.end, String(style));
        else edit.insert(cell.start + 1 + cell.qname.length, ` s="${style}"`);
        continue;
      }
      const xmlCell = newCell(r, col, baseOf(at, col));
      const next = at.cells.find((c) => c.col > col);
      if (next) edit.insert(next.start, xmlCell);
      else added.push(xmlCell);
    }
    if (added.length > 0) {
      const el = { ...at.el, name: "row", attrs: new Map(), children: [] };
      appendInside(edit, el, added.join(""));
    }
  }
  for (const [pos, xmlRows] of missingAt) edit.insert(pos, xmlRows.join(""));
  if (missingRows.length > 0) appendInside(edit, { ...sheetData, name: "sheetData", attrs: new Map(), children: [] }, missingRows.join(""));
}

/**
 * The worksheet's top-level elements after its sheetData (where legacyDrawing and the like go), with the
 * position of the root's end tag; found without scanning the cells again.
 */
export function worksheetTail(xml: string): { elements: { name: string; start: number; end: number; attrs: Map<string, string> }[]; rootClose: number } {
  const re = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>|<(?:[A-Za-z_][\w.-]*:)?sheetData(?:\s[^>]*)?\/>/g;
  let from = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) from = m.index + m[0].length;
  if (from < 0) throw new Error("worksheet without sheetData");
  const x = new XmlScanner(xml.slice(from));
  const elements: { name: string; start: number; end: number; attrs: Map<string, string> }[] = [];
  let depth = 0;
  let current: { name: string; start: number; end: number; attrs: Map<string, string> } | undefined;
  while (x.next() !== "end") {
    if (x.kind === "open") {
      if (depth === 0) {
        current = { name: localName(x.name), start: from + x.tagStart, end: from + x.tagEnd, attrs: new Map(x.attributes().map((a) => [a.name, a.value])) };
        elements.push(current);
      }
      depth++;
    } else if (x.kind === "close") {
      if (depth === 0) return { elements, rootClose: from + x.tagStart };
      depth--;
      if (depth === 0 && current) current.end = from + x.tagEnd;
    }
  }
  throw new Error("worksheet not closed");
}

// ---------------------------------------------------------------------------------------------------------
// styles.xml

/**
 * Appends fonts, fills, borders and cell formats to styles.xml, reusing an identical entry when there is one
 * (so annotating twice does not grow the part), and keeps the collections' count attributes right.
 */
export class StylesEdit {
  private readonly root: Element;
  readonly prefix: string;
  private readonly lists = new Map<string, { el: Element; items: string[]; added: string[] }>();

  constructor(private readonly edit: PartEdit) {
    this.root = outline(edit.original, 2);
    this.prefix = prefixOf(this.root);
    for (const name of ["fonts", "fills", "borders", "cellXfs"]) {
      const el = child(this.root, name);
      if (!el) throw new Error(`styles.xml has no ${name}`);
      this.lists.set(name, { el, items: el.children.map((c) => edit.original.slice(c.start, c.end)), added: [] });
    }
  }

  /** An entry of a collection (fonts, fills, borders, cellXfs) as written. */
  item(list: string, index: number): string | undefined {
    const l = this.lists.get(list)!;
    return index < l.items.length ? l.items[index] : l.added[index - l.items.length];
  }

  /** The index of this entry in the collection, appended when no identical one is there. */
  add(list: string, xml: string): number {
    const l = this.lists.get(list)!;
    const have = l.items.indexOf(xml);
    if (have >= 0) return have;
    const added = l.added.indexOf(xml);
    if (added >= 0) return l.items.length + added;
    l.added.push(xml);
    return l.items.length + l.added.length - 1;
  }

  /** A cell format: `base` (an index) with attributes set, its children kept; or a new one from attributes. */
  xf(base: number | null, set: Record<string, string>, children = ""): number {
    const p = this.prefix;
    if (base === null) {
      const attrs = Object.entries(set).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
      return this.add("cellXfs", children ? `<${p}xf${attrs}>${children}</${p}xf>` : `<${p}xf${attrs}/>`);
    }
    const original = this.item("cellXfs", base) ?? this.item("cellXfs", 0)!;
    return this.add("cellXfs", withAttributes(original, set));
  }

  /** Writes the appended entries and the new counts. */
  finish(): void {
    for (const l of this.lists.values()) {
      if (l.added.length === 0) continue;
      appendInside(this.edit, l.el, l.added.join(""));
      const count = l.items.length + l.added.length;
      const tag = this.edit.original.slice(l.el.start, l.el.openEnd);
      const m = /\scount\s*=\s*("[^"]*"|'[^']*')/.exec(tag);
      if (m) this.edit.replace(l.el.start + m.index, l.el.start + m.index + m[0].length, ` count="${count}"`);
      else if (!l.el.selfClosing) this.edit.insert(l.el.start + 1 + l.el.qname.length, ` count="${count}"`);
    }
  }
}

/** An element's XML with attributes of its start tag set (replaced in place, or added at the end). */
export function withAttributes(xml: string, set: Record<string, string>): string {
  const x = new XmlScanner(xml);
  x.next();
  const tagEnd = x.tagEnd;
  let tag = xml.slice(0, tagEnd);
  const rest = xml.slice(tagEnd);
  const additions: string[] = [];
  const spans: { start: number; end: number; value: string }[] = [];
  for (const [k, v] of Object.entries(set)) {
    const span = x.attrSpan(k);
    if (span) spans.push({ start: span.valueStart, end: span.valueEnd, value: escapeXml(v) });
    else additions.push(` ${k}="${escapeXml(v)}"`);
  }
  for (const s of spans.sort((a, b) => b.start - a.start)) tag = tag.slice(0, s.start) + s.value + tag.slice(s.end);
  const close = x.selfClosing ? tag.lastIndexOf("/") : tag.length - 1;
  tag = tag.slice(0, close).replace(/\s+$/, "") + additions.join("") + tag.slice(close);
  return tag + rest;
}
