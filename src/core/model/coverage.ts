import { z } from "zod/v4";
import { TableKindSchema } from "./common";

/** A numeric cell inside a table's region that no figure of the model was read from, with the labels it sits under. */
export const UnreadCellSchema = z.object({
  /** A1 without "$". */
  cell: z.string(),
  /** The cell as written. */
  raw: z.string(),
  /** The row's label as printed ("2080505 机关事业单位基本养老保险缴费支出"), "" when the row has none. */
  row: z.string(),
  /** The column's header as printed, a group header before its leaf ("因公出国（境）费用 决算数"); "" when none. */
  column: z.string(),
});
export type UnreadCell = z.infer<typeof UnreadCellSchema>;

/** A column of a table none of whose numeric cells was read: its header was not understood. */
export const UnreadColumnSchema = z.object({
  /** The column's header as printed (as UnreadCell.column). */
  column: z.string(),
  /** Its unread cells, top to bottom (A1). */
  cells: z.array(z.string()),
});
export type UnreadColumn = z.infer<typeof UnreadColumnSchema>;

/**
 * How much of a recognised table was read: every numeric cell inside its region is either read into the model
 * or listed as unread. Structural numbers (行次/栏次 numbering, 科目代码, 序号, years beside titles, phone
 * numbers, dates) are not figures and are counted in neither.
 */
export const TableCoverageSchema = z.object({
  kind: TableKindSchema,
  sheet: z.string(),
  range: z.string(),
  title: z.string(),
  read: z.number().int().min(0),
  total: z.number().int().min(0),
  unread: z.array(UnreadCellSchema),
  /** Columns with numbers of which none was read (their cells are in `unread` too). */
  unreadColumns: z.array(UnreadColumnSchema),
});
export type TableCoverage = z.infer<typeof TableCoverageSchema>;
