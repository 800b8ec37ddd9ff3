import { join } from "node:path";
import ExcelJS from "exceljs";
import { ExcelWorkbookPort, splitAddress } from "../../src/excel/port";
import { checkWorkbook } from "../../src/ui/check";
import { cellValue, snapshotFromExcelJs } from "../../src/xlsx/snapshot";
import { mergedAreas } from "../../src/excel/read";
import { marksFor, isMarkFormula, MARK_STYLE } from "../../src/ui/marks";
import type { Finding } from "../../src/core/findings/finding";
import { defaultSettings } from "../../src/ui/settings";
import { FakeExcel, fakeSheet, reopen, type FakeSheet, type FakeWorkbookState } from "./fake-excel";

/**
 * A workbook like the users': 表1 starting at B2 with a merged title, a user's own fill and number format on
 * the total, a user's own conditional format (which must survive), a protected sheet and an empty sheet.
 */
function workbook(): FakeWorkbookState {
  const t01 = fakeSheet(
    "收支总表",
    [
      [null, null, null],
      [null, "收入支出决算总表", null],
      [null, "项目", "金额"],
      [null, "一般公共预算财政拨款收入", 1200.5],
      [null, "本年收入合计", 1300.5],
    ],
    {
      merges: ["B2:C2"],
      formats: {
        C4: { numberFormat: "#,##0.00" },
        C5: { numberFormat: "#,##0.00", fill: "#FFFF00", fontColor: "#FF0000", formula: "=SUM(C4:C4)" },
      },
      conditionalFormats: [{ range: "C4:C5", formula: null, fill: null, font: null }],
    },
  );
  const locked = fakeSheet("整体自评表", [["部门整体支出绩效自评表"], ["全年执行数", 98.5]], { protected: true });
  const empty = fakeSheet("Sheet3", []);
  // An annotated copy's own sheets, made by the standalone page: never read as the user's tables.
  const results = fakeSheet("检查结果", [["序号", "严重程度"], [1, "错误"]]);
  return { sheets: [t01, locked, empty, results], settings: {} };
}

/**
 * Two findings on 表1 (one error, one warning sharing C5), one on the protected sheet, and a 提示 (尾差) on
 * 表1 D6 that must leave no mark (a mark says "fix this").
 */
const bare = { message: "", table: null, expected: null, actual: null, difference: null, tolerance: null };
const findings: Finding[] = [
  { ...bare, rule: "final.t01.income-total", severity: "error", title: "本年收入合计不等于各项收入之和", table: "final.01", sheet: "收支总表", cell: "C5", cells: [{ sheet: "收支总表", cell: "C5" }, { sheet: "收支总表", cell: "C4" }] },
  { ...bare, rule: "final.t01.balance", severity: "warning", title: "收入总计与支出总计不等", sheet: "收支总表", cell: "C5", cells: [{ sheet: "收支总表", cell: "C5" }] },
  { ...bare, rule: "selfeval.overall.execution", severity: "warning", title: "执行数与决算不一致", sheet: "整体自评表", cell: "B2", cells: [{ sheet: "整体自评表", cell: "B2" }] },
  { ...bare, rule: "final.t01.expenditure-total", severity: "info", title: "本年支出合计尾差", sheet: "收支总表", cell: "D6", cells: [{ sheet: "收支总表", cell: "D6" }] },
];

function userState(state: FakeWorkbookState) {
  return state.sheets.map((s) => ({ name: s.name, cells: s.cells, userFormats: s.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula)) }));
}

function ownMarks(state: FakeWorkbookState) {
  return state.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => isMarkFormula(cf.formula)).map((cf) => ({ sheet: s.name, ...cf })));
}

describe("ExcelWorkbookPort", () => {
  test("reads a small workbook in 3 syncs (list, sizes, cells): values, number formats, merged areas, origin, protection", async () => {
    const excel = new FakeExcel(workbook());
    excel.install();
    const snap = await new ExcelWorkbookPort().read();
    expect(excel.syncs).toBe(3);
    expect(snap.sheets.map((s) => s.name)).toEqual(["收支总表", "整体自评表", "Sheet3"]);
    const [t01, locked, empty] = snap.sheets;
    expect(t01.name).toBe("收支总表");
    expect(t01.origin).toEqual({ row: 1, col: 1 });
    expect(t01.values[0]).toEqual(["收入支出决算总表", null]);
    expect(t01.values[3]).toEqual(["本年收入合计", 1300.5]);
    expect(t01.numberFormats[3][1]).toBe("#,##0.00");
    expect(t01.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(t01.protected).toBe(false);
    expect(locked.protected).toBe(true);
    expect(empty.values).toEqual([]);
    expect(excel.rangeWrites).toEqual([]);
  });

  test("without ExcelApi 1.13 merged areas are not asked for and the read still takes 3 syncs", async () => {
    const excel = new FakeExcel(workbook());
    excel.install({ excelApi: "1.12" });
    const snap = await new ExcelWorkbookPort().read();
    expect(excel.syncs).toBe(3);
    expect(snap.sheets[0].merges).toEqual([]);
  });

  test("a workbook in manual calculation is read as it is, in the same 3 syncs, with a warning that results may be stale", async () => {
    const excel = new FakeExcel({ ...workbook(), calculationMode: "Manual" });
    excel.install();
    const snap = await new ExcelWorkbookPort().read();
    expect(excel.syncs).toBe(3);
    expect(snap.problems).toEqual([expect.objectContaining({ code: "manual-calculation" })]);
    const manual = checkWorkbook(snap).findings.filter((f) => f.message.includes("手动计算模式"));
    expect(manual).toEqual([expect.objectContaining({ rule: "structure.read-problems", severity: "warning" })]);
    expect(manual[0].message).toContain("请按 F9");
    // Automatic calculation says nothing; before ExcelApi 1.8 the mode is not asked for (Excel would fail the request).
    const automatic = new FakeExcel(workbook());
    automatic.install();
    expect((await new ExcelWorkbookPort().read()).problems).toBeUndefined();
    const old = new FakeExcel({ ...workbook(), calculationMode: "Manual" });
    old.install({ excelApi: "1.7" });
    expect((await new ExcelWorkbookPort().read()).problems).toBeUndefined();
  });

  test("marks all findings in 2 syncs (load the formats, replace the marks) without writing any user cell, and skips the protected sheet", async () => {
    const state = workbook();
    const before = JSON.parse(JSON.stringify(userState(state)));
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    await port.read();
    const syncsAfterRead = excel.syncs;
    const result = await port.mark(marksFor(findings));
    expect(excel.syncs - syncsAfterRead).toBe(2);
    expect(result).toEqual({ marked: 2, protectedSheets: ["整体自评表"] });
    expect(excel.rangeWrites).toEqual([]);
    expect(userState(state)).toEqual(before);
    const marks = ownMarks(state);
    expect(marks.map((m) => [m.sheet, m.range, m.fill]).sort()).toEqual([
      ["收支总表", "C4", MARK_STYLE.error.fill],
      ["收支总表", "C5", MARK_STYLE.error.fill],
    ]);
    expect(state.sheets[1].conditionalFormats).toEqual([]);
  });

  test("a whole check — sheets, settings, marks — takes 5 syncs", async () => {
    const state = workbook();
    state.settings["jx-selfeval.settings"] = JSON.stringify({ ...defaultSettings(), outline: "hebei" });
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    await port.read();
    expect((await port.loadSettings()).outline).toBe("hebei");
    await port.mark(marksFor(findings));
    expect(excel.syncs).toBe(5);
  });

  test("checking twice does not stack marks", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    for (let i = 0; i < 2; i++) {
      const start = excel.syncs;
      await port.read();
      await port.mark(marksFor(findings));
      expect(excel.syncs - start).toBe(5);
    }
    expect(ownMarks(state)).toHaveLength(2);
    // A later check with fewer findings leaves only its own marks.
    await port.read();
    await port.mark(marksFor(findings.slice(1)));
    expect(ownMarks(state).map((m) => [m.range, m.fill])).toEqual([["C5", MARK_STYLE.warning.fill]]);
  });

  test("a mark deleted by hand between reading and marking: the marks are found again, nothing stacks", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    await port.read();
    await port.mark(marksFor(findings));
    await port.read();
    state.sheets[0].conditionalFormats = state.sheets[0].conditionalFormats.filter((cf) => cf.range !== "C4");
    const start = excel.syncs;
    expect(await port.mark(marksFor(findings))).toEqual({ marked: 2, protectedSheets: ["整体自评表"] });
    expect(excel.syncs - start).toBe(2);
    expect(ownMarks(state).map((m) => m.range).sort()).toEqual(["C4", "C5"]);
  });

  test("a user's conditional format added on top between reading and marking survives (ids are priorities)", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    await port.read();
    await port.mark(marksFor(findings));
    await port.read();
    // Every priority moves down by one: an id kept from the read would now name the user's new format.
    const users = { range: "A1:A3", formula: "=A1>0", fill: "#00FF00", font: null };
    state.sheets[0].conditionalFormats.unshift(users);
    await port.mark(marksFor(findings.slice(1)));
    expect(state.sheets[0].conditionalFormats.filter((cf) => !isMarkFormula(cf.formula))).toEqual([users, { range: "C4:C5", formula: null, fill: null, font: null }]);
    expect(ownMarks(state).map((m) => [m.range, m.fill])).toEqual([["C5", MARK_STYLE.warning.fill]]);
  });

  test("clearing deletes marks interleaved with the user's formats, from the last priority up, leaving the user's", async () => {
    const state = workbook();
    const mark = (range: string) => ({ range, formula: '=N("jx-selfeval:error")=0', fill: MARK_STYLE.error.fill, font: MARK_STYLE.error.font });
    const user = (range: string) => ({ range, formula: "=A1>0", fill: "#00FF00", font: null });
    state.sheets[0].conditionalFormats = [mark("C4"), user("A1"), mark("C5"), user("B2"), mark("B3")];
    const excel = new FakeExcel(state);
    excel.install();
    expect(await new ExcelWorkbookPort().clearMarks()).toBe(3);
    expect(state.sheets[0].conditionalFormats).toEqual([user("A1"), user("B2")]);
  });

  test("clearing after save and reopen restores the original formats exactly", async () => {
    const original = workbook();
    const pristine = JSON.parse(JSON.stringify(original));
    const first = new FakeExcel(original);
    first.install();
    const port = new ExcelWorkbookPort();
    await port.read();
    await port.mark(marksFor(findings));
    expect(ownMarks(original)).toHaveLength(2);

    const reopened = reopen(original);
    const second = new FakeExcel(reopened);
    second.install();
    const removed = await new ExcelWorkbookPort().clearMarks();
    expect(removed).toBe(2);
    expect(second.rangeWrites).toEqual([]);
    expect(reopened.sheets).toEqual(pristine.sheets);
  });

  test("clearing a workbook without marks changes nothing", async () => {
    const state = workbook();
    const pristine = JSON.parse(JSON.stringify(state));
    const excel = new FakeExcel(state);
    excel.install();
    expect(await new ExcelWorkbookPort().clearMarks()).toBe(0);
    expect(state).toEqual(pristine);
  });

  test("select looks the sheet up, then activates it and selects the cell: 2 syncs", async () => {
    const excel = new FakeExcel(workbook());
    excel.install();
    await new ExcelWorkbookPort().select([{ sheet: "收支总表", cell: "C5" }]);
    expect(excel.syncs).toBe(2);
    expect(excel.active).toBe("收支总表");
    expect(excel.selected).toBe("收支总表!C5");
    expect(excel.rangeWrites).toEqual([]);
  });

  test("a finding's cells are selected together on the first cell's sheet (a total and its parts)", async () => {
    const excel = new FakeExcel(workbook());
    excel.install();
    const cells = [
      { sheet: "收支总表", cell: "C20" },
      { sheet: "收支总表", cell: "C6" },
      { sheet: "其他表", cell: "E7" },
      { sheet: "收支总表", cell: "C7" },
    ];
    await new ExcelWorkbookPort().select(cells);
    expect(excel.syncs).toBe(2) // the sheet looked up (missing or hidden is said plainly), then activated and selected;
    expect(excel.active).toBe("收支总表");
    expect(excel.selected).toBe("收支总表!C20,C6,C7");
  });

  test("Excel without RangeAreas (before ExcelApi 1.9) selects the first cell", async () => {
    const excel = new FakeExcel(workbook());
    excel.install({ excelApi: "1.8" });
    await new ExcelWorkbookPort().select([
      { sheet: "收支总表", cell: "C20" },
      { sheet: "收支总表", cell: "C6" },
    ]);
    expect(excel.selected).toBe("收支总表!C20");
  });

  test("a selected address names its sheet and first cell, quoted names included", () => {
    expect(splitAddress("'表1 收入''s'!$C$5:$D$6")).toEqual({ sheet: "表1 收入's", cell: "C5" });
    expect(splitAddress("收支总表!C20")).toEqual({ sheet: "收支总表", cell: "C20" });
    expect(splitAddress("")).toBeNull();
  });

  test("settings are kept in the document and survive reopening", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    expect(await port.loadSettings()).toEqual(defaultSettings());
    const settings = {
      ...defaultSettings(),
      scoring: { capExecutionRateAt100: false, quantitativeMode: "all-or-nothing" as const },
      suppressed: [{ key: "final.01.total-balance@收支总表!C5", rule: "final.01.total-balance", title: "收入总计与支出总计不等", reason: "口径差异，已与财政局确认", at: "2025-03-01" }],
    };
    await port.saveSettings(settings);
    const again = new FakeExcel(reopen(state));
    again.install();
    expect(await new ExcelWorkbookPort().loadSettings()).toEqual(settings);
  });
});

/** The example package as Excel would hold it: every sheet's values, number formats and merged areas. */
async function examplePackage(): Promise<{ state: FakeWorkbookState; workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(__dirname, "../../examples/示例县医疗保障局-2024年度绩效自评材料.xlsx"));
  const sheets: FakeSheet[] = [];
  workbook.eachSheet((ws) => {
    const sheet = fakeSheet(ws.name, []);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cellValue(cell.value);
        if (value === null) return;
        sheet.cells[cell.address] = { value, formula: cell.formula ? `=${cell.formula}` : null, numberFormat: cell.numFmt || "General", fill: null, fontColor: null };
      }),
    );
    sheet.merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    sheets.push(sheet);
  });
  return { state: { sheets, settings: {} }, workbook };
}

describe("ExcelWorkbookPort on the example package", () => {
  test("reads what exceljs reads, so the check finds the same; marks every finding in 1 sync, touching no cell", async () => {
    const { state, workbook } = await examplePackage();
    const before = JSON.parse(JSON.stringify(userState(state)));
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    const { findings } = checkWorkbook(await port.read());
    expect(excel.syncs).toBe(3);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(checkWorkbook(snapshotFromExcelJs(workbook, "示例")).findings);
    const marks = marksFor(findings);
    expect(await port.mark(marks)).toEqual({ marked: marks.length, protectedSheets: [] });
    expect(excel.syncs).toBe(5);
    expect(ownMarks(state).map((m) => `${m.sheet}!${m.range}`).sort()).toEqual(marks.map((m) => `${m.sheet}!${m.cell}`).sort());
    expect(excel.rangeWrites).toEqual([]);
    expect(userState(state)).toEqual(before);
    expect(await new ExcelWorkbookPort().clearMarks()).toBe(marks.length);
    expect(ownMarks(state)).toEqual([]);
  });
});

describe("mergedAreas", () => {
  test("parses Office.js addresses, quoted sheet names with commas included", () => {
    expect(mergedAreas("'表1, 收支'!A1:C1,'表1, 收支'!$D$3:$D$4,Sheet1!E5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });
});
