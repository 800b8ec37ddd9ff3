/**
 * Label normalisation. Staff type labels with stray spaces and line breaks ("本年收 入合计", "全年\n预算数")
 * and mix full- and half-width forms ("（）" vs "()", "１２３"). NFKC folds the width variants; then all
 * white space (including the ideographic space U+3000) is removed.
 */
export function normalizeLabel(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text).normalize("NFKC").replace(/[\s\u3000\u00a0]+/g, "");
}

/** Same as normalizeLabel, but keeps single spaces between words (for names shown back to the user). */
export function tidyText(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text).replace(/[\s\u3000\u00a0]+/g, " ").trim();
}
