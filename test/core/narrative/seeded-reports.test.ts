import { checkNarrative } from "../../../src/core/narrative";
import { FindingSchema } from "../../../src/core/findings/finding";
import type { PackageModel } from "../../../src/core/model/package";
import {
  HAND_WRITTEN_CONSISTENT,
  HAND_WRITTEN_MISTAKES,
  SEEDED_MISTAKES,
  examplePackage,
  generatedReport,
  hunanSelfEvaluationPackage,
} from "../../fixtures/narrative/seeded-reports";

describe("checkNarrative on the report generated from the example package", () => {
  let model: PackageModel;
  beforeAll(async () => {
    model = await examplePackage();
  });

  it("finds nothing in the report as generated: every figure matches its table within rounding", async () => {
    const paragraphs = await generatedReport(model);
    expect(paragraphs.length).toBeGreaterThan(50);
    expect(checkNarrative(paragraphs, model)).toEqual([]);
  });

  describe.each(SEEDED_MISTAKES.map((m) => [m.name, m] as const))("seeded mistake: %s", (_, mistake) => {
    it("is found, naming the paragraph (number and text) and the table cell", async () => {
      const paragraphs = await generatedReport(model, [mistake]);
      const findings = checkNarrative(paragraphs, model);
      for (const f of findings) FindingSchema.parse(f);
      const found = findings.find((f) => f.rule === mistake.expect.rule);
      expect(found).toBeDefined();
      expect(found!.severity).toBe(mistake.expect.severity ?? "error");
      // Typed like table findings: a figure beyond rounding is broken, never a 尾差 or an unchecked rule.
      expect(found!.type).toBe("broken");
      expect(findings.filter((f) => f.type !== "broken")).toEqual([]);
      expect(found!.paragraph!.text).toContain(mistake.expect.paragraphIncludes);
      // The number is the paragraph's place in the report as read back from the .docx.
      expect(paragraphs[found!.paragraph!.number - 1].text).toContain(mistake.expect.paragraphIncludes);
      expect(found!.message).toContain(`第${found!.paragraph!.number}段`);
      if (mistake.expect.cell) expect(`${found!.sheet}!${found!.cell}`).toBe(mistake.expect.cell);
      expect((found!.consequences ?? []).map((c) => c.rule)).toEqual(mistake.expect.folded ?? []);
      // Nothing else is reported but the mistake's own consequences.
      const allowed = [mistake.expect.rule, ...(mistake.alsoFrom ?? [])];
      expect(findings.map((f) => f.rule).filter((r) => !allowed.includes(r))).toEqual([]);
    });
  });

  it("finds every seeded mistake when all are in one report", async () => {
    const findings = checkNarrative(await generatedReport(model, SEEDED_MISTAKES), model);
    for (const m of SEEDED_MISTAKES) {
      expect(findings.some((f) => f.rule === m.expect.rule && f.paragraph?.text.includes(m.expect.paragraphIncludes))).toBe(true);
    }
  });
});

describe("checkNarrative on a Hunan package with only 自评表 + 基础数据表", () => {
  let model: PackageModel;
  beforeAll(async () => {
    model = await hunanSelfEvaluationPackage();
  });

  it("finds nothing in the report generated from it", async () => {
    expect(checkNarrative(await generatedReport(model), model)).toEqual([]);
  });

  it("holds 三公 against the 基础数据表 and 预算执行率 against the 自评表", async () => {
    const paragraphs = await generatedReport(model, [
      { from: "（实际支出10.41万元÷预算12.00万元）", to: "（实际支出10.14万元÷预算12.00万元）" },
      { from: "预算执行率98.16%", to: "预算执行率98.61%" },
    ]);
    const findings = checkNarrative(paragraphs, model);
    expect(findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([
      ["narrative.amount", "基础数据表!D6"],
      ["narrative.rate", "整体自评!G5"],
      ["narrative.rate", "基础数据表!D6"],
    ]);
    // 10.14 in 第43段 also contradicts 10.41 in 第35段: said under the amount finding, not as a second one.
    expect(findings[0].consequences?.map((c) => c.message)).toEqual(["第43段“实际支出10.14万元”与第35段“实际支出10.41万元”是同一个数（“三公”经费），前后不一致"]);
  });
});

describe("checkNarrative on hand-written paragraphs in the style of published reports", () => {
  let model: PackageModel;
  beforeAll(async () => {
    model = await examplePackage();
  });

  it.each(HAND_WRITTEN_CONSISTENT.map((text) => [text]))("finds nothing where the figures agree: %s", (text) => {
    expect(checkNarrative([{ number: 1, text }], model)).toEqual([]);
  });

  it("finds nothing in all of them together (no figure repeated differently)", () => {
    expect(checkNarrative(HAND_WRITTEN_CONSISTENT.map((text, i) => ({ number: i + 1, text })), model)).toEqual([]);
  });

  it.each(HAND_WRITTEN_MISTAKES.map((m) => [m.name, m] as const))("finds %s", (_, m) => {
    const findings = checkNarrative([{ number: 7, text: m.text }], model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: m.rule, severity: "error", paragraph: { number: 7, text: m.text } });
    if (m.cell) expect(`${findings[0].sheet}!${findings[0].cell}`).toBe(m.cell);
  });
});
