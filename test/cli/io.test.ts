import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, UnreadableInput } from "../../src/cli/io";
import { readXlsxSnapshot } from "../../src/xlsx/read-xlsx";
import { snapshotFromExcelJs } from "../../src/xlsx/snapshot";

/** loadWorkbook: the fast reader first, exceljs when it refuses, a Chinese message when neither can read. */
describe("loadWorkbook", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "jx-io-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("falls back to exceljs for a file the fast reader refuses (a CDATA section)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表1").getCell("A1").value = "收入合计";
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // A CDATA section after the cell data: exceljs ignores it, the fast reader refuses it.
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", "<extLst><![CDATA[x]]></extLst></worksheet>"));
    const patched = await zip.generateAsync({ type: "nodebuffer" });
    await expect(readXlsxSnapshot(patched, "x")).rejects.toThrow();

    const file = join(dir, "带CDATA.xlsx");
    writeFileSync(file, patched);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(patched as unknown as ArrayBuffer);
    const snapshot = await loadWorkbook(file);
    expect(snapshot).toEqual(snapshotFromExcelJs(loaded, "带CDATA.xlsx"));
    expect(snapshot.sheets[0].values[0][0]).toBe("收入合计");
  });

  it("reports a file neither reader can read in Chinese", async () => {
    const file = join(dir, "坏文件.xlsx");
    writeFileSync(file, "这不是工作簿");
    await expect(loadWorkbook(file)).rejects.toThrow(UnreadableInput);
    await expect(loadWorkbook(file)).rejects.toThrow(/不是有效的 \.xlsx 工作簿/);
  });
});
