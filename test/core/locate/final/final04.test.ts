import { final04Recognizer } from "../../../../src/core/locate/final/final04";
import { final01Recognizer } from "../../../../src/core/locate/final/final01";
import { FinalTable04Schema, type FinalTable04 } from "../../../../src/core/model/final";
import { EXAMPLE_FINAL_ACCOUNTS, type BudgetKey } from "../../../fixtures/data/final-accounts";
import { CASES, expectBase, expectFigure, only, readOne } from "./support";

const data = EXAMPLE_FINAL_ACCOUNTS.t04;
const KEYS: BudgetKey[] = ["total", "general", "fund", "stateCapital"];

describe("公开04表 财政拨款收入支出决算总表", () => {
  it.each(CASES.map((c) => [c.variant.name, c] as const))("reads income, carry-over and 类 rows by budget in layout %s", async (_name, c) => {
    const { found, written, ws } = await readOne("final.04", c, final04Recognizer);
    const rec = only(found);
    expectBase(rec, "final.04", c, written);
    const t = FinalTable04Schema.parse(rec.table) as FinalTable04;

    expect(t.incomeLines.map((l) => l.key)).toEqual(["general", "fund", "stateCapital"]);
    data.incomeLines.forEach((l, i) => expectFigure(t.incomeLines[i].amount, l.amount, c, ws));
    expectFigure(t.incomeTotal, data.incomeTotal, c, ws);
    expect(t.carryIn.map((l) => l.key)).toEqual(["general", "fund", "stateCapital"]);
    data.carryIn.forEach((l, i) => expectFigure(t.carryIn[i].amount, l.amount, c, ws));
    expectFigure(t.carryInTotal, data.carryInTotal, c, ws);
    expectFigure(t.incomeGrandTotal, data.incomeGrandTotal, c, ws);

    expect(t.columns.map((col) => col.key)).toEqual(KEYS);
    expect(t.expenditureRows).toHaveLength(data.expenditureRows.length);
    data.expenditureRows.forEach((row, i) => {
      expect(t.expenditureRows[i].name).toBe(row.label.replace(/^[一二三四五六七八九十]+、/, ""));
      expect(t.expenditureRows[i].level).toBe("class");
      for (const k of KEYS) expectFigure(t.expenditureRows[i].values[k], row.values[k] ?? null, c, ws);
    });
    for (const k of KEYS) {
      expectFigure(t.expenditureTotal[k], data.expenditureTotal[k], c, ws);
      expectFigure(t.carryOut[k], data.carryOut[k], c, ws);
      expectFigure(t.expenditureGrandTotal[k], data.expenditureGrandTotal[k], c, ws);
    }
  });

  it("plain layout: 卫生健康支出 row and 本年收入合计 at the cells written", async () => {
    const { found } = await readOne("final.04", CASES[0], final04Recognizer);
    const t = only(found).table as FinalTable04;
    const health = t.expenditureRows.find((r) => r.name === "卫生健康支出")!;
    expect(health.labelCell).toBe("D13");
    expect(health.values.general.cell).toBe("G13");
    expect(health.values.general.value?.toFixed(2)).toBe("1038.93");
    expect(t.incomeTotal?.cell).toBe("C31");
    expect(t.columns.find((col) => col.key === "fund")).toEqual({ key: "fund", label: "政府性基金预算财政拨款", cell: "H4" });
  });

  it("表4 is not taken for 表1 and 表1 not for 表4 (both are 总表; the title decides)", async () => {
    expect((await readOne("final.04", CASES[0], final01Recognizer)).found).toEqual([]);
    expect((await readOne("final.01", CASES[0], final04Recognizer)).found).toEqual([]);
  });
});
