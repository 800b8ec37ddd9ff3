import { final09Recognizer } from "../../../../src/core/locate/final/final09";
import { FinalTable09Schema, type FinalTable09 } from "../../../../src/core/model/final";
import { EXAMPLE_FINAL_ACCOUNTS, type Final09Key } from "../../../fixtures/data/final-accounts";
import { CASES, expectBase, expectFigure, only, readOne } from "./support";

const data = EXAMPLE_FINAL_ACCOUNTS.t09;
const KEYS: Final09Key[] = ["total", "abroad", "reception", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "meeting", "training"];

describe("公开09表 财政拨款“三公”经费及会议费、培训费支出决算表", () => {
  it.each(CASES.map((c) => [c.variant.name, c] as const))("reads 预算数 and 决算数 of every column in layout %s", async (_name, c) => {
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
});
