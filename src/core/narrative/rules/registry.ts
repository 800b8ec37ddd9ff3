/** The narrative rules, in the order a reviewer reads a report against its tables; docs/rules.md lists them after the table rules. */
import type { NarrativeRule } from "../context";
import identity from "./identity";
import amount from "./amount";
import share from "./share";
import rate from "./rate";
import change from "./change";
import repeated from "./repeated";
import outdatedSubject from "./outdated-subject";

export const NARRATIVE_RULES: readonly NarrativeRule[] = [identity, amount, share, rate, change, repeated, outdatedSubject];
