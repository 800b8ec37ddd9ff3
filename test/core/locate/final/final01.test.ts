import { final01Recognizer } from "../../../../src/core/locate/final/final01";
import { FinalTable01Schema, type FinalTable01 } from "../../../../src/core/model/final";
import { EXAMPLE_FINAL_ACCOUNTS } from "../../../fixtures/data/final-accounts";
import { Grid } from "../../../../src/core/locate/grid";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import { writeFinalTable } from "../../../fixtures/layouts/final";
import { CASES, expectBase, expectFigure, only, readOne, roundTrip } from "./support";

const data = EXAMPLE_FINAL_ACCOUNTS.t01;

describe("公开01表 收入支出决算总表", () => {
  it.each(CASES.map((c) => [c.variant.name, c] as const))("reads every line and total in layout %s", async (_name, c) => {
    const { found, written, ws } = await readOne("final.01", c, final01Recognizer);
    const rec = only(found);
    expectBase(rec, "final.01", c, written);
    const t = FinalTable01Schema.parse(rec.table) as FinalTable01;

    expect(t.incomeLines.map((l) => l.key)).toEqual(data.incomeLines.map((l) => l.key));
    data.incomeLines.forEach((l, i) => expectFigure(t.incomeLines[i].amount, l.amount, c, ws));
    expect(t.expenditureLines.map((l) => l.key)).toEqual(data.expenditureLines.map((l) => l.key));
    data.expenditureLines.forEach((l, i) => expectFigure(t.expenditureLines[i].amount, l.amount, c, ws));
    expectFigure(t.incomeTotal, data.incomeTotal, c, ws);
    expectFigure(t.nonFiscalBalanceUsed, data.nonFiscalBalanceUsed, c, ws);
    expectFigure(t.incomeCarryIn, data.incomeCarryIn, c, ws);
    expectFigure(t.incomeGrandTotal, data.incomeGrandTotal, c, ws);
    expectFigure(t.expenditureTotal, data.expenditureTotal, c, ws);
    expectFigure(t.surplusDistribution, data.surplusDistribution, c, ws);
    expectFigure(t.expenditureCarryOut, data.expenditureCarryOut, c, ws);
    expectFigure(t.expenditureGrandTotal, data.expenditureGrandTotal, c, ws);
  });

  it("points at the cells of the plain layout (title A1, header row 4, lines from row 5)", async () => {
    const { found } = await readOne("final.01", CASES[0], final01Recognizer);
    const t = only(found).table as FinalTable01;
    expect(t.incomeLines[0]).toMatchObject({ key: "generalBudget", label: "一、一般公共预算财政拨款收入", labelCell: "A5" });
    expect(t.incomeLines[0].amount.cell).toBe("C5");
    expect(t.expenditureLines[8]).toMatchObject({ key: "卫生健康支出", labelCell: "D13" });
    expect(t.expenditureLines[8].amount.cell).toBe("F13");
    expect(t.incomeTotal?.cell).toBe("C31");
    expect(t.expenditureGrandTotal?.cell).toBe("F34");
  });

  it("starts at C5 when the table does", async () => {
    const { found } = await readOne("final.01", CASES[1], final01Recognizer);
    const t = only(found).table as FinalTable01;
    expect(t.range.startsWith("C5:")).toBe(true);
    expect(t.incomeTotal?.cell).toBe("E35");
  });

  it("takes 编制单位 from a “部门：” line too", async () => {
    const { snapshot } = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      writeFinalTable("final.01", new SheetWriter(ws), EXAMPLE_FINAL_ACCOUNTS, { name: "plain" });
      ws.getCell("A3").value = "部门：示例县医疗保障局";
    });
    const t = only(final01Recognizer.recognize(new Grid(snapshot.sheets[0]))).table as FinalTable01;
    expect(t.unitName).toEqual({ text: "示例县医疗保障局", sheet: "Sheet1", cell: "A3" });
  });
});
