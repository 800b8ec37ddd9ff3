/** A1 addressing helpers (0-based row/col in, "B7" out; no "$"). */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "B7" or "$B$7" into 0-based {row, col}; undefined when it is not an A1 cell address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number.parseInt(m[2], 10) - 1, col: col - 1 };
}

/** Parses "A1:C5" (or a single cell) into 0-based inclusive bounds. */
export function parseRangeA1(range: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b] = bare.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
