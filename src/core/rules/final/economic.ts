/** 经济分类 groups that are 人员经费 (工资福利支出, 对个人和家庭的补助); every other group is 公用经费. */
export const PERSONNEL_GROUPS = ["301", "303"];

export function isPersonnelGroup(code: string): boolean {
  return PERSONNEL_GROUPS.includes(code.slice(0, 3));
}
