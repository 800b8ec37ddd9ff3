import { final09Recognizer } from "../../../../src/core/locate/final/final09";
import { FinalTable09Schema, type FinalTable09 } from "../../../../src/core/model/final";
import { EXAMPLE_FINAL_ACCOUNTS, type Final09Key } from "../../../fixtures/data/final-accounts";
import { CASES, expectBase, expectFigure, only, readOne, type Case } from "./support";

/** The national template: 预算数 and 决算数 as two blocks of columns over one data row. */
const BY_BUDGET: Case[] = [
  { variant: { name: "columns-by-budget", columnsByBudget: true }, sheet: "Sheet3" },
  {
    variant: {
      name: "columns-by-budget-C5-merged-元-text",
      columnsByBudget: true,
      mergedHeaders: true,
      offset: { row: 4, col: 2 },
      unitYuan: true,
      numbersAsText: true,
      halfWidthBrackets: true,
    },
    sheet: "三公",
  },
];

const data = EXAMPLE_FINAL_ACCOUNTS.t09;
const KEYS: Final09Key[] = ["total", "abroad", "reception", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "meeting", "training"];

describe("公开09表 财政拨款“三公”经费及会议费、培训费支出决算表", () => {
  it.each([...CASES, ...BY_BUDGET].map((c) => [c.variant.name, c] as const))("reads 预算数 and 决算数 of every column in layout %s", async (_name, c) => {
    const { found, written, ws } = await readOne("final.09", c, final09Recognizer);
    const rec = only(found);
    expectBase(rec, "final.09", c, written);
    const t = FinalTable09Schema.parse(rec.table) as FinalTable09;
    expect(t.columns.map((col) => col.key)).toEqual(KEYS);
    for (const k of KEYS) {
      expectFigure(t.budget[k], data.budget[k], c, ws);
      expectFigure(t.actual[k], data.actual[k], c, ws);
    }
  });

  it("merged headers: 小计 under 公务用车购置及运行维护费 is the vehicle subtotal, not the total", async () => {
    const c = CASES.find((x) => x.variant.name === "merged-headers")!;
    const { found } = await readOne("final.09", c, final09Recognizer);
    const t = only(found).table as FinalTable09;
    expect(t.columns.find((col) => col.key === "vehicleTotal")).toEqual({ key: "vehicleTotal", label: "小计", cell: "E5" });
    expect(t.columns.find((col) => col.key === "total")).toEqual({ key: "total", label: "合计", cell: "B4" });
    expect(t.actual.vehicleTotal.cell).toBe("E7");
    expect(t.actual.total.value?.toFixed(2)).toBe("10.41");
  });

  it("national layout: the 预算数 and 决算数 of a column come from the two blocks of the one data row", async () => {
    const { found } = await readOne("final.09", BY_BUDGET[0], final09Recognizer);
    const t = only(found).table as FinalTable09;
    expect(t.budget.reception.cell).toBe("C6");
    expect(t.actual.reception.cell).toBe("K6");
    expect(t.actual.reception.value?.toFixed(2)).toBe("2.35");
    expect(t.range).toBe("A1:P6"); // title, tag, 编制单位, 预算数|决算数, column labels, data
  });
});
