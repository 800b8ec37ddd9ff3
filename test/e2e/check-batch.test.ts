/**
 * A batch of packages through `jx check` in one process: spread over worker threads, reported in argument
 * order, with the same findings as checking each file alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePackageBatch } from "../fixtures/build-package";
import { checkFile, checkFiles } from "../../src/cli/check-files";

let dir: string;
const files: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-batch-"));
  files.push(...(await writePackageBatch(dir, 10, (i) => i % 3 === 1)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("ten files: results in argument order, each as if checked alone", async () => {
  const batch = await checkFiles(files);
  expect(batch.map((r) => r.file)).toEqual(files);
  const alone = await checkFile(files[1]);
  if (!alone.ok) throw new Error(alone.message);
  expect(batch[1].findings).toEqual(alone.result.findings);
  batch.forEach((r, i) => {
    const seededError = r.findings.some((f) => f.severity === "error" && f.rule === "final.t09.three-public");
    expect(seededError).toBe(i % 3 === 1);
  });
});

test("an unreadable file among many fails the batch with its Chinese message", async () => {
  const bad = join(dir, "坏文件.xlsx");
  writeFileSync(bad, "not a workbook");
  await expect(checkFiles([...files.slice(0, 8), bad])).rejects.toThrow("不是有效的 .xlsx 工作簿");
});
