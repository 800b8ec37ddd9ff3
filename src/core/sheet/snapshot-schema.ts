import { z } from "zod/v4";
import type { CellValue, MergedArea, SheetSnapshot } from "./snapshot";

/**
 * The snapshot as a boundary: hosts fill it from Office.js (whose `values` are typed `any`), exceljs or the
 * .xlsx reader, and the core trusts it from here on. A custom check rather than a union of four schemas:
 * a package has thousands of cells and this runs on every check.
 */
const CellValueSchema = z.custom<CellValue>(
  (v) => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean",
  "单元格的值应为文字、数字、逻辑值或空",
);

const index = z.number().int().min(0);

const MergedAreaSchema = z.object({ top: index, left: index, bottom: index, right: index }) satisfies z.ZodType<MergedArea>;

export const SheetSnapshotSchema = z.object({
  name: z.string(),
  origin: z.object({ row: index, col: index }),
  values: z.array(z.array(CellValueSchema)),
  numberFormats: z.array(z.array(z.string())),
  merges: z.array(MergedAreaSchema),
  protected: z.boolean().optional(),
}) satisfies z.ZodType<SheetSnapshot>;
