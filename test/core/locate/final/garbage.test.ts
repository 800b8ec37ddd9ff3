import { readPackage } from "../../../../src/core/locate/read-package";
import { finalAccountsRecognizers } from "../../../../src/core/locate/final";
import { Grid } from "../../../../src/core/locate/grid";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../../src/core/sheet/snapshot";
import type { SubjectTable, FinalTable01 } from "../../../../src/core/model/final";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import { EXAMPLE_FINAL_ACCOUNTS } from "../../../fixtures/data/final-accounts";
import { writeFinalTable, FINAL_KINDS } from "../../../fixtures/layouts/final";
import { roundTrip } from "./support";

/** Every 决算 recogniser on one sheet; any exception fails the test (readPackage would only report it). */
function recogniseAll(sheet: SheetSnapshot) {
  const grid = new Grid(sheet);
  return finalAccountsRecognizers.flatMap((r) => r.recognize(grid));
}

/** A small deterministic generator, so a failing garbage sheet can be reproduced. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const FRAGMENTS = [
  "收入支出决算总表", "财政拨款收入支出决算总表", "收入决算表", "支出决算表", "一般公共预算财政拨款基本支出决算表",
  "“三公”经费支出决算表", "公开01表", "公开04表", "财决03表", "项目", "科目代码", "科目名称", "合计", "总计", "小计",
  "本年收入合计", "基本支出", "项目支出", "预算数", "决算数", "因公出国（境）费用", "栏次", "208", "2080505 机关", "30101",
  "人员经费合计", "#REF!", "12..5", "—", "金额单位：元", "编制单位：", "注：本表为空表", "", " ", "\n",
];

function garbageSheet(seed: number, rows: number, cols: number): SheetSnapshot {
  const rnd = lcg(seed);
  const values = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => {
      const x = rnd();
      if (x < 0.35) return null;
      if (x < 0.7) return FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)];
      if (x < 0.8) return Math.floor(rnd() * 3_000_000) / 100;
      if (x < 0.85) return rnd() < 0.5;
      if (x < 0.9) return Number.NaN;
      return String(Math.floor(rnd() * 10_000_000));
    }),
  );
  const merges = Array.from({ length: 6 }, () => {
    const top = Math.floor(rnd() * rows);
    const left = Math.floor(rnd() * cols);
    return { top, left, bottom: top + Math.floor(rnd() * 3), right: left + Math.floor(rnd() * 3) };
  });
  return { name: `garbage${seed}`, origin: { row: Math.floor(rnd() * 5), col: Math.floor(rnd() * 3) }, values, numberFormats: [], merges };
}

describe("决算 recognisers on garbage", () => {
  it("never throw on random sheets of titles, labels, codes, numbers and errors", () => {
    for (let seed = 1; seed <= 200; seed++) {
      expect(() => recogniseAll(garbageSheet(seed, 5 + (seed % 40), 1 + (seed % 12)))).not.toThrow();
    }
  });

  it("find nothing in an empty sheet, a sheet of prose, or a ragged sheet", () => {
    const empty: SheetSnapshot = { name: "空", origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [] };
    const prose: SheetSnapshot = {
      name: "说明",
      origin: { row: 3, col: 1 },
      values: [["本单位2024年度部门决算情况说明"], ["一、收入支出决算总体情况说明", "详见收入支出决算总表"], [null, 12.5, "元"]],
      numberFormats: [["General"]],
      merges: [{ top: 3, left: 1, bottom: 3, right: 5 }],
    };
    const ragged: SheetSnapshot = {
      name: "Sheet1",
      origin: { row: 0, col: 0 },
      values: [["收入决算表"], [], ["科目代码"], [null, null, "本年收入合计"], ["合计"], ["208", "社会保障和就业支出", 1, 2, 3]],
      numberFormats: [],
      merges: [],
    };
    expect(recogniseAll(empty)).toEqual([]);
    expect(recogniseAll(prose)).toEqual([]);
    expect(() => recogniseAll(ragged)).not.toThrow();
  });

  it("a table of contents listing the nine titles is not nine tables", async () => {
    const { snapshot } = await roundTrip((wb) => {
      const ws = wb.addWorksheet("目录");
      ws.getCell("A1").value = "2024年度部门决算公开表目录";
      ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表"].forEach((t, i) => {
        ws.getCell(i + 2, 1).value = `公开0${i + 1}表`;
        ws.getCell(i + 2, 2).value = t;
      });
    });
    expect(recogniseAll(snapshot.sheets[0])).toEqual([]);
  });

  it("a title with no table under it is not a table", async () => {
    const { snapshot } = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.getCell("B2").value = "2024年度收入支出决算总表";
      ws.getCell("B3").value = "公开01表";
      ws.getCell("B9").value = "2024年度支出决算表";
    });
    expect(recogniseAll(snapshot.sheets[0])).toEqual([]);
  });

  it("turns #REF! and “12..5” into read problems at their cells and keeps reading the table", async () => {
    const { snapshot } = await roundTrip((wb) => {
      const ws = wb.addWorksheet("收入决算");
      writeFinalTable("final.02", new SheetWriter(ws), EXAMPLE_FINAL_ACCOUNTS, { name: "plain" });
      ws.getCell("C6").value = { error: "#REF!" };
      ws.getCell("D6").value = "12..5";
      const t1 = wb.addWorksheet("总表");
      writeFinalTable("final.01", new SheetWriter(t1), EXAMPLE_FINAL_ACCOUNTS, { name: "plain" });
      t1.getCell("C31").value = { formula: "SUM(C5:C12)", result: { error: "#DIV/0!" } };
    });
    const model = readPackage(snapshot as WorkbookSnapshot, finalAccountsRecognizers);
    const unreadable = model.problems.filter((p) => p.code === "unreadable-number").map((p) => `${p.sheet}!${p.cell}`);
    expect(unreadable).toEqual(["收入决算!C6", "收入决算!D6", "总表!C31"]);
    const t2 = model.final.t02 as SubjectTable;
    const r208 = t2.rows.find((r) => r.code === "208")!;
    expect(r208.values.total).toMatchObject({ value: null, raw: "#REF!", cell: "C6" });
    expect(r208.values.fiscal).toMatchObject({ value: null, cell: "D6" });
    expect(t2.rows.find((r) => r.code === "210")!.values.total.value?.toFixed(2)).toBe("1078.93");
    expect((model.final.t01 as FinalTable01).incomeTotal).toMatchObject({ value: null, cell: "C31" });
  });

  it("every table cut short after its header rows still reads without throwing", async () => {
    for (const kind of FINAL_KINDS) {
      const { snapshot } = await roundTrip((wb) => {
        const ws = wb.addWorksheet("Sheet1");
        writeFinalTable(kind, new SheetWriter(ws), EXAMPLE_FINAL_ACCOUNTS, { name: "merged", mergedHeaders: true });
        ws.spliceRows(7, 200);
      });
      expect(() => recogniseAll(snapshot.sheets[0])).not.toThrow();
    }
  });
});
