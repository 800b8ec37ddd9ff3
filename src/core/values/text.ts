/**
 * Label normalisation. Staff type labels with stray spaces and line breaks ("本年收 入合计", "全年\n预算数")
 * and mix full- and half-width forms ("（）" vs "()", "１２３"). NFKC folds the width variants; then all
 * white space (including the ideographic space U+3000) is removed.
 */
export function normalizeLabel(text: unknown): string {
  if (text === null || text === undefined) return "";
  const s = String(text);
  return isStable(s) ? s : s.normalize("NFKC").replace(/[\s\u3000\u00a0]+/g, "");
}

/**
 * True when NFKC leaves the text as it is and it has no white space: visible ASCII, the CJK Unified
 * Ideographs and the Chinese punctuation labels use. Most labels are exactly that, and this check costs a
 * fraction of normalize() + replace() over the thousands of cells of a package. (A test runs NFKC over
 * every code point accepted here.)
 */
export function isStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e) continue;
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c === 0x3001 || c === 0x3002 || (c >= 0x3008 && c <= 0x3011) || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d)) continue;
    return false;
  }
  return true;
}

/** Same as normalizeLabel, but keeps single spaces between words (for names shown back to the user). */
export function tidyText(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text).replace(/[\s\u3000\u00a0]+/g, " ").trim();
}
