import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BrowserWorkbookPort } from "../../src/browser/port";
import { isOwnSheet, RESULT_SHEET, SETTINGS_SHEET } from "../../src/ui/own-sheets";
import { checkWorkbook } from "../../src/ui/check";
import { findingKey } from "../../src/ui/finding";
import { MARK_STYLE, marksFor } from "../../src/ui/marks";
import { ROOT } from "./serve-dist";

/** The page's port in Node: open → check → mark → annotated copy → reopen the copy → clear. */
const EXAMPLE = join(ROOT, "examples", "示例县医疗保障局-2024年度绩效自评材料.xlsx");
const bytes = (buf: Buffer | Uint8Array) => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;

async function load(data: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes(data));
  return wb;
}

/** Cells of the user's sheets filled with a mark colour (the copy marks by cell format, with a 批注 saying why). */
const MARK_FILLS = new Set([MARK_STYLE.error.fill, MARK_STYLE.warning.fill].map((hex) => `FF${hex.slice(1)}`));
function markedCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) => {
    if (isOwnSheet(ws.name)) return;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill as { pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.pattern === "solid" && MARK_FILLS.has(fill.fgColor?.argb ?? "")) out.push(`${ws.name}!${cell.address}`);
      }),
    );
  });
  return out.sort();
}

test("an annotated copy carries marks, results and suppressions; reopened, it is checked the same and its marks clear", async () => {
  const port = new BrowserWorkbookPort();
  await port.open("示例.xlsx", bytes(readFileSync(EXAMPLE)));
  const { findings } = checkWorkbook(await port.read());
  expect(findings.length).toBeGreaterThan(0);
  const ignored = findings[0];
  const settings = { ...(await port.loadSettings()), suppressed: [{ key: findingKey(ignored), rule: ignored.rule, title: ignored.title, reason: "已核实", at: "2025-03-01" }] };
  await port.saveSettings(settings);
  const suppressed = (f: typeof ignored) => findingKey(f) === findingKey(ignored);
  const result = await port.mark(marksFor(findings, suppressed));
  expect(result.protectedSheets).toEqual([]);

  const copy = await port.annotatedCopy(findings);
  expect(copy.name).toBe("示例（检查标注）.xlsx");
  const wb = await load(copy.data);
  expect(markedCells(wb)).toEqual(marksFor(findings, suppressed).map((m) => `${m.sheet}!${m.cell}`).sort());
  expect(wb.getWorksheet(RESULT_SHEET)?.rowCount).toBe(findings.length + 1);
  expect(wb.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");

  // Reopened: the product's own sheets are not read as tables, the check is the same, the suppression is back.
  const again = new BrowserWorkbookPort();
  await again.open(copy.name, bytes(copy.data));
  const snapshot = await again.read();
  expect(snapshot.sheets.map((s) => s.name)).not.toContain(RESULT_SHEET);
  expect(snapshot.sheets.map((s) => s.name)).not.toContain(SETTINGS_SHEET);
  expect(checkWorkbook(snapshot).findings).toEqual(findings);
  expect(await again.loadSettings()).toEqual(settings);

  // 清除标记 on the reopened copy removes every mark it carries, and the next copy has none.
  expect(await again.clearMarks()).toBe(markedCells(wb).length);
  expect(markedCells(await load((await again.annotatedCopy(findings)).data))).toEqual([]);
});

test("a protected sheet is left unmarked and reported", async () => {
  const wb = await load(readFileSync(EXAMPLE));
  const port = new BrowserWorkbookPort();
  await port.open("示例.xlsx", bytes(readFileSync(EXAMPLE)));
  const { findings } = checkWorkbook(await port.read());
  const sheet = findings.find((f) => f.sheet)!.sheet!;
  await wb.getWorksheet(sheet)!.protect("", {});
  const locked = new BrowserWorkbookPort();
  await locked.open("锁定.xlsx", bytes(new Uint8Array(await wb.xlsx.writeBuffer())));
  const marks = marksFor(findings);
  const result = await locked.mark(marks);
  expect(result.protectedSheets).toEqual([sheet]);
  expect(result.marked).toBe(marks.filter((m) => m.sheet !== sheet).length);
  const copy = await load((await locked.annotatedCopy(findings)).data);
  expect(markedCells(copy).filter((c) => c.startsWith(`${sheet}!`))).toEqual([]);
});
