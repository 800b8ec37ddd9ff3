import { z } from "zod/v4";
import { FigureSchema, TextFieldSchema } from "../values/figure";

/** The table families the product recognises (domain §2). */
export const TableKindSchema = z.enum([
  "final.01",
  "final.02",
  "final.03",
  "final.04",
  "final.05",
  "final.06",
  "final.07",
  "final.08",
  "final.09",
  "selfeval.overall",
  "selfeval.project",
  "basedata",
  "cover",
]);
export type TableKind = z.infer<typeof TableKindSchema>;

/** Where a table was found. `range` is A1 without "$"; `sheet` exactly as in the workbook. */
export const TableLocationSchema = z.object({
  kind: TableKindSchema,
  sheet: z.string(),
  range: z.string(),
  title: z.string(),
});
export type TableLocation = z.infer<typeof TableLocationSchema>;

/** Fields every recognised table carries. */
export const TableBaseShape = {
  sheet: z.string(),
  range: z.string(),
  title: z.string(),
  /** 金额单位 as printed; figures are already converted to 万元. */
  unit: z.enum(["万元", "元"]),
  /** 编制单位 / 单位名称 / 预算部门名称 as printed on this table, if any. */
  unitName: TextFieldSchema.nullable(),
  /** The year printed in the title or date line ("2024年度" → "2024"), if any. */
  year: TextFieldSchema.nullable(),
  /**
   * The table's number as printed beside its title when it is not the national 公开0N表 tag ("表七" in
   * Shanghai's numbering, where 表七 is the 三公 table): findings call the table by it.
   */
  printedNumber: z.string().optional(),
};

/** One labelled amount: a line of 表1, an income line of 表4, a 按收入性质 line. */
export const LineSchema = z.object({
  /** Stable key in the domain's terms (see each table), or null for a line the product has no name for. */
  key: z.string().nullable(),
  label: z.string(),
  labelCell: z.string(),
  amount: FigureSchema,
});
export type Line = z.infer<typeof LineSchema>;

/** A row of a 科目 table: 合计, 类 (3 digits), 款 (5), 项 (7). `values` is keyed by the table's column keys. */
export const SubjectRowSchema = z.object({
  code: z.string().nullable(),
  name: z.string(),
  level: z.enum(["total", "class", "section", "item"]),
  labelCell: z.string(),
  values: z.record(z.string(), FigureSchema),
});
export type SubjectRow = z.infer<typeof SubjectRowSchema>;

export const ColumnSchema = z.object({ key: z.string(), label: z.string(), cell: z.string() });
export type Column = z.infer<typeof ColumnSchema>;

/** Signatures at the bottom of 自评表 / 基础数据表 / cover. */
export const SignaturesSchema = z.object({
  preparer: TextFieldSchema.nullable(),
  phone: TextFieldSchema.nullable(),
  head: TextFieldSchema.nullable(),
  date: TextFieldSchema.nullable(),
});
export type Signatures = z.infer<typeof SignaturesSchema>;
