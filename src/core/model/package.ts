import { z } from "zod/v4";
import { CellRefSchema, ReadProblemSchema } from "../values/figure";
import { TableLocationSchema } from "./common";
import {
  FinalTable01Schema,
  FinalTable02Schema,
  FinalTable03Schema,
  FinalTable04Schema,
  FinalTable05Schema,
  FinalTable06Schema,
  FinalTable07Schema,
  FinalTable08Schema,
  FinalTable09Schema,
} from "./final";
import { OverallSelfEvalSchema, ProjectSelfEvalSchema } from "./selfeval";
import { BaseDataSchema, CoverSchema } from "./basedata";
import { TableCoverageSchema } from "./coverage";

/**
 * The whole self-evaluation package as read from one workbook: every table recognised, by family.
 * A family not found is null (or an empty list); `problems` says what could not be read and what is missing.
 */
export const PackageModelSchema = z.object({
  name: z.string(),
  /** The workbook's file name when the host knows it (CLI, offline page): a further source of the unit's name. */
  fileName: z.string().optional(),
  tables: z.array(TableLocationSchema),
  final: z.object({
    t01: FinalTable01Schema.nullable(),
    t02: FinalTable02Schema.nullable(),
    t03: FinalTable03Schema.nullable(),
    t04: FinalTable04Schema.nullable(),
    t05: FinalTable05Schema.nullable(),
    t06: FinalTable06Schema.nullable(),
    t07: FinalTable07Schema.nullable(),
    t08: FinalTable08Schema.nullable(),
    t09: FinalTable09Schema.nullable(),
  }),
  overall: OverallSelfEvalSchema.nullable(),
  projects: z.array(ProjectSelfEvalSchema),
  basedata: BaseDataSchema.nullable(),
  cover: CoverSchema.nullable(),
  problems: z.array(ReadProblemSchema),
  /** Formula cells saved without a result (SheetSnapshot.uncalculated): unknown values, reported by structure.uncalculated. */
  uncalculated: z.array(CellRefSchema).optional(),
  /** Read coverage per recognised table (locate/coverage.ts); absent until measured (analyzeWorkbook, `jx tables`). */
  coverage: z.array(TableCoverageSchema).optional(),
});
export type PackageModel = z.infer<typeof PackageModelSchema>;
export type FinalTables = PackageModel["final"];

export function emptyPackage(name: string): PackageModel {
  return {
    name,
    tables: [],
    final: { t01: null, t02: null, t03: null, t04: null, t05: null, t06: null, t07: null, t08: null, t09: null },
    overall: null,
    projects: [],
    basedata: null,
    cover: null,
    problems: [],
  };
}
