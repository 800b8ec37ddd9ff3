/** Writes docs/rules.md from the rule registry (test/core/rules/catalogue.test.ts fails when it is stale). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderRulesCatalogue } from "../src/core/rules/catalogue";

const target = join(__dirname, "..", "docs", "rules.md");
writeFileSync(target, renderRulesCatalogue());
console.log(`已生成 ${target}`);
