import { z } from "zod/v4";
import { FigureSchema, TextFieldSchema } from "../values/figure";
import { SignaturesSchema, TableBaseShape } from "./common";

/**
 * A row of a 基础数据表 tree (三公, 项目支出, 公用经费) with 上年决算数 / 本年预算数 / 本年决算数.
 * parentKey names the row it is part of ("其中：公车购置" under 公务用车购置和维护经费); null at the top.
 * Keys — threePublic: total, vehicle, vehiclePurchase, vehicleOperation, abroad, reception;
 * projects: total, business, operation, special, special:<名称>; publicFunds: total, office, utilitiesTravel,
 * meetingTraining; other: procurement (政府采购金额), budgetAdjustment (部门基本支出预算调整).
 */
export const TreeRowSchema = z.object({
  key: z.string(),
  parentKey: z.string().nullable(),
  label: z.string(),
  labelCell: z.string(),
  previousActual: FigureSchema.nullable(),
  budget: FigureSchema.nullable(),
  actual: FigureSchema.nullable(),
});
export type TreeRow = z.infer<typeof TreeRowSchema>;

/** 部门整体支出绩效评价基础数据表 (Hunan). */
export const BaseDataSchema = z.object({
  kind: z.literal("basedata"),
  ...TableBaseShape,
  staffing: z.object({
    authorized: FigureSchema.nullable(),
    actual: FigureSchema.nullable(),
    controlRate: FigureSchema.nullable(),
  }),
  threePublic: z.array(TreeRowSchema),
  projects: z.array(TreeRowSchema),
  publicFunds: z.array(TreeRowSchema),
  other: z.array(TreeRowSchema),
  buildingControl: TextFieldSchema.nullable(),
  savingMeasures: TextFieldSchema.nullable(),
  signatures: SignaturesSchema,
});
export type BaseData = z.infer<typeof BaseDataSchema>;

/** Cover / identity sheet (封面, 单位信息). */
export const CoverSchema = z.object({
  kind: z.literal("cover"),
  sheet: z.string(),
  range: z.string(),
  title: z.string(),
  unitName: TextFieldSchema.nullable(),
  year: TextFieldSchema.nullable(),
  signatures: SignaturesSchema,
});
export type Cover = z.infer<typeof CoverSchema>;
