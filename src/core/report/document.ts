import type { CellRef } from "../values/figure";

/**
 * The report as a document model, independent of Word: what src/word renders (and what tests read).
 * Figures are runs of their own so a renderer or a test can tell a computed figure from prose, and
 * placeholders are runs of their own so the author can find every gap (Word highlights them).
 */
export type Run =
  /** Fixed wording of the outline. */
  | { kind: "text"; text: string }
  /** A figure computed from the tables, already formatted ("1,286.45万元", "98.16%"); cells it came from. */
  | { kind: "figure"; text: string; sources: CellRef[] }
  /** Text quoted from the tables (a goal, a note) — the author's own words, carried over. */
  | { kind: "quote"; text: string; sources: CellRef[] }
  /** 【待填写：…】 what only the author knows, or a figure whose table is missing. */
  | { kind: "placeholder"; text: string };

/** Heading levels of GB/T 9704: 一、 (1), （一） (2), 1. (3), （1） (4). */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | { kind: "heading"; level: HeadingLevel; number: string; text: string }
  | { kind: "paragraph"; runs: Run[] };

export interface TableCell {
  runs: Run[];
  colSpan?: number;
  /** Rows this cell spans downwards; the rows below carry no cell in its place. */
  rowSpan?: number;
  align?: "left" | "center" | "right";
}

export interface TableRow {
  /** A row of column headings: set bold. */
  header?: boolean;
  cells: TableCell[];
}

/** A table fitted to the text width: `widths` are relative column weights. */
export interface ReportTable {
  /** A line above the table (a project's name). */
  caption?: string;
  /** 金额单位 line above the table, right-aligned. */
  unitNote?: string;
  widths: number[];
  /**
   * Rows marked header at the top of `rows` repeat on every page the table runs over. A table whose first rows
   * belong with the next table (a 项目名称 row above the money block) sets keepWithNext.
   */
  keepWithNext?: boolean;
  rows: TableRow[];
}

/** 附件N: a title and the tables reproduced from the package. */
export interface Attachment {
  title: string;
  tables: ReportTable[];
}

export interface ReportDocument {
  outline: string;
  /** Title lines (the title is set on one or more centred lines). */
  title: Run[][];
  /** 主送机关 line, for outlines that address the finance bureau. */
  salutation: Run[] | null;
  body: Block[];
  /** 附件 list under the body, then 署名 and 成文日期. */
  attachmentList: string[];
  signature: { unit: Run[]; date: Run[] };
  attachments: Attachment[];
  fileName: string;
}

/** All runs of a document in reading order (for counting placeholders, for tests). */
export function allRuns(doc: ReportDocument): Run[] {
  const runs: Run[] = [...doc.title.flat(), ...(doc.salutation ?? [])];
  for (const b of doc.body) if (b.kind === "paragraph") runs.push(...b.runs);
  runs.push(...doc.signature.unit, ...doc.signature.date);
  for (const a of doc.attachments) for (const t of a.tables) for (const r of t.rows) for (const c of r.cells) runs.push(...c.runs);
  return runs;
}

export function runText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
