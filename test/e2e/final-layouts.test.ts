/**
 * 决算 packages in layouts published by provinces other than the national template, written as real .xlsx
 * from the readable example data, read back and checked: every table recognised, every numeric cell read, a
 * seeded mistake caught at the cell that holds it, and no other error.
 */
import ExcelJS from "exceljs";
import { buildPackageSnapshot, buildPackageWorkbook, exampleData, SHANGHAI_FINAL_LAYOUT, SPLIT_CODES_LAYOUT, type PackageData, type SheetLayout } from "../fixtures/build-package";
import { snapshotFromExcelJs } from "../../src/xlsx/snapshot";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { Finding } from "../../src/core/findings/finding";
import type { TableCoverage } from "../../src/core/model/coverage";

async function check(data: PackageData, layout: SheetLayout[]) {
  return analyzeWorkbook(await buildPackageSnapshot(data, layout));
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
const FINAL_NINE = ["final.01", "final.02", "final.03", "final.04", "final.05", "final.06", "final.07", "final.08", "final.09"];

function expectFullCoverage(coverage: TableCoverage[] | undefined): void {
  const unread = (coverage ?? []).flatMap((t) => t.unread.map((u) => `${t.sheet}!${u.cell} ${u.raw}（行：${u.row}；列：${u.column}）`));
  expect(unread).toEqual([]);
  for (const t of coverage ?? []) expect(t.read).toBe(t.total);
}

describe("Shanghai 决算 package (表七 = 三公经费, 表八 = 政府性基金, 表九 = 国有资本经营; no tags, no 栏次)", () => {
  test("every table is recognised by its title, whatever its number, and read in full", async () => {
    const { model, findings } = await check(exampleData(), SHANGHAI_FINAL_LAYOUT);
    expect(model.tables.map((t) => t.kind).sort()).toEqual(FINAL_NINE);
    const where = Object.fromEntries(model.tables.map((t) => [t.kind, t.sheet]));
    expect(where["final.09"]).toBe("表七");
    expect(where["final.07"]).toBe("表八");
    expect(where["final.08"]).toBe("表九");
    expect(model.coverage).toHaveLength(9);
    expectFullCoverage(model.coverage);
    expect(findings.filter((f) => f.rule === "structure.read-coverage")).toEqual([]);
    expect(errors(findings)).toEqual([]);
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  test("表七's 预算数 | 决算数 pairs under each column and its one unlabelled data row are read", async () => {
    const { model } = await check(exampleData(), SHANGHAI_FINAL_LAYOUT);
    const t = model.final.t09!;
    expect(t.printedNumber).toBe("表七");
    expect(t.columns.map((c) => c.key)).toEqual(["total", "abroad", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception"]);
    // Row 4 labels, row 5 the vehicle sub-labels, row 6 the pairs, row 7 the data: 合计 预算数 A7, 决算数 B7.
    expect([t.budget.total.cell, t.budget.total.value?.toFixed(2)]).toEqual(["A7", "12.00"]);
    expect([t.actual.total.cell, t.actual.total.value?.toFixed(2)]).toEqual(["B7", "10.41"]);
    expect([t.actual.reception.cell, t.actual.reception.value?.toFixed(2)]).toEqual(["L7", "2.35"]);
  });

  test("表七 has no 会议费/培训费 columns: said so, calling it 表七, not reported as a figure left blank", async () => {
    const { findings } = await check(exampleData(), SHANGHAI_FINAL_LAYOUT);
    const notes = findings.filter((f) => f.rule === "cross.t06-t09.items");
    expect(notes.map((f) => f.severity)).toEqual(["info", "info"]);
    expect(notes.every((f) => f.type === "not-checked")).toBe(true);
    expect(notes[0].message).toMatch(/^表七（[^）]*三公[^）]*）没有会议费栏，表6 30215 会议费无从比对/);
    expect(notes[1].message).toMatch(/^表七（[^）]*）没有培训费栏/);
    expect(notes.some((f) => /未填列|缺少|未找到/.test(f.message))).toBe(false);
  });

  test("seeded: 表七 决算数 合计 1.00 above its items is one error at that cell, naming 表七; no other error", async () => {
    const data = exampleData();
    data.final.t09.actual.total = "11.41"; // 0.00 + 8.06 + 2.35 = 10.41
    const { findings } = await check(data, SHANGHAI_FINAL_LAYOUT);
    const found = errors(findings);
    expect(found.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["final.t09.three-public", "表七", "B7"]]);
    expect(found[0].message).toContain("表七 决算数·“三公”经费小计应为 10.41");
    expect(found[0]).toMatchObject({ expected: "10.41", actual: "11.41", type: "broken" });
  });
});

describe("表6 with 经济分类 codes split over 类 | 款 under one merged 经济分类科目编码 header", () => {
  test("every group and item is read with its whole code, the table in full, and the package has no error", async () => {
    const data = exampleData();
    const { model, findings } = await check(data, SPLIT_CODES_LAYOUT);
    const t = model.final.t06!;
    expect(t.groups.map((g) => g.code)).toEqual(data.final.t06.groups.map((g) => g.code));
    expect(t.groups.flatMap((g) => g.items.map((i) => i.code))).toEqual(data.final.t06.groups.flatMap((g) => g.items.map((i) => i.code)));
    const first = t.groups[0].items[0];
    // Header rows 4–5, the group 301 on row 6; 类 301 in A7 (a number) and 款 "01" in B7 make the item 30101,
    // labelled at its 类 cell, its amount in D7.
    expect([first.code, first.labelCell, first.amount.cell, first.amount.value?.toFixed(2)]).toEqual(["30101", "A7", "D7", data.final.t06.groups[0].items[0].amount]);
    expect(t.personnelTotal?.value?.toFixed(2)).toBe(data.final.t06.personnelTotal);
    expect(t.publicTotal?.value?.toFixed(2)).toBe(data.final.t06.publicTotal);
    expectFullCoverage(model.coverage);
    expect(errors(findings)).toEqual([]);
  });

  test("seeded: group 301 10.00 above its items is one error at the group's cell, 人员经费合计 its consequence", async () => {
    const data = exampleData();
    const g = data.final.t06.groups[0];
    g.amount = (Number(g.amount) + 10).toFixed(2);
    const { model, findings } = await check(data, SPLIT_CODES_LAYOUT);
    const cell = model.final.t06!.groups[0].amount;
    const found = errors(findings);
    expect(found.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["final.t06.group-items", cell.sheet, cell.cell]]);
    expect(found[0].consequences?.map((c) => c.rule)).toEqual(["final.t06.personnel-public"]);
  });
});

describe("a 决算 table whose title is recognised but whose header is not understood", () => {
  test("is reported as such, naming its sheet and header cells, not as a missing table", async () => {
    // The Shanghai 表七 with its column labels replaced by words no template uses: the title still says what
    // the table is, the 预算数 | 决算数 pairs are there, but no column can be named.
    const wb = buildPackageWorkbook(exampleData(), SHANGHAI_FINAL_LAYOUT);
    const ws = wb.getWorksheet("表七")!;
    for (const [cell, text] of [["A4", "第一栏"], ["C4", "第二栏"], ["E4", "第三栏"], ["E5", "甲"], ["G5", "乙"], ["I5", "丙"], ["K4", "第四栏"]]) ws.getCell(cell).value = text;
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { model, findings } = analyzeWorkbook(snapshotFromExcelJs(reread, "上海-表头改写.xlsx"));
    expect(model.final.t09).toBeNull();
    const problems = findings.filter((f) => f.rule === "structure.read-problems" && f.message.includes("三公"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "warning", sheet: "表七", cell: "A1" });
    expect(problems[0].message).toMatch(/^工作表“表七”识别到公开09表 [^（]*（标题“2024年度财政拨款“三公”经费支出决算表”，A1），但未能读取其表头中的金额列（表头为 A4“第一栏”、C4“第二栏”、E4“第三栏”、K4“第四栏”、E5“甲”/);
    expect(problems[0].message).toContain("A6“预算数”、B6“决算数”");
    expect(problems[0].message).not.toContain("编制单位");
    expect(findings.some((f) => /未找到.*三公/.test(f.message))).toBe(false);
    // The other eight tables are read as before.
    expect(model.tables).toHaveLength(8);
  });
});
