/** The rulebook: rounding-aware consistency checks across the whole package (domain §5, §6). */
export { RULES } from "./registry";
export { checkPackage, hasTable, type CheckOptions } from "./check-package";
export { defineRule, type Rule } from "./rule";
export { RuleContext, type Term, type Measure } from "./context";
export { renderRulesCatalogue } from "./catalogue";
export { FindingSchema, SeveritySchema, SEVERITY_LABELS, type Finding, type Severity } from "../findings/finding";
