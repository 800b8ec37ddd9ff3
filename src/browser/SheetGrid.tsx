import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { colEnd, columnLetters, formatAt, parseA1, rawAt, rowEnd, type CellValue, type MergedArea, type SheetSnapshot } from "../core/sheet";

/**
 * The sheet as a grid, the way Excel shows it: column letters and row numbers, merged areas drawn as one
 * cell, the finding's cells outlined (the figure to check in red, the figures it comes from in orange) and
 * scrolled into view. Only the visible rows and columns are drawn, so a 2,000-row sheet costs what a screen
 * costs. Hand-drawn rather than a grid library: those cost more than the whole first-load budget.
 */

export const ROW_H = 20;
export const HEAD_H = 22;
const HEAD_W = 44;
/** Rows and columns drawn beyond the visible edge, so a small scroll shows no blank strip. */
const OVERSCAN = 3;

export type InvolvedRole = "primary" | "part";
export interface InvolvedCell {
  cell: string;
  role: InvolvedRole;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: `${HEAD_W}px 1fr`,
    gridTemplateRows: `${HEAD_H}px 1fr`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    minHeight: 0,
  },
  corner: { backgroundColor: tokens.colorNeutralBackground3, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  strip: { position: "relative", overflow: "hidden", backgroundColor: tokens.colorNeutralBackground3 },
  body: { position: "relative", overflow: "auto", minHeight: 0 },
  head: {
    position: "absolute",
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    color: tokens.colorNeutralForeground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  headHit: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorPaletteRedBackground1 },
  cell: {
    position: "absolute",
    boxSizing: "border-box",
    padding: "2px 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  merged: { whiteSpace: "normal", display: "flex", alignItems: "center", justifyContent: "center", textAlign: "center" },
  mark: { position: "absolute", boxSizing: "border-box", pointerEvents: "none" },
  primary: { outline: `3px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: "-2px", backgroundColor: "rgba(255, 199, 206, 0.45)" },
  part: { outline: `2px dashed ${tokens.colorPaletteDarkOrangeBorder2}`, outlineOffset: "-2px", backgroundColor: "rgba(255, 235, 156, 0.45)" },
});

/** Display width of a text in "characters": CJK and full-width forms count double. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

/** A cell's text as the sheet shows it: numbers at the decimals of their number format, with thousands separators. */
export function shownText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const dp = /0\.(0+)/.exec(format)?.[1].length ?? (Number.isInteger(value) ? 0 : Math.min(6, String(value).split(".")[1]?.length ?? 0));
    const text = value.toLocaleString("zh-CN", { minimumFractionDigits: dp, maximumFractionDigits: dp, useGrouping: /#,##/.test(format) || Math.abs(value) >= 10000 });
    return /%/.test(format) ? `${(value * 100).toFixed(Math.max(0, dp))}%` : text;
  }
  return String(value);
}

interface Layout {
  rows: number;
  cols: number;
  /** Left edge of each column, and the total width at [cols]. */
  x: number[];
  /** Merged areas by their top-left cell; every other cell of a merge is covered. */
  mergeAt: Map<string, MergedArea>;
  covered: Set<string>;
}

function layoutOf(sheet: SheetSnapshot, involved: { row: number; col: number }[]): Layout {
  const rows = Math.max(rowEnd(sheet), ...involved.map((p) => p.row + 1)) + 2;
  const cols = Math.max(colEnd(sheet), ...involved.map((p) => p.col + 1)) + 1;
  const covered = new Set<string>();
  const mergeAt = new Map<string, MergedArea>();
  const wide = new Set<string>();
  for (const m of sheet.merges) {
    mergeAt.set(`${m.top},${m.left}`, m);
    if (m.right > m.left) wide.add(`${m.top},${m.left}`);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  // Column widths from the text they hold (a sample of rows is enough), like Excel's autofit, within bounds.
  const widths = new Array<number>(cols).fill(6);
  const step = Math.max(1, Math.floor(sheet.values.length / 400));
  for (let i = 0; i < sheet.values.length; i += step) {
    // Rows are sparse (core/sheet/snapshot): a missing row is an empty one.
    const row = sheet.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const r = sheet.origin.row + i;
      const c = sheet.origin.col + j;
      if (row[j] == null || wide.has(`${r},${c}`)) continue;
      const w = textWidth(shownText(row[j], formatAt(sheet, r, c)));
      if (w > widths[c]) widths[c] = w;
    }
  }
  const x = [0];
  for (let c = 0; c < cols; c++) x.push(x[c] + Math.min(260, Math.max(48, widths[c] * 7 + 10)));
  return { rows, cols, x, mergeAt, covered };
}

/** The first column whose right edge is past `left` (binary search over the column edges). */
function columnAt(x: number[], left: number): number {
  let lo = 0;
  let hi = x.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x[mid + 1] <= left) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function SheetGrid(props: {
  sheet: SheetSnapshot;
  involved: InvolvedCell[];
  /** The cell to bring into view (the finding's primary cell, or one picked from its list). */
  focus: string | null;
  height: number | string;
  label: string;
}) {
  const { sheet, involved, focus } = props;
  const styles = useStyles();
  const body = React.useRef<HTMLDivElement>(null);
  const [view, setView] = React.useState({ top: 0, left: 0, width: 800, height: 400 });
  const positions = React.useMemo(
    () => involved.map((i) => ({ ...i, pos: parseA1(i.cell) })).filter((i): i is InvolvedCell & { pos: { row: number; col: number } } => !!i.pos),
    [involved],
  );
  const layout = React.useMemo(() => layoutOf(sheet, positions.map((p) => p.pos)), [sheet, positions]);
  const { x } = layout;

  const measure = React.useCallback(() => {
    const el = body.current;
    if (el) setView({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
  }, []);

  React.useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    measure();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [measure]);

  // Bring the finding into view: the whole group when it fits, else the focused cell, with a margin.
  React.useLayoutEffect(() => {
    const el = body.current;
    if (!el || positions.length === 0) return;
    const target = positions.find((p) => p.cell === focus)?.pos ?? positions[0].pos;
    const top = Math.min(...positions.map((p) => p.pos.row)) * ROW_H;
    const bottom = (Math.max(...positions.map((p) => p.pos.row)) + 1) * ROW_H;
    const left = x[Math.min(...positions.map((p) => p.pos.col))];
    const right = x[Math.max(...positions.map((p) => p.pos.col)) + 1];
    const w = el.clientWidth;
    const h = el.clientHeight;
    const fitsV = bottom - top <= h - 8;
    const fitsH = right - left <= w - 20;
    const scrollTop = fitsV ? top - (h - (bottom - top)) / 2 : target.row * ROW_H - ROW_H * 2;
    // Row labels sit at the left of a table: stay at column A while the group fits, else show the group's right end.
    const scrollLeft = fitsH ? (right <= w - 10 ? 0 : Math.min(left, right - w + 20)) : x[target.col] - 20;
    el.scrollTo({ top: Math.max(0, scrollTop), left: Math.max(0, scrollLeft) });
    measure();
  }, [positions, focus, x, measure]);

  const firstRow = Math.max(0, Math.floor(view.top / ROW_H) - OVERSCAN);
  const lastRow = Math.min(layout.rows - 1, Math.ceil((view.top + view.height) / ROW_H) + OVERSCAN);
  const firstCol = Math.max(0, columnAt(x, view.left) - OVERSCAN);
  const lastCol = Math.min(layout.cols - 1, columnAt(x, view.left + view.width) + OVERSCAN);
  const hitRows = new Set(positions.map((p) => p.pos.row));
  const hitCols = new Set(positions.map((p) => p.pos.col));

  const cells: React.ReactNode[] = [];
  const drawn = new Set<string>();
  const draw = (r: number, c: number, area?: MergedArea) => {
    const key = `${r},${c}`;
    if (drawn.has(key)) return;
    drawn.add(key);
    const value = rawAt(sheet, r, c);
    const text = shownText(value, formatAt(sheet, r, c));
    const bottom = area ? area.bottom : r;
    const right = area ? area.right : c;
    const cls = [styles.cell, typeof value === "number" ? styles.number : "", area ? styles.merged : ""].join(" ");
    cells.push(
      <div
        key={key}
        className={cls}
        title={text.length > 8 ? text : undefined}
        style={{ top: r * ROW_H, left: x[c], width: x[right + 1] - x[c], height: (bottom - r + 1) * ROW_H }}
      >
        {text}
      </div>,
    );
  };
  for (let r = firstRow; r <= lastRow; r++) {
    for (let c = firstCol; c <= lastCol; c++) {
      if (layout.covered.has(`${r},${c}`)) continue;
      draw(r, c, layout.mergeAt.get(`${r},${c}`));
    }
  }
  // Merged areas whose top-left cell is scrolled out of view are still drawn whole.
  for (const m of sheet.merges) {
    if (m.bottom >= firstRow && m.top < firstRow && m.right >= firstCol && m.left <= lastCol) draw(m.top, m.left, m);
    else if (m.right >= firstCol && m.left < firstCol && m.bottom >= firstRow && m.top <= lastRow) draw(m.top, m.left, m);
  }

  const totalW = x[layout.cols];
  const totalH = layout.rows * ROW_H;
  return (
    <div className={styles.root} style={{ height: props.height }} role="grid" aria-label={props.label} data-testid="sheet-grid" data-sheet={sheet.name}>
      <div className={styles.corner} />
      <div className={styles.strip}>
        <div style={{ position: "absolute", left: -view.left, top: 0, width: totalW, height: HEAD_H }}>
          {Array.from({ length: lastCol - firstCol + 1 }, (_, i) => firstCol + i).map((c) => (
            <div key={c} className={`${styles.head} ${hitCols.has(c) ? styles.headHit : ""}`} style={{ left: x[c], width: x[c + 1] - x[c], height: HEAD_H }} data-testid="col-label">
              {columnLetters(c)}
            </div>
          ))}
        </div>
      </div>
      <div className={styles.strip}>
        <div style={{ position: "absolute", top: -view.top, left: 0, width: HEAD_W, height: totalH }}>
          {Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i).map((r) => (
            <div key={r} className={`${styles.head} ${hitRows.has(r) ? styles.headHit : ""}`} style={{ top: r * ROW_H, width: HEAD_W, height: ROW_H }} data-testid="row-label">
              {r + 1}
            </div>
          ))}
        </div>
      </div>
      <div ref={body} className={styles.body} onScroll={measure} tabIndex={0} data-testid="sheet-body">
        <div style={{ position: "relative", width: totalW, height: totalH }}>
          {cells}
          {positions.map((p) => {
            const area = layout.mergeAt.get(`${p.pos.row},${p.pos.col}`);
            const right = area ? area.right : p.pos.col;
            const bottom = area ? area.bottom : p.pos.row;
            return (
              <div
                key={`${p.cell}-${p.role}`}
                className={`${styles.mark} ${p.role === "primary" ? styles.primary : styles.part}`}
                style={{ top: p.pos.row * ROW_H, left: x[p.pos.col], width: x[right + 1] - x[p.pos.col], height: (bottom - p.pos.row + 1) * ROW_H }}
                data-testid="involved"
                data-role={p.role}
                data-cell={p.cell}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
