/**
 * A small pull scanner for the machine-written XML parts of a .xlsx. It hands out one token at a time (a tag
 * opening or closing, or a run of text) and keeps only positions into the part: attribute values and text are
 * cut out and decoded when the reader asks for them. A worksheet has a few thousand tags of which the reader
 * wants two or three attributes, so this is what keeps reading a workbook cheap (no object per tag).
 *
 * Attribute values may contain ">" (number formats like [>=100]), so tags are scanned attribute by attribute.
 * DOCTYPE (custom entities) and CDATA (which exceljs silently drops) are refused, as are malformed entity or
 * character references anywhere in an attribute value, as a conforming parser (and so exceljs) refuses them.
 */

/** The part uses XML this scanner does not read as exceljs would; the caller reads the file with exceljs. */
export class NotUnderstood extends Error {}

export function fail(why: string): never {
  throw new NotUnderstood(why);
}

/** open: a start tag (a self-closing one is followed by its close); text: characters between tags. */
export type Token = "open" | "close" | "text" | "end";

export class XmlScanner {
  /** The kind of the current token. */
  kind: Token = "end";
  /** The tag name of the current open or close token. */
  name = "";
  /**
   * Where the current tag starts ("<") and ends (after ">"), for an editor that splices the part: a
   * self-closing tag's close token has the same span as its open token, and `selfClosing` is true for both.
   */
  tagStart = 0;
  tagEnd = 0;
  selfClosing = false;
  private pos: number;
  /** The current open tag closed itself (`<x/>`): the next token is its close. */
  private closePending = false;
  private textStart = 0;
  private textEnd = 0;
  /** The current open tag's attributes: nameStart, nameEnd, valueStart, valueEnd for each, in order. */
  private readonly spans: number[] = [];
  /** For each attribute: its value has references or literal tabs or line ends to decode. */
  private readonly needsDecoding: boolean[] = [];
  private attrCount = 0;

  constructor(private readonly xml: string) {
    this.pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  next(): Token {
    if (this.closePending) {
      this.closePending = false;
      return (this.kind = "close");
    }
    this.selfClosing = false;
    const xml = this.xml;
    const end = xml.length;
    while (this.pos < end) {
      const pos = this.pos;
      // Machine-written parts rarely have text between tags: look at the next character before searching.
      const lt = xml.charCodeAt(pos) === 60 /* < */ ? pos : xml.indexOf("<", pos);
      const stop = lt < 0 ? end : lt;
      if (stop > pos) {
        this.textStart = pos;
        this.textEnd = stop;
        this.pos = stop;
        return (this.kind = "text");
      }
      const next = xml.charCodeAt(lt + 1);
      if (next === 63 /* ? */) {
        const close = xml.indexOf("?>", lt);
        if (close < 0) fail("unterminated processing instruction");
        const decl = xml.slice(lt, close);
        if (decl.startsWith("<?xml") && /encoding\s*=\s*["'](?!utf-8["'])/i.test(decl)) fail("not UTF-8");
        this.pos = close + 2;
      } else if (next === 33 /* ! */) {
        if (!xml.startsWith("<!--", lt)) fail("DOCTYPE or CDATA");
        const close = xml.indexOf("-->", lt);
        if (close < 0) fail("unterminated comment");
        this.pos = close + 3;
      } else if (next === 47 /* / */) {
        const close = xml.indexOf(">", lt);
        if (close < 0) fail("unterminated tag");
        this.name = xml.slice(lt + 2, close).trim();
        this.pos = close + 1;
        this.tagStart = lt;
        this.tagEnd = this.pos;
        return (this.kind = "close");
      } else {
        this.scanOpenTag(lt + 1);
        this.tagStart = lt;
        this.tagEnd = this.pos;
        this.selfClosing = this.closePending;
        return (this.kind = "open");
      }
    }
    return (this.kind = "end");
  }

  /**
   * Matches a sticky regular expression at the current position and, when it matches, consumes what it
   * matched: a reader's fast path for a common, fully regular element that reads the same token by token.
   */
  match(re: RegExp): RegExpExecArray | null {
    if (this.closePending) return null;
    re.lastIndex = this.pos;
    const m = re.exec(this.xml);
    if (m) this.pos = re.lastIndex;
    return m;
  }

  /** The decoded text of the current text token. */
  text(): string {
    return decodeText(this.xml.slice(this.textStart, this.textEnd));
  }

  /** The decoded value of an attribute of the current open tag (the last one, if written twice). */
  attr(name: string): string | undefined {
    const { spans, xml } = this;
    for (let k = (this.attrCount - 1) * 4; k >= 0; k -= 4) {
      if (spans[k + 1] - spans[k] === name.length && xml.startsWith(name, spans[k])) {
        const value = xml.slice(spans[k + 2], spans[k + 3]);
        return this.needsDecoding[k >> 2] ? decodeAttribute(value) : value;
      }
    }
    return undefined;
  }

  /**
   * Where an attribute of the current open tag is in the part: from the start of its name to after its
   * closing quote, and its raw (undecoded) value's span. Undefined when the tag has no such attribute.
   */
  attrSpan(name: string): { start: number; end: number; valueStart: number; valueEnd: number } | undefined {
    const { spans, xml } = this;
    for (let k = (this.attrCount - 1) * 4; k >= 0; k -= 4) {
      if (spans[k + 1] - spans[k] === name.length && xml.startsWith(name, spans[k])) {
        return { start: spans[k], end: spans[k + 3] + 1, valueStart: spans[k + 2], valueEnd: spans[k + 3] };
      }
    }
    return undefined;
  }

  /** Every attribute of the current open tag, decoded, in document order. */
  attributes(): { name: string; value: string }[] {
    const out: { name: string; value: string }[] = [];
    for (let n = 0; n < this.attrCount; n++) {
      const k = n * 4;
      const raw = this.xml.slice(this.spans[k + 2], this.spans[k + 3]);
      out.push({ name: this.xml.slice(this.spans[k], this.spans[k + 1]), value: this.needsDecoding[n] ? decodeAttribute(raw) : raw });
    }
    return out;
  }

  /** Scans `name attr="v" …>` from `i`, recording where the attributes are. */
  private scanOpenTag(i: number): void {
    const xml = this.xml;
    const end = xml.length;
    let j = i;
    while (j < end) {
      const c = xml.charCodeAt(j);
      if (isSpace(c) || c === 47 || c === 62) break;
      j++;
    }
    if (j === i) fail("empty tag name");
    this.name = xml.slice(i, j);
    this.attrCount = 0;
    for (;;) {
      while (j < end && isSpace(xml.charCodeAt(j))) j++;
      if (j >= end) fail("unterminated tag");
      const c = xml.charCodeAt(j);
      if (c === 62 /* > */) {
        this.pos = j + 1;
        return;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(j + 1) !== 62) fail("bad self-closing tag");
        this.closePending = true;
        this.pos = j + 2;
        return;
      }
      let eq = j;
      while (eq < end && xml.charCodeAt(eq) !== 61 /* = */) eq++;
      if (eq >= end) fail("attribute without value");
      // The name is what lies before "=", trimmed as String.prototype.trim trims.
      let nameStart = j;
      let nameEnd = eq;
      while (nameStart < nameEnd && isTrimmed(xml.charCodeAt(nameStart))) nameStart++;
      while (nameEnd > nameStart && isTrimmed(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      let q = eq + 1;
      while (q < end && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") fail("unquoted attribute");
      // Find the closing quote, noting on the way whether the value needs decoding (the rare case).
      const quoteCode = quote.charCodeAt(0);
      let close = q + 1;
      let special = false;
      for (; close < end; close++) {
        const v = xml.charCodeAt(close);
        if (v === quoteCode) break;
        if (v === 38 /* & */ || v === 9 || v === 10 || v === 13) special = true;
      }
      if (close >= end) fail("unterminated attribute");
      // Every value is decoded once, wanted or not: a malformed reference makes the whole part unreadable.
      if (special) decodeAttribute(xml.slice(q + 1, close));
      const n = this.attrCount++;
      this.spans[n * 4] = nameStart;
      this.spans[n * 4 + 1] = nameEnd;
      this.spans[n * 4 + 2] = q + 1;
      this.spans[n * 4 + 3] = close;
      this.needsDecoding[n] = special;
      j = close + 1;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** What String.prototype.trim removes (white space and line terminators, Unicode's included). */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && /\s/.test(String.fromCharCode(c));
}

/** An entity or character reference, or (second branch) a bare "&", which is not well-formed XML. */
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g;
// A Map, not an object literal: "&constructor;" must not find Object.prototype.constructor.
export const NAMED_ENTITIES = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** XML 1.0's Char production: a character reference to anything else is an error in any conforming parser. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_, e: string | undefined) => {
    if (e === undefined) return fail("bare &");
    if (e[0] !== "#") return NAMED_ENTITIES.get(e) ?? fail(`unknown entity &${e};`);
    const code = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    if (!isXmlChar(code)) fail("character reference to a non-XML character");
    return String.fromCodePoint(code);
  });
}

/** Text as a conforming parser reports it: line ends normalised to \n, entities decoded. */
function decodeText(raw: string): string {
  const s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return decodeEntities(s);
}

/** Attribute values: literal line ends and tabs become spaces (XML attribute-value normalisation). */
function decodeAttribute(raw: string): string {
  if (!ATTRIBUTE_SPECIAL.test(raw)) return raw; // the common case: one scan, no copy
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
}
const ATTRIBUTE_SPECIAL = /[\t\n\r&]/;
