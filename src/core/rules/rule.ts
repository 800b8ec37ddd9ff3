import type { TableKind } from "../model/common";
import type { Severity } from "../findings/finding";
import type { RuleContext } from "./context";

/**
 * One rule of the rulebook (domain §5), ESLint style: metadata the catalogue and the UI show, and a check
 * that reports through its context. A rule never throws on content: a missing figure is reported as an info.
 */
export interface Rule {
  /** Stable id, e.g. "final.t01.income-total"; users suppress rules by it. */
  id: string;
  /** Short Chinese title. */
  title: string;
  /** Severity when the identity is broken beyond rounding (尾差 is always info). */
  severity: Severity;
  /** The identity checked, in the domain's words ("本年收入合计 = Σ 收入项目（一…八）"). */
  identity: string;
  /** What the rule checks and why, for docs/rules.md (Chinese). */
  docs: string;
  /** Tables the rule reads (for the catalogue). */
  tables: TableKind[];
  /** Tables that must all be present; a missing one skips the rule with an info. Defaults to `tables`. */
  requires?: TableKind[];
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
