import JSZip from "jszip";
import { XmlScanner } from "./xml-scanner";

/**
 * Editing a .xlsx package in place, part by part, as text. A round trip through a workbook model (exceljs)
 * rewrites every part and drops what the model does not know (escaped number formats, charts, sparklines, x14
 * validations, workbook protection, calcPr …). Here a part is only ever changed by splices at known places,
 * every other part keeps its exact bytes, and each splice is logged so the edit can be undone later.
 */

export const RELATIONSHIP = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

/** The namespace of r:id attributes (an identifier, never fetched). */
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** One splice as it stands in the edited text: at `at`, `inserted` replaced `removed`. */
export type Splice = [at: number, removed: string, inserted: string];

/** Splices collected against a part's text as read and applied together (no edit sees another's offsets). */
export class PartEdit {
  private readonly edits: { at: number; remove: number; insert: string; order: number }[] = [];

  constructor(readonly original: string) {}

  replace(start: number, end: number, insert: string): void {
    this.edits.push({ at: start, remove: end - start, insert, order: this.edits.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  get changed(): boolean {
    return this.edits.length > 0;
  }

  /** The edited text and the splices that undo it (ascending, in the edited text's offsets). */
  apply(): { text: string; splices: Splice[] } {
    // At one place, insertions go before a removal starting there (a sheet entry replaced at the same spot).
    const edits = [...this.edits].sort((a, b) => a.at - b.at || Number(a.remove > 0) - Number(b.remove > 0) || a.order - b.order);
    const out: string[] = [];
    const splices: Splice[] = [];
    let from = 0;
    let delta = 0;
    for (const e of edits) {
      if (e.at < from) throw new Error("overlapping edits of one part");
      out.push(this.original.slice(from, e.at), e.insert);
      const removed = this.original.slice(e.at, e.at + e.remove);
      splices.push([e.at + delta, removed, e.insert]);
      delta += e.insert.length - e.remove;
      from = e.at + e.remove;
    }
    out.push(this.original.slice(from));
    return { text: out.join(""), splices };
  }
}

/** Undoes logged splices; null when the text no longer holds what was inserted (the part was rewritten since). */
export function undoSplices(text: string, splices: Splice[]): string | null {
  // One pass over the text (splices ascend): a large sheet with many marks is not copied once per splice.
  const out: string[] = [];
  let from = 0;
  for (const [at, removed, inserted] of splices) {
    if (at < from || !text.startsWith(inserted, at)) return null;
    out.push(text.slice(from, at), removed);
    from = at + inserted.length;
  }
  out.push(text.slice(from));
  return out.join("");
}

/** What a package edit did: enough to take it back exactly (parts created are deleted, splices undone). */
export interface EditLog {
  created: string[];
  edited: Record<string, Splice[]>;
}

const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encode = (text: string) => new TextEncoder().encode(text);

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  private readonly editors = new Map<string, PartEdit>();
  private readonly createdParts = new Map<string, string>();
  private readonly deleted = new Set<string>();
  private readonly replaced = new Map<string, string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array | ArrayBuffer): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  /** Part names without a leading "/" (folders left out), as they stand now. */
  names(): string[] {
    const out: string[] = [];
    this.zip.forEach((path, file) => {
      if (!file.dir && !this.deleted.has(path)) out.push(path);
    });
    for (const p of this.createdParts.keys()) if (!out.includes(p)) out.push(p);
    return out;
  }

  has(path: string): boolean {
    return this.createdParts.has(path) || (!this.deleted.has(path) && this.zip.file(path) !== null);
  }

  /** A part's text as read (edits pending in an editor are not in it). */
  async text(path: string): Promise<string | undefined> {
    if (this.createdParts.has(path)) return this.createdParts.get(path);
    if (this.replaced.has(path)) return this.replaced.get(path);
    if (this.deleted.has(path)) return undefined;
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const file = this.zip.file(path);
    if (!file) return undefined;
    // The platform's decoder (native in browsers and Node) is many times faster than jszip's own on a large sheet.
    const text = UTF8.decode(await file.async("uint8array"));
    this.texts.set(path, text);
    return text;
  }

  /** The one editor of an existing part (its splices are applied when the package is written). */
  async edit(path: string): Promise<PartEdit> {
    let e = this.editors.get(path);
    if (!e) {
      const text = await this.text(path);
      if (text === undefined) throw new Error(`no part ${path}`);
      e = new PartEdit(text);
      this.editors.set(path, e);
    }
    return e;
  }

  /** Replaces a part's text outright (an undo restoring the original); not logged. */
  restore(path: string, text: string): void {
    if (this.editors.has(path)) throw new Error(`${path} is being edited`);
    this.replaced.set(path, text);
  }

  /** Makes an editor's splices part of the text as read, unlogged (a removal the new edit builds on). */
  bake(path: string): void {
    const e = this.editors.get(path);
    if (!e) return;
    this.editors.delete(path);
    if (e.changed) this.replaced.set(path, e.apply().text);
  }

  create(path: string, text: string): void {
    if (this.has(path)) throw new Error(`part ${path} exists`);
    this.deleted.delete(path);
    this.createdParts.set(path, text);
  }

  delete(path: string): void {
    this.createdParts.delete(path);
    this.replaced.delete(path);
    this.editors.delete(path);
    this.deleted.add(path);
  }

  /** A part name not yet used: `xl/worksheets/sheet7.xml` for ("xl/worksheets/sheet", ".xml"). */
  freeName(prefix: string, suffix: string): string {
    const taken = new Set(this.names().map((n) => n.toLowerCase()));
    for (let i = 1; ; i++) if (!taken.has(`${prefix}${i}${suffix}`.toLowerCase())) return `${prefix}${i}${suffix}`;
  }

  /**
   * Applies every editor's splices and returns the log of the edit so far (parts created, splices made);
   * parts created afterwards (the one that stores the log) are not in it.
   */
  commit(): EditLog {
    const log: EditLog = { created: [...this.createdParts.keys()], edited: {} };
    for (const [path, editor] of this.editors) {
      if (!editor.changed) continue;
      const { text, splices } = editor.apply();
      this.replaced.set(path, text);
      log.edited[path] = splices;
    }
    this.editors.clear();
    return log;
  }

  /**
   * The package as bytes; untouched parts keep their compressed data, so their bytes are the original's.
   * Level 1: deflating a large edited sheet is most of the time an annotation takes, and level 6 only saves ~4%.
   */
  async write(): Promise<Uint8Array> {
    if (this.editors.size > 0) this.commit();
    for (const path of this.deleted) if (!this.createdParts.has(path)) this.zip.remove(path);
    for (const [path, text] of this.replaced) this.zip.file(path, encode(text));
    for (const [path, text] of this.createdParts) this.zip.file(path, encode(text));
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
  }
}

// ---------------------------------------------------------------------------------------------------------
// A shallow outline of a small part (workbook.xml, styles.xml, rels, [Content_Types].xml, comments)

export interface Element {
  /** The local name (without a namespace prefix). */
  name: string;
  /** The name as written, prefix included. */
  qname: string;
  attrs: Map<string, string>;
  /** "<" of the start tag, after its ">", "<" of the end tag, after the end tag ("/>" tags: all within). */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  children: Element[];
}

export const localName = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

/** The root element with its descendants down to `depth` levels (1: the root's children). */
export function outline(xml: string, depth: number): Element {
  const x = new XmlScanner(xml);
  const stack: Element[] = [];
  let root: Element | undefined;
  let skipped = 0;
  while (x.next() !== "end") {
    if (x.kind === "open") {
      if (skipped > 0 || stack.length > depth) {
        skipped++;
        continue;
      }
      const el: Element = {
        name: localName(x.name),
        qname: x.name,
        attrs: new Map(x.attributes().map((a) => [a.name, a.value])),
        start: x.tagStart,
        openEnd: x.tagEnd,
        closeStart: x.tagEnd,
        end: x.tagEnd,
        selfClosing: x.selfClosing,
        children: [],
      };
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else root = el;
      stack.push(el);
    } else if (x.kind === "close") {
      if (skipped > 0) {
        skipped--;
        continue;
      }
      const el = stack.pop();
      if (!el) break;
      if (!el.selfClosing) {
        el.closeStart = x.tagStart;
        el.end = x.tagEnd;
      }
    }
  }
  if (!root) throw new Error("no root element");
  return root;
}

export const child = (el: Element, name: string): Element | undefined => el.children.find((c) => c.name === name);

/** The prefix ("x:" or "") an element's own name uses, for children written next to it. */
export const prefixOf = (el: Element): string => (el.qname.includes(":") ? el.qname.slice(0, el.qname.indexOf(":") + 1) : "");

/** Inserts children at the end of an element, turning `<x/>` into `<x>…</x>` when needed. */
export function appendInside(edit: PartEdit, el: Element, xml: string): void {
  if (el.selfClosing) {
    const tag = edit.original.slice(el.start, el.end);
    edit.replace(el.start, el.end, `${tag.replace(/\s*\/>$/, ">")}${xml}</${el.qname}>`);
  } else edit.insert(el.closeStart, xml);
}

/** Sets (or adds) an attribute on an element's start tag. */
export function setAttribute(edit: PartEdit, el: Element, name: string, value: string): void {
  const x = new XmlScanner(edit.original.slice(el.start, el.openEnd));
  x.next();
  const span = x.attrSpan(name);
  if (span) edit.replace(el.start + span.valueStart, el.start + span.valueEnd, escapeXml(value));
  else edit.insert(el.start + 1 + el.qname.length, ` ${name}="${escapeXml(value)}"`);
}

/** Removes an attribute (with the white space before it) from an element's start tag, if it is there. */
export function removeAttribute(edit: PartEdit, el: Element, name: string): void {
  const tag = edit.original.slice(el.start, el.openEnd);
  const x = new XmlScanner(tag);
  x.next();
  const span = x.attrSpan(name);
  if (!span) return;
  let s = span.start;
  while (s > 0 && /\s/.test(tag[s - 1])) s--;
  edit.replace(el.start + s, el.start + span.end, "");
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Text as XML allows it: control characters other than tab and line ends cannot be written at all. */
export function escapeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeXml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}

// ---------------------------------------------------------------------------------------------------------
// Relationships and content types

export interface Relationship {
  el: Element;
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function readRelationships(xml: string): Relationship[] {
  return outline(xml, 1).children
    .filter((c) => c.name === "Relationship")
    .map((el) => ({ el, id: el.attrs.get("Id") ?? "", type: el.attrs.get("Type") ?? "", target: el.attrs.get("Target") ?? "", external: el.attrs.get("TargetMode") === "External" }));
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, resolved against the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return normalise(target.slice(1));
  const dir = fromPart.slice(0, fromPart.lastIndexOf("/") + 1);
  return normalise(dir + target);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A target from one part to another, relative as Excel writes it. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export function freeRelationshipId(rels: { id: string }[]): string {
  const ids = new Set(rels.map((r) => r.id));
  for (let i = rels.length + 1; ; i++) if (!ids.has(`rId${i}`)) return `rId${i}`;
}

export const relationshipXml = (id: string, type: string, target: string): string =>
  `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;

export const relationshipsPart = (rels: { id: string; type: string; target: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => relationshipXml(r.id, r.type, r.target))
    .join("")}</Relationships>`;

/** Adds a relationship to a part's rels (creating the rels part when there is none); returns its id. */
export async function addRelationship(pkg: XlsxPackage, fromPart: string, type: string, toPart: string): Promise<string> {
  const relsPath = relsPathOf(fromPart);
  const target = relativeTarget(fromPart, toPart);
  const xml = await pkg.text(relsPath);
  if (xml === undefined) {
    pkg.create(relsPath, relationshipsPart([{ id: "rId1", type, target }]));
    return "rId1";
  }
  const edit = await pkg.edit(relsPath);
  const rels = readRelationships(edit.original);
  const pending = pendingIds.get(edit) ?? [];
  const id = freeRelationshipId([...rels, ...pending.map((p) => ({ id: p }))]);
  pendingIds.set(edit, [...pending, id]);
  appendInside(edit, outline(edit.original, 0), relationshipXml(id, type, target));
  return id;
}
/** Ids handed out for a rels part within one edit (its text as read does not show them yet). */
const pendingIds = new WeakMap<PartEdit, string[]>();

/** Adds an Override for a new part to [Content_Types].xml, and a Default for its extension when asked. */
export async function addContentType(pkg: XlsxPackage, part: string, type: string, byExtension = false): Promise<void> {
  const edit = await pkg.edit("[Content_Types].xml");
  const root = outline(edit.original, 1);
  if (byExtension) {
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const have = root.children.some((c) => c.name === "Default" && c.attrs.get("Extension")?.toLowerCase() === ext);
    const pending = pendingDefaults.get(edit) ?? new Set<string>();
    if (!have && !pending.has(ext)) {
      pending.add(ext);
      pendingDefaults.set(edit, pending);
      // Defaults come before Overrides (the schema's order).
      const firstOverride = root.children.find((c) => c.name === "Override");
      const xml = `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`;
      if (firstOverride) edit.insert(firstOverride.start, xml);
      else appendInside(edit, root, xml);
    }
    return;
  }
  appendInside(edit, root, `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`);
}
const pendingDefaults = new WeakMap<PartEdit, Set<string>>();
