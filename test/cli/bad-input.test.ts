/**
 * Files that are not readable workbooks, through the command line's reader: each gets its own Chinese message
 * (never "错误 0 处", never a library's English), decided before any reader unpacks the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, UnreadableInput } from "../../src/cli/io";
import {
  declaredTotalBomb,
  declaredZipBomb,
  docxRenamedXlsx,
  encryptedWorkbook,
  hiddenZipBomb,
  legacyXls,
  zipWithoutWorkbook,
} from "../fixtures/bad-inputs";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "jx-bad-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function messageFor(name: string, bytes: Buffer): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  try {
    await loadWorkbook(file);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableInput);
    return (e as Error).message;
  }
  throw new Error(`${name} was read as a workbook`);
}

test.each([
  ["a Word document renamed .xlsx", "报告.xlsx", docxRenamedXlsx, /不是 Excel 工作簿（是 Word 文档/],
  ["a zip without xl/workbook.xml", "压缩包.xlsx", zipWithoutWorkbook, /不是 Excel 工作簿/],
  ["a password-protected workbook", "加密.xlsx", async () => encryptedWorkbook(), /文件已加密，请先取消密码/],
  ["an old .xls under an .xlsx name", "旧格式.xlsx", async () => legacyXls(), /请在 Excel\/WPS 中另存为 \.xlsx/],
  ["a part declaring 4 GB unpacked", "炸弹.xlsx", declaredZipBomb, /文件解压后过大，可能不是正常的工作簿/],
  ["parts declaring 1.1 GB together", "炸弹2.xlsx", declaredTotalBomb, /文件解压后过大/],
  ["a part inflating far past its declared 1 KB", "炸弹3.xlsx", hiddenZipBomb, /文件解压后过大/],
])("%s", async (_, name, make, message) => {
  const text = await messageFor(name, await make());
  expect(text).toMatch(message);
  expect(text).toContain(name);
});
