import ExcelJS from "exceljs";
import { ExcelWorkbookPort } from "../src/excel/port";
import { checkWorkbook } from "../src/ui/check";
import { marksFor } from "../src/ui/marks";
import { cellValue } from "../src/xlsx/snapshot";
import { buildPackageBuffer } from "../test/fixtures/build-package";
import { FAKE_PAYLOAD_LIMIT, FakeExcel, fakeSheet, fillBlock, type FakeSheet } from "../test/excel/fake-excel";

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** The example package as Excel would hold it (values and number formats of every sheet). */
async function packageSheets(): Promise<FakeSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildPackageBuffer()) as unknown as ArrayBuffer);
  const sheets: FakeSheet[] = [];
  wb.eachSheet((ws) => {
    const sheet = fakeSheet(ws.name, []);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cellValue(cell.value);
        if (value !== null) sheet.cells[cell.address] = { value, formula: null, numberFormat: cell.numFmt || "General", fill: null, fontColor: null };
      }),
    );
    sheet.merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    sheets.push(sheet);
  });
  return sheets;
}

/**
 * context.sync() round trips of the Excel adapter, counted on the test host (test/excel/fake-excel.ts), which
 * refuses what Excel refuses (responses over 5 MB, more than 512 merged areas). docs/excel-host.md explains them.
 */
export async function benchExcel(): Promise<string[]> {
  const small = new FakeExcel({ sheets: await packageSheets(), settings: {} });
  small.install();
  const port = new ExcelWorkbookPort();
  const snapshot = await port.read();
  const readSyncs = small.syncs;
  await port.mark(marksFor(checkWorkbook(snapshot).findings));
  const markSyncs = small.syncs - readSyncs;

  const label = "一般公共预算财政拨款收入明细科目";
  const big = new FakeExcel({ sheets: [fillBlock(fakeSheet("明细账", []), 4000, 25, (r, c) => (c === 0 ? r + 1 : `${label}${c}`))], settings: {} });
  big.install();
  await new ExcelWorkbookPort().read();
  return [
    `示例材料（${snapshot.sheets.length} 个工作表）：读取 ${readSyncs} 次往返，标记 ${markSyncs} 次往返（预算：读取 3 次、标记 2 次，见 docs/excel-host.md）`,
    `大工作表 4,000 行 × 25 列：读取 ${big.syncs} 次往返，最大一次响应 ${mb(big.largestPayload)}（Excel 网页版上限 ${mb(FAKE_PAYLOAD_LIMIT)}），被拒 ${big.refusedPayloads} 次`,
  ];
}
