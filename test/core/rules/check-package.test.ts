import { checkPackage } from "../../../src/core/rules/check-package";
import { RULES } from "../../../src/core/rules/registry";
import { defineRule } from "../../../src/core/rules/rule";
import { FindingSchema } from "../../../src/core/findings/finding";
import { pkg, t01 } from "./support";
import { finalTables } from "./cross/final-set";
import { aProject, hunan } from "./selfeval/selfeval-set";

const broken = defineRule({
  id: "test.throws",
  title: "会出错的规则",
  severity: "error",
  identity: "—",
  docs: "—",
  tables: [],
  check() {
    throw new Error("boom");
  },
});

describe("checkPackage", () => {
  test("a consistent package with every table yields no error and no warning except the documented 公用经费 口径 note", () => {
    const findings = checkPackage(pkg({ final: finalTables(), overall: hunan(), projects: [aProject()] }));
    for (const f of findings) FindingSchema.parse(f);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  test("a rule that throws becomes one internal-error finding naming it, and the other rules still run", () => {
    const model = pkg({ final: { t01: t01({ incomeLines: [["generalBudget", "一", "10.00@C6"]], incomeTotal: "12.00@C14", expenditureLines: [] }) } });
    const findings = checkPackage(model, { rules: [broken, ...RULES] });
    const internal = findings.filter((f) => f.rule === "test.throws");
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ severity: "error", title: "内部错误：会出错的规则" });
    expect(internal[0].message).toContain("test.throws");
    expect(internal[0].message).toContain("boom");
    expect(findings.some((f) => f.rule === "final.t01.income-total" && f.severity === "error" && f.cell === "C14")).toBe(true);
  });

  test("a rule whose tables are missing is skipped with an info naming them, never an exception", () => {
    const findings = checkPackage(pkg({}));
    const skipped = findings.find((f) => f.rule === "cross.t01-t02.income-total")!;
    expect(skipped.severity).toBe("info");
    expect(skipped.message).toContain("缺少公开01表 收入支出决算总表、公开02表 收入决算表");
    expect(findings.every((f) => f.severity === "info")).toBe(true);
  });

  test("every finding carries its type: broken for errors, rounding for 尾差, not-checked for skipped rules", () => {
    // 10.00 + 2.00 = 12.00 against 12.01: 尾差; 10.00 against 12.00 elsewhere: broken; no 表2: not checked.
    const tail = checkPackage(pkg({ final: { t01: t01({ incomeLines: [["generalBudget", "一", "10.00@C6"], ["otherIncome", "八", "2.00@C13"]], incomeTotal: "12.01@C14", expenditureLines: [] }) } }));
    for (const f of tail) expect(f.type).toBeDefined();
    expect(tail.find((f) => f.rule === "final.t01.income-total")).toMatchObject({ severity: "info", type: "rounding" });
    expect(tail.find((f) => f.rule === "cross.t01-t02.income-total")).toMatchObject({ severity: "info", type: "not-checked" });
    const broken = checkPackage(pkg({ final: { t01: t01({ incomeLines: [["generalBudget", "一", "10.00@C6"]], incomeTotal: "12.00@C14", expenditureLines: [] }) } }));
    expect(broken.find((f) => f.rule === "final.t01.income-total")).toMatchObject({ severity: "error", type: "broken" });
    expect(broken.filter((f) => f.severity !== "info").every((f) => f.type === "broken")).toBe(true);
  });

  test("suppressed rules do not run", () => {
    const model = pkg({ final: { t01: t01({ incomeLines: [["generalBudget", "一", "10.00@C6"]], incomeTotal: "12.00@C14", expenditureLines: [] }) } });
    expect(checkPackage(model, { suppressed: ["final.t01.income-total"] }).some((f) => f.rule === "final.t01.income-total")).toBe(false);
  });

  test("errors come first, then warnings, then infos", () => {
    const model = pkg({ final: { ...finalTables(), t01: t01({ incomeLines: [["generalBudget", "一", "10.00@C6"]], incomeTotal: "12.00@C14", expenditureLines: [] }) } });
    const order = checkPackage(model).map((f) => f.severity);
    expect(order).toEqual([...order].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
    expect(order[0]).toBe("error");
  });

  test("rule ids are unique and every rule has a Chinese title, identity and docs", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(final|cross|selfeval|basedata|identity|structure)\.[a-z0-9.-]+$/);
      for (const s of [r.title, r.identity, r.docs]) expect(s).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
