import { z } from "zod/v4";
import { FigureSchema } from "../values/figure";
import { ColumnSchema, LineSchema, SubjectRowSchema, TableBaseShape } from "./common";

/**
 * 公开01表 收入支出决算总表.
 * incomeLines keys: generalBudget, govFund, stateCapital, superiorSubsidy, businessIncome, operatingIncome,
 * affiliatedIncome, otherIncome (一 … 八). expenditureLines: one per 类, key = the 类 name without its
 * numbering ("一般公共服务支出"), which is how 表3 类 rows are matched.
 */
export const FinalTable01Schema = z.object({
  kind: z.literal("final.01"),
  ...TableBaseShape,
  incomeLines: z.array(LineSchema),
  incomeTotal: FigureSchema.nullable(),
  nonFiscalBalanceUsed: FigureSchema.nullable(),
  incomeCarryIn: FigureSchema.nullable(),
  incomeGrandTotal: FigureSchema.nullable(),
  expenditureLines: z.array(LineSchema),
  expenditureTotal: FigureSchema.nullable(),
  surplusDistribution: FigureSchema.nullable(),
  expenditureCarryOut: FigureSchema.nullable(),
  expenditureGrandTotal: FigureSchema.nullable(),
});
export type FinalTable01 = z.infer<typeof FinalTable01Schema>;

/**
 * A 科目 table: 表2 收入决算表, 表3 支出决算表, 表5 一般公共预算财政拨款支出, 表7 政府性基金, 表8 国有资本经营.
 * Column keys:
 * - 02: total, fiscal, superior, business, operating, affiliated, other
 * - 03: total, basic, project, toSuperior, operating, toAffiliated
 * - 05, 08: total, basic, project
 * - 07: carryIn, income, total, basic, project, carryOut (total/basic/project = 本年支出 小计/基本/项目)
 * rows start with the 合计 row (level "total") when the table has one.
 * emptyDisclosed: the table says it is empty (本表无数据 / 公开空表) or has no figures at all.
 */
export const SubjectTableShape = {
  ...TableBaseShape,
  columns: z.array(ColumnSchema),
  rows: z.array(SubjectRowSchema),
  emptyDisclosed: z.boolean(),
};
export const FinalTable02Schema = z.object({ kind: z.literal("final.02"), ...SubjectTableShape });
export const FinalTable03Schema = z.object({ kind: z.literal("final.03"), ...SubjectTableShape });
export const FinalTable05Schema = z.object({ kind: z.literal("final.05"), ...SubjectTableShape });
export const FinalTable07Schema = z.object({ kind: z.literal("final.07"), ...SubjectTableShape });
export const FinalTable08Schema = z.object({ kind: z.literal("final.08"), ...SubjectTableShape });
export type FinalTable02 = z.infer<typeof FinalTable02Schema>;
export type FinalTable03 = z.infer<typeof FinalTable03Schema>;
export type FinalTable05 = z.infer<typeof FinalTable05Schema>;
export type FinalTable07 = z.infer<typeof FinalTable07Schema>;
export type FinalTable08 = z.infer<typeof FinalTable08Schema>;
export type SubjectTable = FinalTable02 | FinalTable03 | FinalTable05 | FinalTable07 | FinalTable08;

/** Figures of one row of 表4 by budget. Keys: total, general, fund, stateCapital. */
export const BudgetSplitSchema = z.record(z.string(), FigureSchema);

/**
 * 公开04表 财政拨款收入支出决算总表.
 * incomeLines / carryIn keys: general, fund, stateCapital (carryIn is the 年初 line alone when it has no split). expenditure rows: one per 类, columns
 * total, general, fund, stateCapital. expenditureTotal / carryOut / expenditureGrandTotal: those columns.
 */
export const FinalTable04Schema = z.object({
  kind: z.literal("final.04"),
  ...TableBaseShape,
  incomeLines: z.array(LineSchema),
  incomeTotal: FigureSchema.nullable(),
  carryIn: z.array(LineSchema),
  /** The 年初财政拨款结转和结余 line itself, above its split by budget (null when the table has none). */
  carryInTotal: FigureSchema.nullable(),
  incomeGrandTotal: FigureSchema.nullable(),
  columns: z.array(ColumnSchema),
  expenditureRows: z.array(SubjectRowSchema),
  expenditureTotal: BudgetSplitSchema,
  carryOut: BudgetSplitSchema,
  expenditureGrandTotal: BudgetSplitSchema,
});
export type FinalTable04 = z.infer<typeof FinalTable04Schema>;

/** An item of 表6 (5-digit 经济分类 code) or a group (3-digit). */
export const EconomicItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  labelCell: z.string(),
  amount: FigureSchema,
});
export const EconomicGroupSchema = EconomicItemSchema.extend({ items: z.array(EconomicItemSchema) });
export type EconomicItem = z.infer<typeof EconomicItemSchema>;
export type EconomicGroup = z.infer<typeof EconomicGroupSchema>;

/** 公开06表 一般公共预算财政拨款基本支出决算表: groups 301/302/303/310/… with their items; closing totals. */
export const FinalTable06Schema = z.object({
  kind: z.literal("final.06"),
  ...TableBaseShape,
  groups: z.array(EconomicGroupSchema),
  personnelTotal: FigureSchema.nullable(),
  publicTotal: FigureSchema.nullable(),
});
export type FinalTable06 = z.infer<typeof FinalTable06Schema>;

/**
 * 公开09表 财政拨款"三公"经费及会议费、培训费支出决算表.
 * Keys of budget/actual: total, abroad, reception, vehicleTotal, vehiclePurchase, vehicleOperation, meeting, training.
 */
export const FinalTable09Schema = z.object({
  kind: z.literal("final.09"),
  ...TableBaseShape,
  columns: z.array(ColumnSchema),
  budget: z.record(z.string(), FigureSchema),
  actual: z.record(z.string(), FigureSchema),
});
export type FinalTable09 = z.infer<typeof FinalTable09Schema>;
