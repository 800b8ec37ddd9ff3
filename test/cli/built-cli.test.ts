/**
 * The built command line (webpack.cli.js → jx.js, jx-check.js …, check-worker.js), run as reviewers run it:
 * a batch run with worker threads (JX_FILES_PER_WORKER=1: ten files would not start one otherwise) from the
 * pre-compiled check-worker.js gives exactly the JSON
 * the sources give — with nothing on stderr, so the workers did start — and the exit codes hold.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writePackageBatch } from "../fixtures/build-package";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");
let dir: string;
let cli: string;
const files: string[] = [];

beforeAll(async () => {
  // Inside the checkout: the build loads exceljs and docx from its node_modules on first use.
  mkdirSync(join(ROOT, "build"), { recursive: true });
  dir = mkdtempSync(join(ROOT, "build", "jx-built-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--config", "webpack.cli.js", "--output-path", join(dir, "cli")], { cwd: ROOT, stdio: "pipe" });
  cli = join(dir, "cli", "jx.js");
  files.push(...(await writePackageBatch(dir, 10, (i) => i === 7)));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a batch of ten through the built jx gives the same JSON as the sources, exit 1 for the seeded error", async () => {
  const built = spawnSync(process.execPath, [cli, "check", ...files, "--format", "json"], { encoding: "utf8", env: { ...process.env, JX_FILES_PER_WORKER: "1" } });
  expect(built.stderr).toBe("");
  expect(built.status).toBe(1);
  let fromSources = "";
  expect(await main(["check", ...files, "--format", "json"], (s) => (fromSources += s))).toBe(1);
  expect(JSON.parse(built.stdout)).toEqual(JSON.parse(fromSources));
  const seeded = JSON.parse(built.stdout).files[7].findings.filter((f: { severity: string }) => f.severity === "error");
  // 表9's own 小计, with the 基础数据表's 三公经费 (which quotes it) folded under it: one wrong figure, one error.
  expect(seeded.map((f: { rule: string }) => f.rule)).toEqual(["final.t09.three-public"]);
  expect(seeded[0].consequences.map((c: { rule: string }) => c.rule)).toEqual(["cross.basedata-t09.three-public"]);
});

test("the built jx reports an unreadable file in Chinese with exit 2", () => {
  const bad = join(dir, "坏文件.xlsx");
  writeFileSync(bad, "not a workbook");
  const run = spawnSync(process.execPath, [cli, "check", bad], { encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stdout).toContain("不是 Excel 工作簿");
});
