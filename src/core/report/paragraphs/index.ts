import type { ParagraphGenerator } from "./context";
import { goalsActual, goalsExpected, opening, staffing } from "./unit";
import {
  basicExpenditure,
  expenditureByClass,
  expenditureSplit,
  finalAccounts,
  fiscalExpenditure,
  fiscalIncome,
  generalBudget,
  govFund,
  incomeBySource,
  projectExpenditure,
  stateCapital,
  spendingScale,
  annualTasks,
} from "./funds";
import {
  budgetAdjustment,
  budgetByIncome,
  budgetExecution,
  buildingControl,
  carryover,
  procurement,
  publicFunds,
  savingMeasures,
  threePublic,
  threePublicControl,
  incomeCompletion,
} from "./performance";
import { costIndicators, indicatorGroup, overallScore, projectList, shortfalls } from "./indicators";
import { commonIndicator } from "./common-indicators";

/** Every paragraph an outline can ask for, by id: the figures the software can write. */
export const PARAGRAPHS = {
  opening,
  staffing,
  goalsExpected,
  goalsActual,
  finalAccounts,
  incomeBySource,
  expenditureSplit,
  expenditureByClass,
  generalBudget,
  basicExpenditure,
  projectExpenditure,
  govFund,
  stateCapital,
  fiscalIncome,
  fiscalExpenditure,
  budgetAdjustment,
  budgetByIncome,
  budgetExecution,
  carryover,
  threePublic,
  publicFunds,
  procurement,
  buildingControl,
  savingMeasures,
  indicatorGroup,
  shortfalls,
  overallScore,
  projectList,
  spendingScale,
  annualTasks,
  threePublicControl,
  incomeCompletion,
  costIndicators,
  commonIndicator,
} satisfies Record<string, ParagraphGenerator>;

export type ParagraphId = keyof typeof PARAGRAPHS;
export type { ReportContext, ParagraphGenerator } from "./context";
