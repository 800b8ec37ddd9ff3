/**
 * The offline page's open and download steps in Node (no browser): every file the command line cannot read is
 * refused by the page with the command line's own Chinese message (the same pre-check, before exceljs unpacks
 * anything), anything else that fails says so in Chinese, never a library's text or a URL, and a failed
 * download is a message, not silence.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook } from "../../src/cli/io";
import { BrowserWorkbookPort } from "../../src/browser/port";
import { downloadAnnotated, openPicked, type PickedFile } from "../../src/browser/page-actions";
import { checkWorkbook } from "../../src/ui/check";
import { zhCN as t } from "../../src/ui/strings";
import { MAX_TOTAL_BYTES } from "../../src/xlsx/precheck";
import { packageWithUncalculatedFormulas, UNREADABLE_FILES } from "../fixtures/bad-inputs";
import { buildPackageBuffer } from "../fixtures/build-package";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "jx-page-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function picked(name: string, bytes: Uint8Array, size = bytes.length): PickedFile & { reads: number } {
  const file = {
    name,
    size,
    reads: 0,
    async arrayBuffer() {
      file.reads++;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
  return file;
}

/** What `jx check` says of the same file under the same name. */
async function cliMessage(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return loadWorkbook(file).then(
    () => "read as a workbook",
    (e: Error) => e.message,
  );
}

/** No library text: nothing but the file name, Chinese, and the product names the messages use. */
function plainChinese(message: string, name: string): void {
  expect(message).not.toMatch(/https?:|www\.|Error|undefined|\[object/);
  expect(message.replace(name, "").replace(/Excel|WPS|Word|PowerPoint|\.xlsx|\.xls/g, "")).not.toMatch(/[A-Za-z]{3,}/);
}

test.each(UNREADABLE_FILES)("the page refuses %s with the command line's message", async (_, name, make, expected) => {
  const bytes = await make();
  const opened = await openPicked(new BrowserWorkbookPort(), picked(name, bytes), t);
  expect(opened).toEqual({ error: expect.stringMatching(expected) });
  const { error } = opened as { error: string };
  expect(error).toBe(await cliMessage(name, bytes));
  expect(error).toContain(`“${name}”`);
  plainChinese(error, name);
});

test("a file larger than any workbook unpacks to is refused before it is read into the page", async () => {
  const file = picked("巨大.xlsx", new Uint8Array(16), MAX_TOTAL_BYTES + 1);
  expect(await openPicked(new BrowserWorkbookPort(), file, t)).toEqual({ error: expect.stringContaining("文件解压后过大") });
  expect(file.reads).toBe(0);
});

test("a file the browser fails to hand over is a Chinese message too", async () => {
  const file: PickedFile = { name: "网盘.xlsx", size: 10, arrayBuffer: () => Promise.reject(new DOMException("The requested file could not be read", "NotReadableError")) };
  const opened = await openPicked(new BrowserWorkbookPort(), file, t);
  expect(opened).toEqual({ error: t.openFailed("网盘.xlsx") });
  plainChinese((opened as { error: string }).error, "网盘.xlsx");
});

test("formulas saved without results are reported by the page as by the command line, and nothing is concluded from them", async () => {
  const { bytes, cells } = await packageWithUncalculatedFormulas();
  const port = new BrowserWorkbookPort();
  const opened = await openPicked(port, picked("未计算.xlsx", bytes), t);
  if (!("snapshot" in opened)) throw new Error(opened.error);
  const { findings } = checkWorkbook(opened.snapshot);
  const said = findings.filter((f) => f.rule === "structure.uncalculated");
  expect(said.map((f) => f.cells.map((c) => `${c.sheet}!${c.cell}`))).toEqual([cells.map((c) => `${c.sheet}!${c.cell}`)]);
  expect(said[0].message).toContain("请在 Excel 中重新计算并保存后再检查");
  const unknown = new Set(cells.map((c) => `${c.sheet}!${c.cell}`));
  expect(findings.filter((f) => f !== said[0] && f.cells.some((c) => unknown.has(`${c.sheet}!${c.cell}`)))).toEqual([]);
});

test("a failed download is told, whether making the copy or starting the download failed", async () => {
  // Nothing opened: the copy cannot be made.
  expect(await downloadAnnotated(new BrowserWorkbookPort(), [], () => "blob:x", t)).toEqual({ error: t.downloadFailed });
  const port = new BrowserWorkbookPort();
  const opened = await openPicked(port, picked("材料.xlsx", await buildPackageBuffer()), t);
  expect("snapshot" in opened).toBe(true);
  const refused = () => {
    throw new TypeError("Failed to execute 'createObjectURL' on 'URL'");
  };
  expect(await downloadAnnotated(port, [], refused, t)).toEqual({ error: t.downloadFailed });
  plainChinese(t.downloadFailed, "");
  // And when it works, the copy's name and the URL the download was offered at.
  expect(await downloadAnnotated(port, [], (name) => `blob:${name}`, t)).toEqual({ name: "材料（检查标注）.xlsx", url: "blob:材料（检查标注）.xlsx" });
});
