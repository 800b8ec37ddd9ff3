import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderRulesCatalogue } from "../../../src/core/rules/catalogue";
import { RULES } from "../../../src/core/rules/registry";
import { NARRATIVE_RULES } from "../../../src/core/narrative";

describe("docs/rules.md", () => {
  const doc = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");

  test("is what the registry generates (run: npx tsx scripts/generate-rules-doc.ts)", () => {
    expect(doc).toBe(renderRulesCatalogue());
  });

  test("lists every rule with its id, severity and identity", () => {
    for (const r of RULES) {
      expect(doc).toContain(`## ${r.id}`);
      expect(doc).toContain(`- 核对关系：${r.identity}`);
    }
  });

  test("lists the narrative rules (the report's text against the tables) with their ids and identities", () => {
    expect(NARRATIVE_RULES.map((r) => r.id)).toEqual([
      "narrative.identity",
      "narrative.amount",
      "narrative.share",
      "narrative.rate",
      "narrative.change",
      "narrative.repeated",
      "narrative.outdated-subject",
    ]);
    for (const r of NARRATIVE_RULES) {
      expect(doc).toContain(`## ${r.id}`);
      expect(doc).toContain(`- 核对关系：${r.identity}`);
    }
  });

  test("covers every consistency family of domain §5", () => {
    for (const id of [
      "final.t01.income-total",
      "final.subject-hierarchy",
      "final.t04.budget-carry",
      "final.t06.personnel-public",
      "final.t09.three-public",
      "cross.t01-t03.class-lines",
      "cross.t06-t09.items",
      "selfeval.execution-rate",
      "selfeval.execution-score",
      "selfeval.level-one-weights",
      "selfeval.rating",
      "cross.selfeval-t01.execution",
      "cross.projects-t03.project-total",
      "basedata.trees",
      "identity.unit-name",
      "identity.signatures",
      "identity.yuan-as-wanyuan",
    ]) {
      expect(RULES.map((r) => r.id)).toContain(id);
    }
  });
});
