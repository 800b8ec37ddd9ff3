/**
 * A reviewer's folder through `jx check` and `jx tables`: folders as arguments, unreadable files reported as
 * their own entries while the batch goes on, JSON written file by file (and as JSON Lines), a closing summary,
 * the worst exit code, per-command help, a progress bar on stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { checkFiles } from "../../src/cli/check-files";
import { buildPackageBuffer, exampleData } from "../fixtures/build-package";
import { docxRenamedXlsx, encryptedWorkbook } from "../fixtures/bad-inputs";

async function run(argv: string[]) {
  const writes: string[] = [];
  let err = "";
  const code = await main(argv, (s) => writes.push(s), (s) => (err += s + "\n"));
  return { code, out: writes.map((s) => s + "\n").join(""), writes, err };
}

let dir: string;
let clean: string;
let seeded: string;
let docx: string;
let encrypted: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-folder-"));
  const data = exampleData();
  data.final.t09.actual.total = "11.41"; // 表9 合计 ≠ its parts: one error
  mkdirSync(join(dir, "县区", "甲县"), { recursive: true });
  clean = join(dir, "县区", "甲县", "材料-1.xlsx");
  seeded = join(dir, "县区", "材料-2.xlsx");
  docx = join(dir, "县区", "甲县", "报告改名.xlsx");
  encrypted = join(dir, "加密.xlsx");
  writeFileSync(clean, await buildPackageBuffer());
  writeFileSync(seeded, await buildPackageBuffer(data));
  writeFileSync(docx, await docxRenamedXlsx());
  writeFileSync(encrypted, encryptedWorkbook());
  // Not workbooks to check: Excel's lock file of an open workbook, a .xls-named note, a text file.
  writeFileSync(join(dir, "县区", "~$材料-2.xlsx"), "锁定");
  writeFileSync(join(dir, "县区", "说明.txt"), "说明");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a folder is searched recursively for .xlsx files (lock files skipped); the unreadable ones are entries of their own", async () => {
  const { code, out } = await run(["check", dir, "--no-progress"]);
  const files = [...out.matchAll(/^文件：(.+)$/gm)].map((m) => m[1]);
  expect(files).toEqual([encrypted, seeded, docx, clean]);
  expect(out).toContain(`文件：${encrypted}\n无法读取：无法读取“加密.xlsx”：文件已加密，请先取消密码`);
  expect(out).toContain(`文件：${docx}\n无法读取：无法读取“报告改名.xlsx”：不是 Excel 工作簿`);
  expect(out).toMatch(/共 4 个文件：错误 [1-9]\d* 处，警告 \d+ 处；无法读取 2 个\n$/);
  expect(code).toBe(2); // the worst of the batch: unreadable files beat errors found
});

test("exit code is the worst of the batch: 1 for errors when every file was read, 0 when clean", async () => {
  expect((await run(["check", clean, seeded])).code).toBe(1);
  expect((await run(["check", clean])).code).toBe(0);
});

test("--format json is one document written file by file, each unreadable file an entry with its message", async () => {
  const { code, out, writes } = await run(["check", join(dir, "县区"), "--format", "json"]);
  expect(code).toBe(2);
  expect(writes.length).toBeGreaterThanOrEqual(4); // opening, one write per file, closing: never one big string
  const json = JSON.parse(out);
  expect(json.files.map((f: { file: string }) => f.file)).toEqual([seeded, docx, clean]);
  expect(json.files[1]).toEqual({ file: docx, error: expect.stringContaining("不是 Excel 工作簿"), tables: [], findings: [] });
  expect(json.files[0].findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
  expect(json.summary).toEqual(expect.objectContaining({ files: 3, unreadable: 1 }));
});

test("--format jsonl gives one JSON object per line, one line per file", async () => {
  const { out } = await run(["check", clean, encrypted, seeded, "--format", "jsonl"]);
  const lines = out.trimEnd().split("\n");
  expect(lines).toHaveLength(3);
  const objects = lines.map((l) => JSON.parse(l));
  expect(objects.map((o) => o.file)).toEqual([clean, encrypted, seeded]);
  expect(objects[1].error).toContain("文件已加密");
});

test("jx tables goes on past an unreadable file too", async () => {
  const { code, out } = await run(["tables", clean, docx]);
  expect(code).toBe(2);
  expect(out).toContain("识别到 15 张表");
  expect(out).toContain("不是 Excel 工作簿");
});

test("a folder without .xlsx files is a usage error in Chinese", async () => {
  const empty = mkdtempSync(join(tmpdir(), "jx-empty-"));
  const { code, err } = await run(["check", empty]);
  expect(code).toBe(2);
  expect(err).toContain("没有找到 .xlsx 文件");
});

test.each(["check", "tables", "report"])("jx %s --help explains the command in Chinese (exit 0)", async (command) => {
  const { code, out } = await run([command, "--help"]);
  expect(code).toBe(0);
  expect(out).toContain(`用法：jx ${command} 文件.xlsx`);
  expect(out).toContain("退出码");
  expect(out).toContain("-h, --help");
  expect(out).toMatch(/[\u4e00-\u9fff]{4}/);
  expect((await run(["help", command])).out).toBe(out);
});

test("--progress draws a bar on stderr, never on stdout", async () => {
  const write = process.stderr.write;
  let bar = "";
  process.stderr.write = ((chunk: string | Uint8Array) => ((bar += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const { out } = await run(["check", clean, seeded, "--progress"]);
    expect(out).not.toContain("检查进度");
  } finally {
    process.stderr.write = write;
  }
  expect(bar).toContain("检查进度");
  expect(bar).toContain("2/2 个文件");
});

test("the main thread lets the event loop run between files, so workers' outcomes and written output never pile up", async () => {
  // A timer set before the batch must fire while it runs: before, the main thread checked file after file on
  // promises alone, and every worker message and pending write waited in memory until it ran out of files.
  let turned = false;
  setImmediate(() => (turned = true));
  const seen: boolean[] = [];
  await checkFiles([clean, seeded, clean], () => seen.push(turned));
  expect(seen).toEqual([false, true, true]);
});
