import { final06Recognizer } from "../../../../src/core/locate/final/final06";
import { FinalTable06Schema, type FinalTable06 } from "../../../../src/core/model/final";
import { EXAMPLE_FINAL_ACCOUNTS } from "../../../fixtures/data/final-accounts";
import { CASES, expectBase, expectFigure, only, readOne } from "./support";

const data = EXAMPLE_FINAL_ACCOUNTS.t06;

describe("公开06表 一般公共预算财政拨款基本支出决算表", () => {
  it.each(CASES.map((c) => [c.variant.name, c] as const))("reads groups, items and closing totals in layout %s", async (_name, c) => {
    const { found, written, ws } = await readOne("final.06", c, final06Recognizer);
    const rec = only(found);
    expectBase(rec, "final.06", c, written);
    const t = FinalTable06Schema.parse(rec.table) as FinalTable06;

    expect(t.groups.map((g) => g.code)).toEqual(data.groups.map((g) => g.code));
    data.groups.forEach((g, i) => {
      const got = t.groups[i];
      expect(got.name).toBe(g.name);
      expectFigure(got.amount, g.amount, c, ws);
      expect(got.items.map((x) => x.code)).toEqual(g.items.map((x) => x.code));
      g.items.forEach((item, k) => {
        expect(got.items[k].name).toBe(item.name);
        expectFigure(got.items[k].amount, item.amount, c, ws);
      });
    });
    expectFigure(t.personnelTotal, data.personnelTotal, c, ws);
    expectFigure(t.publicTotal, data.publicTotal, c, ws);
  });

  it("plain layout: the three column groups and the items of 302 continued in the third group", async () => {
    const { found } = await readOne("final.06", CASES[0], final06Recognizer);
    const t = only(found).table as FinalTable06;
    const g302 = t.groups.find((g) => g.code === "302")!;
    expect(g302.labelCell).toBe("D5");
    expect(g302.amount.cell).toBe("F5");
    const meeting = g302.items.find((x) => x.code === "30215")!;
    expect(meeting.amount.value?.toFixed(2)).toBe("1.62");
    // 302 and its 13 items plus 310 and its item are 16 public lines: 8 in the second group, 8 in the third.
    expect(g302.items.find((x) => x.code === "30216")!.labelCell).toBe("D12");
    expect(g302.items.find((x) => x.code === "30217")!.labelCell).toBe("G5");
    expect(t.personnelTotal?.cell).toBe("C20"); // 301 + 10 items + 303 + 3 items fill rows 5–19
    expect(t.publicTotal?.cell).toBe("I20");
  });
});
