import { ExcelWorkbookPort } from "../../src/excel/port";
import { BYTES_PER_CELL, PAYLOAD_BUDGET, readWorkbook } from "../../src/excel/read";
import { excelCapabilities } from "../../src/excel/requirements";
import { checkWorkbook } from "../../src/ui/check";
import { marksFor } from "../../src/ui/marks";
import { NavigationProblem } from "../../src/ui/port";
import { defaultSettings } from "../../src/ui/settings";
import { FAKE_PAYLOAD_LIMIT, FakeExcel, fakeSheet, fillBlock, mergedRows, type FakeWorkbookState } from "./fake-excel";

/** 表1 as a user keeps it, small: the sheet the other sheets must not stop from being checked. */
function incomeSheet() {
  return fakeSheet(
    "收支总表",
    [
      ["收入支出决算总表", null],
      ["项目", "金额"],
      ["一般公共预算财政拨款收入", 1200.5],
      ["本年收入合计", 1300.5],
    ],
    { merges: ["A1:B1"] },
  );
}

/** A long Chinese label, as the row labels of 决算 tables are (16 characters, 48 bytes of UTF-8). */
const LABEL = "一般公共预算财政拨款收入明细科目";

/** 4,000 rows × 25 columns of labels: about 6.5 MB as one response, more than Excel on the web will send. */
function bigSheet() {
  return fillBlock(fakeSheet("明细账", []), 4000, 25, (r, c) => (c === 0 ? r + 1 : `${LABEL}${c}`));
}

describe("reading within Excel's limits", () => {
  test("the fake refuses a response over 5 MB, as Excel on the web does", async () => {
    const excel = new FakeExcel({ sheets: [bigSheet()], settings: {} });
    excel.install();
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("明细账").getRange("A1:Y4000");
        range.load("values,numberFormat");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("a large used range is sized first and read in row chunks under the budget, every cell arriving", async () => {
    const excel = new FakeExcel({ sheets: [incomeSheet(), bigSheet()], settings: {} });
    excel.install();
    const snap = await new ExcelWorkbookPort().read();
    expect(excel.refusedPayloads).toBe(0);
    expect(excel.largestPayload).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT);
    const big = snap.sheets.find((s) => s.name === "明细账")!;
    expect(big.values).toHaveLength(4000);
    expect(big.values[3999]).toEqual([4000, ...Array.from({ length: 24 }, (_, c) => `${LABEL}${c + 1}`)]);
    expect(big.numberFormats).toHaveLength(4000);
    // List, sizes, then requests of at most PAYLOAD_BUDGET estimated bytes (the small sheet rides with the first
    // chunk): 5 round trips here, not the 3 of a small workbook.
    const rowsPerChunk = Math.floor(PAYLOAD_BUDGET / (25 * BYTES_PER_CELL));
    expect(Math.ceil(4000 / rowsPerChunk)).toBe(3);
    expect(excel.syncs).toBe(2 + 3);
    expect(snap.sheets.find((s) => s.name === "收支总表")!.values[3]).toEqual(["本年收入合计", 1300.5]);
  });

  test("cells longer than the estimate: the refused request is halved until it fits", async () => {
    const long = "说明：".padEnd(400, "本年度按照预算批复执行");
    // 600 × 12 cells of 1.2 KB: 8.6 MB, estimated at 0.7 MB.
    const sheet = fillBlock(fakeSheet("情况说明", []), 600, 12, () => long);
    const excel = new FakeExcel({ sheets: [sheet], settings: {} });
    excel.install();
    const snap = await new ExcelWorkbookPort().read();
    expect(excel.refusedPayloads).toBeGreaterThan(0);
    expect(snap.sheets[0].values).toHaveLength(600);
    expect(snap.sheets[0].values.every((row) => row.length === 12 && row.every((v) => v === long))).toBe(true);
    expect(snap.problems).toBeUndefined();
  });

  test("one sheet Excel cannot deliver is a finding naming it; the other sheets are read and checked", async () => {
    const broken = fakeSheet("损坏的表", [["部门整体支出绩效自评表"], ["全年执行数", 98.5]]);
    broken.broken = "GeneralException: 发生内部错误";
    const excel = new FakeExcel({ sheets: [incomeSheet(), broken, fakeSheet("Sheet3", [["备注"]])], settings: {} });
    excel.install();
    const snap = await new ExcelWorkbookPort().read();
    expect(snap.sheets.map((s) => s.name)).toEqual(["收支总表", "Sheet3"]);
    expect(snap.problems).toEqual([
      {
        code: "unreadable-file",
        sheet: "损坏的表",
        message: expect.stringMatching(/^工作表“损坏的表”无法从 Excel 读取（.*发生内部错误.*），已跳过该表，其余工作表照常检查$/),
      },
    ]);
    const { findings } = checkWorkbook(snap);
    const finding = findings.find((f) => f.rule === "structure.read-problems" && f.sheet === "损坏的表");
    expect(finding?.severity).toBe("error");
    // 收支总表 was delivered (its toy header may be reported as not understood, never as unreadable).
    expect(findings.some((f) => f.rule === "structure.read-problems" && /收支总表.*无法从 Excel 读取/.test(f.message))).toBe(false);
  });

  test("more than 512 merged areas: the cells are read, the merges skipped with an info, other sheets keep theirs", async () => {
    const many = fillBlock(fakeSheet("绩效指标", []), 600, 3, (r, c) => (c === 0 ? `指标${r + 1}` : c));
    many.merges = mergedRows(600);
    const excel = new FakeExcel({ sheets: [incomeSheet(), many], settings: {} });
    excel.install();
    const snap = await new ExcelWorkbookPort().read();
    const read = snap.sheets.find((s) => s.name === "绩效指标")!;
    expect(read.values).toHaveLength(600);
    expect(read.merges).toEqual([]);
    expect(snap.sheets.find((s) => s.name === "收支总表")!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(snap.problems).toEqual([{ code: "partial-read", sheet: "绩效指标", message: expect.stringContaining("合并单元格过多（Excel 一次最多提供 512 处）") }]);
    const info = checkWorkbook(snap).findings.find((f) => f.rule === "structure.read-problems" && f.sheet === "绩效指标");
    expect(info?.severity).toBe("info");
  });

  test("512 merged areas exactly are still read", async () => {
    const sheet = fillBlock(fakeSheet("绩效指标", []), 512, 3, (r) => `指标${r + 1}`);
    sheet.merges = mergedRows(512);
    const excel = new FakeExcel({ sheets: [sheet], settings: {} });
    excel.install();
    const snap = await new ExcelWorkbookPort().read();
    expect(snap.sheets[0].merges).toHaveLength(512);
    expect(snap.problems).toBeUndefined();
  });

  test("readWorkbook takes a lower budget: more, smaller requests, the same snapshot", async () => {
    const state: FakeWorkbookState = { sheets: [incomeSheet(), fillBlock(fakeSheet("明细", []), 200, 5, (r, c) => r * 10 + c)], settings: {} };
    const excel = new FakeExcel(state);
    excel.install();
    const capabilities = excelCapabilities();
    const whole = await Excel.run((context) => readWorkbook(context, { capabilities }));
    const before = excel.syncs;
    const small = await Excel.run((context) => readWorkbook(context, { capabilities, payloadBudget: 40 * 5 * BYTES_PER_CELL }));
    expect(excel.syncs - before).toBe(2 + 1 + 5);
    expect(small.snapshot).toEqual(whole.snapshot);
  });
});

describe("Office 2016 volume-licensed: ExcelApi 1.1 only", () => {
  function workbook(): FakeWorkbookState {
    return { sheets: [incomeSheet(), fakeSheet("空白", [])], settings: {} };
  }

  test("the check reads every sheet with 1.1 APIs only and finds what a current Excel finds", async () => {
    const old = new FakeExcel(workbook());
    old.install({ excelApi: "1.1" });
    const oldSnap = await new ExcelWorkbookPort().read();
    const current = new FakeExcel(workbook());
    current.install({ excelApi: "1.17" });
    const newSnap = await new ExcelWorkbookPort().read();
    // No merged areas before 1.13 and no protection flag before 1.2: otherwise the same.
    const strip = (s: typeof oldSnap) => s.sheets.map(({ merges, protected: _p, ...rest }) => rest);
    expect(strip(oldSnap)).toEqual(strip(newSnap));
    expect(oldSnap.sheets.find((s) => s.name === "空白")!.values).toEqual([]);
    expect(checkWorkbook(oldSnap).findings.map((f) => f.rule)).toEqual(checkWorkbook({ ...newSnap, sheets: newSnap.sheets.map((s) => ({ ...s, merges: [] })) }).findings.map((f) => f.rule));
  });

  test("marks are not offered (no conditional formats before 1.6); settings keep to the session; navigation works", async () => {
    const state = workbook();
    const excel = new FakeExcel(state);
    excel.install({ excelApi: "1.1" });
    const port = new ExcelWorkbookPort();
    const snap = await port.read();
    const before = excel.syncs;
    expect(await port.mark(marksFor(checkWorkbook(snap).findings))).toEqual({ marked: 0, protectedSheets: [], unsupported: true });
    expect(await port.clearMarks()).toBe(0);
    expect(excel.syncs).toBe(before);
    expect(await port.loadSettings()).toEqual(defaultSettings());
    const changed = { ...defaultSettings(), outline: "hebei" };
    await port.saveSettings(changed);
    expect(await port.loadSettings()).toEqual(changed);
    expect(state.settings).toEqual({});
    await port.select([{ sheet: "收支总表", cell: "B4" }]);
    expect(excel.selected).toBe("收支总表!B4");
  });

  test("an API newer than the installed set throws ApiNotFound in the fake, so the 1.1 path is really 1.1", async () => {
    const excel = new FakeExcel(workbook());
    excel.install({ excelApi: "1.1" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("收支总表").getUsedRangeOrNullObject(true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("navigation to a finding's cell", () => {
  test("a hidden sheet is said plainly and left hidden", async () => {
    const hidden = fakeSheet("隐藏表", [["合计", 1]], { visibility: "Hidden" });
    const excel = new FakeExcel({ sheets: [incomeSheet(), hidden], settings: {} });
    excel.install();
    const attempt = new ExcelWorkbookPort().select([{ sheet: "隐藏表", cell: "B1" }]);
    await expect(attempt).rejects.toBeInstanceOf(NavigationProblem);
    await expect(attempt).rejects.toMatchObject({ reason: "hidden", sheet: "隐藏表" });
    expect(excel.active).toBeNull();
    expect(hidden.visibility).toBe("Hidden");
  });

  test("a very hidden sheet too", async () => {
    const excel = new FakeExcel({ sheets: [incomeSheet(), fakeSheet("设置", [["x"]], { visibility: "VeryHidden" })], settings: {} });
    excel.install();
    await expect(new ExcelWorkbookPort().select([{ sheet: "设置", cell: "A1" }])).rejects.toMatchObject({ reason: "hidden" });
  });

  test("a sheet deleted or renamed since the check is said plainly", async () => {
    const state: FakeWorkbookState = { sheets: [incomeSheet()], settings: {} };
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    await port.read();
    state.sheets[0].name = "收支总表（改）";
    await expect(port.select([{ sheet: "收支总表", cell: "B4" }])).rejects.toMatchObject({ reason: "missing", sheet: "收支总表", message: "工作表“收支总表”已不存在" });
    expect(excel.selected).toBeNull();
  });

  test("Excel itself refuses to activate a hidden sheet (what the check above spares the user)", async () => {
    const excel = new FakeExcel({ sheets: [fakeSheet("隐藏表", [["x"]], { visibility: "Hidden" })], settings: {} });
    excel.install();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("隐藏表").activate();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("the change signal (worksheets.onChanged, ExcelApi 1.7)", () => {
  test("an edit after the check is signalled; the port's own marks are not; stopping removes the handler", async () => {
    const state: FakeWorkbookState = { sheets: [incomeSheet()], settings: {} };
    const excel = new FakeExcel(state);
    excel.install();
    const port = new ExcelWorkbookPort();
    let changes = 0;
    const stop = await port.onChanged(() => changes++);
    const { findings } = checkWorkbook(await port.read());
    await port.mark(marksFor(findings));
    expect(changes).toBe(0);
    await excel.edit("收支总表", "B4", 1300.6);
    expect(changes).toBe(1);
    await stop();
    expect(excel.changeListeners).toBe(0);
    await excel.edit("收支总表", "B4", 1300.5);
    expect(changes).toBe(1);
  });

  test("before ExcelApi 1.7 there is no signal and nothing is registered", async () => {
    const excel = new FakeExcel({ sheets: [incomeSheet()], settings: {} });
    excel.install({ excelApi: "1.6" });
    let changes = 0;
    const stop = await new ExcelWorkbookPort().onChanged(() => changes++);
    await excel.edit("收支总表", "B4", 1);
    expect(changes).toBe(0);
    expect(excel.changeListeners).toBe(0);
    await stop();
  });
});
