import ExcelJS from "exceljs";
import { readPackage } from "../../../../src/core/locate/read-package";
import { finalAccountsRecognizers } from "../../../../src/core/locate/final";
import { rangeA1 } from "../../../../src/core/sheet/a1";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import { EXAMPLE_FINAL_ACCOUNTS } from "../../../fixtures/data/final-accounts";
import { FINAL_KINDS, writeFinalTable, type FinalKind, type FinalLayoutVariant } from "../../../fixtures/layouts/final";
import { colEnd, rawAt, type WorkbookSnapshot } from "../../../../src/core/sheet/snapshot";
import { roundTrip } from "./support";

/** Writes tables one under the other on a sheet, `gap` blank rows apart; returns each table's range. */
function stack(wb: ExcelJS.Workbook, sheet: string, tables: [FinalKind, FinalLayoutVariant][], gap: number): string[] {
  const ws = wb.addWorksheet(sheet);
  const ranges: string[] = [];
  let row = 1;
  for (const [kind, v] of tables) {
    const w = new SheetWriter(ws, { row, col: 1 });
    writeFinalTable(kind, w, EXAMPLE_FINAL_ACCOUNTS, v);
    const off = v.offset ?? { row: 0, col: 0 };
    ranges.push(rangeA1(row - 1 + off.row, off.col, row - 1 + w.height - 1, w.width - 1));
    row += w.height + gap;
  }
  return ranges;
}

describe("the nine 决算公开表 read together", () => {
  it("finds every table, two per sheet where stacked, each at its own range", async () => {
    const ranges: Record<string, string[]> = {};
    const { snapshot } = await roundTrip((wb) => {
      // 表1 and 表4 are both 总表; 表5 and 表8 have the same columns: stacked, only the titles tell them apart.
      ranges["总表"] = stack(wb, "总表", [["final.01", { name: "plain" }], ["final.04", { name: "merged", mergedHeaders: true }]], 1);
      ranges["Sheet3"] = stack(wb, "Sheet3", [["final.05", { name: "no-tag", withoutTag: true }], ["final.08", { name: "C", offset: { row: 0, col: 2 } }]], 2);
      ranges["收支"] = stack(wb, "收支", [["final.02", { name: "元", unitYuan: true }], ["final.03", { name: "text", numbersAsText: true }]], 0);
      ranges["Sheet5"] = stack(wb, "Sheet5", [["final.06", { name: "merged", mergedHeaders: true }]], 0);
      ranges["空表"] = stack(wb, "空表", [["final.07", { name: "plain" }], ["final.09", { name: "merged", mergedHeaders: true, lineBreaks: true }]], 3);
    });
    const model = readPackage(snapshot, finalAccountsRecognizers);

    const where = (kind: string) => model.tables.filter((t) => t.kind === kind).map((t) => `${t.sheet}!${t.range}`);
    expect(where("final.01")).toEqual([`总表!${ranges["总表"][0]}`]);
    expect(where("final.04")).toEqual([`总表!${ranges["总表"][1]}`]);
    expect(where("final.05")).toEqual([`Sheet3!${ranges["Sheet3"][0]}`]);
    expect(where("final.08")).toEqual([`Sheet3!${ranges["Sheet3"][1]}`]);
    expect(where("final.02")).toEqual([`收支!${ranges["收支"][0]}`]);
    expect(where("final.03")).toEqual([`收支!${ranges["收支"][1]}`]);
    expect(where("final.06")).toEqual([`Sheet5!${ranges["Sheet5"][0]}`]);
    expect(where("final.07")).toEqual([`空表!${ranges["空表"][0]}`]);
    expect(where("final.09")).toEqual([`空表!${ranges["空表"][1]}`]);

    // Only the self-evaluation tables (not written here) are missing; nothing unreadable, nothing ambiguous.
    expect(model.problems.map((p) => p.code)).toEqual(["missing-table", "missing-table"]);
    expect(model.final.t01?.incomeTotal?.value?.toFixed(2)).toBe("1286.45");
    expect(model.final.t04?.expenditureTotal.general.value?.toFixed(2)).toBe("1246.45");
    expect(model.final.t05?.rows[0].values.basic.value?.toFixed(2)).toBe("936.17");
    expect(model.final.t08?.emptyDisclosed).toBe(true);
    expect(model.final.t02?.rows[0].values.fiscal.value?.toFixed(2)).toBe("1246.45");
    expect(model.final.t02?.rows[0].values.fiscal.decimals).toBe(6);
    expect(model.final.t03?.rows[0].values.project.value?.toFixed(2)).toBe("350.28");
    expect(model.final.t06?.personnelTotal?.value?.toFixed(2)).toBe("812.46");
    expect(model.final.t07?.emptyDisclosed).toBe(true);
    expect(model.final.t09?.actual.total.value?.toFixed(2)).toBe("10.41");
  });

  it("a table ends where another kind of table starts one blank row below it; a note under it belongs to it", async () => {
    const ranges: Record<string, string> = {};
    const { snapshot } = await roundTrip((wb) => {
      for (const kind of ["final.01", "final.03", "final.04", "final.06", "final.09"] as FinalKind[]) {
        const ws = wb.addWorksheet(kind);
        const w = new SheetWriter(ws);
        writeFinalTable(kind, w, EXAMPLE_FINAL_ACCOUNTS, { name: "plain" });
        let next = w.height + 2;
        if (kind === "final.03") {
          ws.getCell(next, 1).value = "注：本表反映部门本年度各项支出情况。";
          ranges[kind] = rangeA1(0, 0, next - 1, w.width - 1);
          next += 2;
        } else {
          ranges[kind] = rangeA1(0, 0, w.height - 1, w.width - 1);
        }
        // Not a 决算 table: the 整体自评表 some staff keep on the same sheet.
        ws.getCell(next, 1).value = "部门整体支出绩效自评表";
        ws.getCell(next + 1, 1).value = "年度资金总额";
        ws.getCell(next + 1, 2).value = 1310.6;
        ws.getCell(next + 2, 1).value = "其中：基本支出";
        ws.getCell(next + 2, 2).value = 936.17;
        ws.getCell(next + 2, 6).value = 208;
      }
    });
    const model = readPackage(snapshot, finalAccountsRecognizers);
    expect(Object.fromEntries(model.tables.map((t) => [t.kind, t.range]))).toEqual(ranges);
    expect(model.final.t01?.incomeLines).toHaveLength(8);
    expect(model.final.t01?.expenditureLines).toHaveLength(26);
    expect(model.final.t03?.rows).toHaveLength(EXAMPLE_FINAL_ACCOUNTS.t03.rows.length);
    expect(model.final.t04?.carryIn).toHaveLength(3);
  });

  it("reads the same whether a host repeats merged values in every covered cell or keeps them in the top-left only", async () => {
    const { snapshot: officeShaped } = await roundTrip((wb) => {
      for (const kind of FINAL_KINDS) stack(wb, kind, [[kind, { name: "merged", mergedHeaders: true, lineBreaks: true }]], 0);
    });
    const repeated: WorkbookSnapshot = {
      ...officeShaped,
      sheets: officeShaped.sheets.map((sheet) => ({
        ...sheet,
        // Dense rows as wide as the grid: the snapshot's own rows are sparse and end at their last value.
        values: Array.from({ length: sheet.values.length }, (_, r) =>
          Array.from({ length: colEnd(sheet) }, (_, c) => {
            const m = sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
            return m ? rawAt(sheet, m.top, m.left) : rawAt(sheet, r, c);
          }),
        ),
      })),
    };
    // The snapshot adapter keeps merged values in the top-left cell only, as Office.js does.
    expect(officeShaped.sheets[0].values[0][1] ?? null).toBeNull();
    expect(repeated.sheets[0].values[0][1]).not.toBeNull();
    const fromOffice = readPackage(officeShaped, finalAccountsRecognizers);
    const fromRepeated = readPackage(repeated, finalAccountsRecognizers);
    expect(fromOffice.tables).toHaveLength(9);
    expect(fromRepeated).toEqual(fromOffice);
  });

  it("a second 表3 in the workbook is reported as ambiguous, the first one kept", async () => {
    const { snapshot } = await roundTrip((wb) => {
      stack(wb, "表3", [["final.03", { name: "plain" }]], 0);
      stack(wb, "表3副本", [["final.03", { name: "C5", offset: { row: 4, col: 2 } }]], 0);
    });
    const model = readPackage(snapshot, finalAccountsRecognizers);
    expect(model.final.t03?.sheet).toBe("表3");
    expect(model.problems.filter((p) => p.code === "ambiguous-table")).toHaveLength(1);
  });

  it("recognises a table by its 公开0N表 tag alone when the title is missing", async () => {
    const { snapshot } = await roundTrip((wb) => {
      stack(wb, "Sheet1", [["final.09", { name: "plain" }]], 0);
      wb.getWorksheet("Sheet1")!.getCell("A1").value = null;
    });
    const model = readPackage(snapshot, finalAccountsRecognizers);
    expect(model.tables.map((t) => [t.kind, t.range, t.title])).toEqual([["final.09", "A2:I6", "公开09表"]]);
    expect(model.final.t09?.budget.total.value?.toFixed(2)).toBe("12.00");
  });

  it("reads the whole package fast: one scan per sheet, no rescans per label", async () => {
    const { snapshot } = await roundTrip((wb) => {
      (["final.01", "final.02", "final.03", "final.04", "final.05", "final.06", "final.07", "final.08", "final.09"] as FinalKind[]).forEach((k) =>
        stack(wb, k, [[k, { name: "merged", mergedHeaders: true }]], 0),
      );
    });
    for (let i = 0; i < 20; i++) readPackage(snapshot, finalAccountsRecognizers); // warm-up (JIT)
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      readPackage(snapshot, finalAccountsRecognizers);
      best = Math.min(best, performance.now() - t0);
    }
    // About 8 ms on an idle machine (schema check included). The bound is loose because the test machine is
    // shared; rescanning the sheet per label would cost hundreds of ms.
    expect(best).toBeLessThan(50);
  });
});
