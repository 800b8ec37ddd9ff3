import { normalizeLabel } from "../values/text";

/**
 * Words a package's file name wraps around the unit: the year in front, the kind of material behind
 * ("整体支出绩效自评材料", "部门决算公开", "绩效自评表"), copies' and reviewers' marks ("（检查标注）", "-副本", "(1)").
 */
const YEAR_PREFIX = /^(?:(?:19|20)\d{2}年?度?)[-_、.]?/;
const MATERIAL_SUFFIX =
  /(?:部门)?(?:整体)?(?:支出)?(?:绩效)?(?:自评|评价|决算|预算)(?:公开)?(?:报告|材料|表格?|资料|汇总|附件)?.*$|(?:部门)?(?:整体支出|绩效)(?:报告|材料).*$/;
const COPY_MARKS = /(?:\((?:检查标注|\d+)\)|-?副本|-?copy|_?最终版|_?终稿|_?修改稿?)+$/i;

/** How a unit's name ends (局, 委员会, 中心, 医院…): a file name whose words end otherwise names no unit. */
const UNIT_ENDING = /(局|委|委员会|办公室|办|中心|院|所|站|厅|部|馆|校|学|医院|队|会|政府|街道|街道办事处|镇|乡|处|署|社|园|司|台|团|联)$/;

/**
 * The unit a workbook's file name names, or null: "2024年度示例县医疗保障局整体支出绩效自评材料（检查标注）.xlsx"
 * → "示例县医疗保障局". Only a name that still ends like a unit once the year and the material's words are
 * stripped counts — "自评材料.xlsx" or "Book1.xlsx" names none.
 */
export function unitInFileName(fileName: string | undefined | null): string | null {
  if (!fileName) return null;
  const base = fileName.split(/[\\/]/).pop()!.replace(/\.(xlsx|xlsm|xls|et|csv)$/i, "");
  let name = normalizeLabel(base).replace(COPY_MARKS, "");
  name = name.replace(YEAR_PREFIX, "").replace(MATERIAL_SUFFIX, "").replace(COPY_MARKS, "");
  if (name.length < 3 || name.length > 40 || !/^[\u4e00-\u9fa5()]+$/.test(name)) return null;
  return UNIT_ENDING.test(name) ? name : null;
}
