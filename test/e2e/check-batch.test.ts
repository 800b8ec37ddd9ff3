/**
 * A batch of packages through `jx check` in one process: spread over worker threads, reported in argument
 * order, with the same findings as checking each file alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePackageBatch } from "../fixtures/build-package";
import { checkFile, checkFiles, type FileCheck, type Outcome } from "../../src/cli/check-files";

async function collect(paths: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await checkFiles(paths, (o, i) => {
    expect(i).toBe(outcomes.length);
    outcomes.push(o);
  });
  return outcomes;
}

let dir: string;
const files: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-batch-"));
  files.push(...(await writePackageBatch(dir, 10, (i) => i % 3 === 1)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("ten files: results in argument order, each as if checked alone", async () => {
  const batch = (await collect(files)).map((o) => (o.ok ? o.result : ({} as FileCheck)));
  expect(batch.map((r) => r.file)).toEqual(files);
  const alone = await checkFile(files[1]);
  if (!alone.ok) throw new Error(alone.message);
  expect(batch[1].findings).toEqual(alone.result.findings);
  batch.forEach((r, i) => {
    const seededError = r.findings.some((f) => f.severity === "error" && f.rule === "final.t09.three-public");
    expect(seededError).toBe(i % 3 === 1);
  });
});

test("an unreadable file among many is its own entry with its Chinese message; the others are checked", async () => {
  const bad = join(dir, "坏文件.xlsx");
  writeFileSync(bad, "not a workbook");
  const outcomes = await collect([...files.slice(0, 4), bad, ...files.slice(4, 8)]);
  expect(outcomes).toHaveLength(9);
  expect(outcomes[4]).toEqual({ ok: false, file: bad, unreadable: true, message: expect.stringContaining("不是 Excel 工作簿") });
  expect(outcomes.filter((o) => o.ok).map((o) => (o.ok ? o.result.file : ""))).toEqual(files.slice(0, 8));
});
