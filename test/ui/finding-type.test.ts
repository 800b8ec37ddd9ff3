import Decimal from "decimal.js";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Finding } from "../../src/core/findings/finding";
import { findingType, notCheckedReason } from "../../src/ui/finding-type";
import { buildPackageSnapshot, exampleData, EXAMPLE_LAYOUT } from "../fixtures/build-package";

const bare: Finding = { rule: "x", severity: "info", title: "", message: "", table: null, sheet: null, cell: null, cells: [], expected: null, actual: null, difference: null, tolerance: null };

describe("findingType", () => {
  test("the model's own type wins when a finding carries one", () => {
    expect(findingType({ ...bare, severity: "error", type: "rounding" } as Finding)).toBe("rounding");
  });

  test("derived from real findings: seeded error broken, the example's 尾差 rounding, a missing table not checked", async () => {
    const data = exampleData();
    // Seeded: 表1 本年收入合计 36.00 too high.
    data.final.t01.incomeTotal = new Decimal(data.final.t01.incomeTotal!).plus(36).toFixed(2);
    // Without 公开09表 the rules on 三公经费 cannot run.
    const layout = EXAMPLE_LAYOUT.filter((s) => s.name !== "三公经费");
    const { findings } = analyzeWorkbook(await buildPackageSnapshot(data, layout));
    const income = findings.find((f) => f.rule === "final.t01.income-total")!;
    expect([income.severity, findingType(income)]).toEqual(["error", "broken"]);
    const tails = findings.filter((f) => f.rule === "final.subject-hierarchy");
    expect(tails.length).toBeGreaterThan(0);
    expect(tails.map(findingType)).toEqual(tails.map(() => "rounding"));
    const skipped = findings.filter((f) => f.severity === "info" && /缺少公开09表/.test(f.message));
    expect(skipped.length).toBeGreaterThan(0);
    expect(new Set(skipped.map(findingType))).toEqual(new Set(["not-checked"]));
    expect(new Set(skipped.map(notCheckedReason))).toEqual(new Set(["missing-table"]));
  });

  test("a finding without a type (built by hand) is typed by its severity; the core's remark info is typed broken", async () => {
    expect(findingType({ ...bare, severity: "warning" })).toBe("broken");
    expect(findingType({ ...bare, message: "金额合计未填列，未核对此项" })).toBe("not-checked");
    expect(notCheckedReason({ ...bare, message: "金额合计未填列，未核对此项" })).toBe("missing-figure");
    // Seeded: one project's 全年执行数 lowered by 50万元, so the projects add up to less than 表3 项目支出 — a remark to look at.
    const data = exampleData();
    const first = data.selfEval.projects[0];
    first.money.total.execution = new Decimal(first.money.total.execution!).minus(50).toFixed(2);
    const { findings } = analyzeWorkbook(await buildPackageSnapshot(data));
    const remark = findings.find((f) => f.rule === "cross.projects-t03.project-total" && /可能有项目未做绩效自评/.test(f.message));
    expect(remark).toBeDefined();
    expect([remark!.severity, findingType(remark!)]).toEqual(["info", "broken"]);
  });
});
