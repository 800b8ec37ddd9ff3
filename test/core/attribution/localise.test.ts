import Decimal from "decimal.js";
import { localiseErrors } from "../../../src/core/attribution";
import type { Identity, Valued } from "../../../src/core/attribution/identity";
import type { Finding } from "../../../src/core/findings/finding";

/** A 2-decimal 万元 figure at a cell of sheet 表. */
const fig = (value: string, cell: string): Valued => ({ value: new Decimal(value), decimals: 2, raw: value, sheet: "表", cell });

const error = (rule: string, at: Valued, others: Valued[]): Finding => ({
  rule,
  severity: "error",
  title: rule,
  message: `${rule} 不符`,
  table: null,
  sheet: at.sheet,
  cell: at.cell,
  cells: [at, ...others].map((f) => ({ sheet: f.sheet, cell: f.cell })),
  expected: null,
  actual: null,
  difference: null,
  tolerance: null,
});

/** total = Σ parts, with the error finding a checking rule would give when it does not hold. */
function sum(rule: string, total: Valued, parts: Valued[], holds = false): Identity {
  return { kind: "sum", rule, total, parts: parts.map((figure) => ({ figure, weight: 1 as const })), measure: "money", finding: holds ? undefined : error(rule, total, parts) };
}

describe("error localisation (Fellegi–Holt, one figure)", () => {
  const x = fig("10.00", "C5");
  const y = fig("3.00", "C6");
  const z = fig("3.00", "C7");
  const v = fig("3.00", "C8");

  test("when two figures would each mend both errors, neither is blamed and both errors stand", () => {
    // X = Y + Z and X = Y + V: X → 6.00 mends both, and so does Y → 7.00.
    const ids = [sum("a", x, [y, z]), sum("b", x, [y, v])];
    const findings = ids.map((id) => id.finding!);
    expect(localiseErrors(findings, ids)).toHaveLength(2);
    expect(findings.every((f) => !f.consequences)).toBe(true);
  });

  test("a correction that would break an identity that holds is not tried: the other figure is blamed", () => {
    // Y also appears in Y = U, which holds: only X → 6.00 mends both without breaking it.
    const u = fig("3.00", "D6");
    const ids = [sum("b", x, [y, v]), sum("a", y, [u], true), sum("c", x, [y, z])];
    const findings = [ids[0].finding!, ids[2].finding!];
    const left = localiseErrors(findings, ids);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ rule: "b", cell: "C5" });
    expect(left[0].message).toContain("此数改为 6.00 后，另 1 处不符随之消除");
    expect(left[0].consequences).toEqual([{ rule: "c", sheet: "表", cell: "C5", message: "c 不符" }]);
  });

  test("the blamed figure is named when no folded finding pointed at it", () => {
    // Σ tasks = 金额合计 (error at the 金额合计 C5) and 总额 = 金额合计 + 其他 (error at 总额 D5): 金额合计 is blamed,
    // the first error already points there; listed the other way round, the 总额 error moves to it.
    const total = fig("9.00", "D5");
    const other = fig("3.00", "E5");
    const split: Identity = { kind: "sum", rule: "split", total, parts: [{ figure: x, weight: 1 }, { figure: other, weight: 1 }], measure: "money", finding: error("split", total, [x, other]) };
    const tasks = sum("tasks", x, [y, z]);
    const left = localiseErrors([split.finding!, tasks.finding!], [split, tasks]);
    expect(left.map((f) => [f.rule, f.cell])).toEqual([["tasks", "C5"]]);
    expect(left[0].consequences!.map((c) => [c.rule, c.cell])).toEqual([["split", "D5"]]);
  });

  test("a lone error is left as it is", () => {
    const ids = [sum("a", x, [y, z])];
    expect(localiseErrors([ids[0].finding!], ids)[0].consequences).toBeUndefined();
  });
});
