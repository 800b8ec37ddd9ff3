/**
 * Label normalisation. Staff type labels with stray spaces and line breaks ("本年收 入合计", "全年\n预算数")
 * and mix full- and half-width forms ("（）" vs "()", "１２３"). NFKC folds the width variants; then all
 * white space (including the ideographic space U+3000) is removed.
 */
export function normalizeLabel(text: unknown): string {
  if (text === null || text === undefined) return "";
  const s = String(text);
  return foldWidth(s, true) ?? s.normalize("NFKC").replace(/[\s\u3000\u00a0]+/g, "");
}

/** NFKC of a text, white space kept (for texts whose words and values are read apart, as "填表人：张丽"). */
export function nfkc(text: string): string {
  return foldWidth(text, false) ?? text.normalize("NFKC");
}

/**
 * True when NFKC leaves the text as it is and it has no white space: visible ASCII, the CJK Unified
 * Ideographs and the Chinese punctuation labels use. Most labels are exactly that, and foldWidth passes
 * them through untouched. (A test runs NFKC over every code point accepted here.)
 */
export function isStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!stableCode(s.charCodeAt(i))) return false;
  return true;
}

function stableCode(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x7e) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    c === 0x3001 ||
    c === 0x3002 ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x2018 && c <= 0x2019) ||
    (c >= 0x201c && c <= 0x201d)
  );
}

/**
 * NFKC done by hand for the texts that need no more than its common steps: full-width ASCII forms
 * ("（）：１２３％", U+FF01–FF5E) become ASCII, and white space is dropped (or, kept, the no-break and
 * ideographic spaces become " "). Undefined when any other character needs NFKC proper. Every character kept
 * is NFKC-stable and none of them combines with a neighbour, so the result is NFKC's own — at a fraction of
 * normalize()'s cost, over the many labels that carry a full-width bracket or colon. A text that is all
 * stable characters comes back as it is, without a copy.
 */
function foldWidth(s: string, dropSpace: boolean): string | undefined {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (stableCode(c)) continue;
    let replacement: string;
    if (c >= 0xff01 && c <= 0xff5e) replacement = String.fromCharCode(c - 0xfee0);
    else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      if (!dropSpace) continue;
      replacement = "";
    } else if (c === 0xa0 || c === 0x3000) replacement = dropSpace ? "" : " ";
    else return undefined;
    out += s.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Same as normalizeLabel, but keeps single spaces between words (for names shown back to the user). */
export function tidyText(text: unknown): string {
  if (text === null || text === undefined) return "";
  const s = String(text);
  // Most texts hold no white space at all: nothing to collapse or trim.
  return /\s/.test(s) ? s.replace(/[\s\u3000\u00a0]+/g, " ").trim() : s;
}
