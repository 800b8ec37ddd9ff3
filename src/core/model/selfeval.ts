import { z } from "zod/v4";
import { FigureSchema, TextFieldSchema } from "../values/figure";
import { LineSchema, SignaturesSchema, TableBaseShape } from "./common";

/**
 * A money row of a 自评表: 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金.
 * rate is in percent points (98.5 = 98.5%); weight (分值) and score (得分) in points.
 */
export const MoneyRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelCell: z.string(),
  initialBudget: FigureSchema.nullable(),
  fullYearBudget: FigureSchema.nullable(),
  execution: FigureSchema.nullable(),
  weight: FigureSchema.nullable(),
  rate: FigureSchema.nullable(),
  score: FigureSchema.nullable(),
});
export type MoneyRow = z.infer<typeof MoneyRowSchema>;

/** A 三级指标 row of the indicator table, with its 一级/二级 (resolved through merged cells). */
export const IndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: TextFieldSchema,
  target: TextFieldSchema.nullable(),
  actual: TextFieldSchema.nullable(),
  weight: FigureSchema,
  score: FigureSchema,
  note: TextFieldSchema.nullable(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** An 一级指标 as labelled, with the weight declared in its label ("产出指标(50分)"), if any. */
export const LevelOneSchema = z.object({
  name: z.string(),
  labelCell: z.string(),
  declaredWeight: FigureSchema.nullable(),
});
export type LevelOne = z.infer<typeof LevelOneSchema>;

export const GoalsSchema = z.object({ expected: TextFieldSchema.nullable(), actual: TextFieldSchema.nullable() });

/** The parts every 自评表 shares. */
const SelfEvalShape = {
  ...TableBaseShape,
  goals: GoalsSchema,
  indicators: z.array(IndicatorSchema),
  levelOne: z.array(LevelOneSchema),
  /** 总分 (or 合计 of 分值/得分 at the end of the indicator table). */
  totalWeight: FigureSchema.nullable(),
  totalScore: FigureSchema.nullable(),
  /** 评价等级 / 自评等次 as written (优, 良, 优秀, …). */
  rating: TextFieldSchema.nullable(),
  signatures: SignaturesSchema,
};

/** Shaanxi 年度主要任务 row: budget and execution split 总额 / 财政拨款 / 其他资金. */
export const TaskRowSchema = z.object({
  name: TextFieldSchema,
  content: TextFieldSchema.nullable(),
  budgetTotal: FigureSchema.nullable(),
  budgetFiscal: FigureSchema.nullable(),
  budgetOther: FigureSchema.nullable(),
  executionTotal: FigureSchema.nullable(),
  executionFiscal: FigureSchema.nullable(),
  executionOther: FigureSchema.nullable(),
  weight: FigureSchema.nullable(),
  rate: FigureSchema.nullable(),
  score: FigureSchema.nullable(),
});
export type TaskRow = z.infer<typeof TaskRowSchema>;

/**
 * 部门整体支出绩效自评表.
 * Hunan: money = 年度资金总额 row; byIncome keys generalBudget, govFund, specialAccount (纳入专户管理的非税收入拨款),
 * other; byExpenditure keys basic, project. Shaanxi: tasks + taskTotal (金额合计); money is null.
 */
export const OverallSelfEvalSchema = z.object({
  kind: z.literal("selfeval.overall"),
  layout: z.enum(["hunan", "shaanxi"]),
  ...SelfEvalShape,
  money: MoneyRowSchema.nullable(),
  byIncome: z.array(LineSchema),
  byExpenditure: z.array(LineSchema),
  tasks: z.array(TaskRowSchema),
  taskTotal: TaskRowSchema.nullable(),
});
export type OverallSelfEval = z.infer<typeof OverallSelfEvalSchema>;

/**
 * 项目支出绩效自评表. money keys: total (年度资金总额), currentFiscal (当年财政拨款), carryover (上年结转资金),
 * other (其他资金).
 */
export const ProjectSelfEvalSchema = z.object({
  kind: z.literal("selfeval.project"),
  ...SelfEvalShape,
  projectName: TextFieldSchema.nullable(),
  department: TextFieldSchema.nullable(),
  implementer: TextFieldSchema.nullable(),
  money: z.array(MoneyRowSchema),
});
export type ProjectSelfEval = z.infer<typeof ProjectSelfEvalSchema>;
