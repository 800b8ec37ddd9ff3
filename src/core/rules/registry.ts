/**
 * The rulebook (domain §5): every rule, in the order a reviewer reads the package — 决算 tables, across them,
 * self-evaluation, 基础数据表, identity, then what could not be read. docs/rules.md is generated from this list.
 */
import type { Rule } from "./rule";
import finalRowBasicProject from "./final/row-basic-project";
import finalSubjectHierarchy from "./final/subject-hierarchy";
import finalT01Balance from "./final/t01-balance";
import finalT01ExpenditureTotal from "./final/t01-expenditure-total";
import finalT01GrandTotals from "./final/t01-grand-totals";
import finalT01IncomeTotal from "./final/t01-income-total";
import finalT02RowSources from "./final/t02-row-sources";
import finalT03RowKinds from "./final/t03-row-kinds";
import finalT04Balance from "./final/t04-balance";
import finalT04BudgetCarry from "./final/t04-budget-carry";
import finalT04Budgets from "./final/t04-budgets";
import finalT04IncomeTotal from "./final/t04-income-total";
import finalT04Totals from "./final/t04-totals";
import finalT06GroupItems from "./final/t06-group-items";
import finalT06PersonnelPublic from "./final/t06-personnel-public";
import finalT07Balance from "./final/t07-balance";
import finalT09ThreePublic from "./final/t09-three-public";
import crossBasedataSelfeval from "./cross/basedata-selfeval";
import crossBasedataT06 from "./cross/basedata-t06";
import crossBasedataT09 from "./cross/basedata-t09";
import crossProjectsT03 from "./cross/projects-t03";
import crossSelfevalT01Execution from "./cross/selfeval-t01-execution";
import crossSelfevalT03BasicProject from "./cross/selfeval-t03-basic-project";
import crossT01T02Income from "./cross/t01-t02-income";
import crossT01T03Classes from "./cross/t01-t03-classes";
import crossT01T03Expenditure from "./cross/t01-t03-expenditure";
import crossT01T04Income from "./cross/t01-t04-income";
import crossT02T04Fiscal from "./cross/t02-t04-fiscal";
import crossT04T05General from "./cross/t04-t05-general";
import crossT04T07Fund from "./cross/t04-t07-fund";
import crossT04T08StateCapital from "./cross/t04-t08-state-capital";
import crossT05T06Basic from "./cross/t05-t06-basic";
import crossT06T09Items from "./cross/t06-t09-items";
import selfevalByExpenditure from "./selfeval/by-expenditure";
import selfevalByIncome from "./selfeval/by-income";
import selfevalExecutionRate from "./selfeval/execution-rate";
import selfevalExecutionScore from "./selfeval/execution-score";
import selfevalIndicatorFullScore from "./selfeval/indicator-full-score";
import selfevalLevelOneWeights from "./selfeval/level-one-weights";
import selfevalMoneyRows from "./selfeval/money-rows";
import selfevalRating from "./selfeval/rating";
import selfevalScoreRange from "./selfeval/score-range";
import selfevalTaskSplit from "./selfeval/task-split";
import selfevalTaskTotal from "./selfeval/task-total";
import selfevalTotalScore from "./selfeval/total-score";
import selfevalTotalWeight from "./selfeval/total-weight";
import basedataStaffingRate from "./basedata/staffing-rate";
import basedataTrees from "./basedata/trees";
import identityMoneyUnit from "./identity/money-unit";
import identitySignatures from "./identity/signatures";
import identityUnitName from "./identity/unit-name";
import identityYear from "./identity/year";
import identityYuanAsWanyuan from "./identity/yuan-as-wanyuan";
import structureReadProblems from "./structure/read-problems";
import structureReadCoverage from "./structure/read-coverage";
import structureUncalculated from "./structure/uncalculated";

export const RULES: readonly Rule[] = [
  finalT01IncomeTotal,
  finalT01ExpenditureTotal,
  finalT01GrandTotals,
  finalT01Balance,
  finalSubjectHierarchy,
  finalT02RowSources,
  finalT03RowKinds,
  finalRowBasicProject,
  finalT07Balance,
  finalT04Budgets,
  finalT04IncomeTotal,
  finalT04Totals,
  finalT04Balance,
  finalT04BudgetCarry,
  finalT06GroupItems,
  finalT06PersonnelPublic,
  finalT09ThreePublic,
  crossT01T02Income,
  crossT01T03Expenditure,
  crossT01T03Classes,
  crossT01T04Income,
  crossT02T04Fiscal,
  crossT04T05General,
  crossT05T06Basic,
  crossT04T07Fund,
  crossT04T08StateCapital,
  crossT06T09Items,
  crossSelfevalT01Execution,
  crossSelfevalT03BasicProject,
  crossProjectsT03,
  crossBasedataT09,
  crossBasedataSelfeval,
  crossBasedataT06,
  selfevalMoneyRows,
  selfevalTaskSplit,
  selfevalTaskTotal,
  selfevalByIncome,
  selfevalByExpenditure,
  selfevalExecutionRate,
  selfevalExecutionScore,
  selfevalLevelOneWeights,
  selfevalTotalWeight,
  selfevalTotalScore,
  selfevalScoreRange,
  selfevalIndicatorFullScore,
  selfevalRating,
  basedataTrees,
  basedataStaffingRate,
  identityUnitName,
  identityYear,
  identitySignatures,
  identityMoneyUnit,
  identityYuanAsWanyuan,
  structureUncalculated,
  structureReadProblems,
  structureReadCoverage,
];
