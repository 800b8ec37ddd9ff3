import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildPackageBuffer, buildPackageSnapshot, FULL_SIZE_LAYOUT, FULL_SIZE_PROJECTS, fullSizeData } from "../test/fixtures/build-package";
import type { WorkbookSnapshot } from "../src/core/sheet/snapshot";
import { analyzeWorkbook } from "../src/core/analyze";
import { checkPackage } from "../src/core/rules/check-package";
import { RULES } from "../src/core/rules/registry";
import { median } from "./read";

const BATCH = 100;
const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "dist/cli/jx.js");

/** The newest modification time of any file under a folder. */
function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

/** Builds dist/cli (webpack.cli.js) unless it is newer than every source file. */
function ensureCliBuilt(): void {
  const built = existsSync(CLI) ? statSync(CLI).mtimeMs : 0;
  if (built > Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "webpack.cli.js")).mtimeMs)) return;
  execFileSync("npx", ["webpack", "--config", "webpack.cli.js"], { cwd: ROOT, stdio: "ignore" });
}

/** Runs the built `jx check … --format json` as its own process: wall time from spawn to exit, exit code, bytes written. */
function runBuiltCheck(files: string[]): Promise<{ seconds: number; code: number | null; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    let bytes = 0;
    const child = spawn(process.execPath, [CLI, "check", ...files, "--format", "json"], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
    child.on("error", reject);
    child.on("close", (code) => resolve({ seconds: (performance.now() - t) / 1000, code, bytes }));
  });
}

/** Median and slowest one-click check (read + all rules) of a snapshot after warm-up, and the rules' share. */
function timeCheck(snapshot: WorkbookSnapshot): { full: number[]; rules: number; findings: number } {
  for (let i = 0; i < 30; i++) analyzeWorkbook(snapshot);
  const full: number[] = [];
  const rulesOnly: number[] = [];
  let findings = 0;
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    const { model, findings: f } = analyzeWorkbook(snapshot);
    const t1 = performance.now();
    checkPackage(model);
    const t2 = performance.now();
    full.push(t1 - t0);
    rulesOnly.push(t2 - t1);
    findings = f.length;
  }
  return { full, rules: median(rulesOnly), findings };
}

/**
 * The one-click check after warm-up (budget < 20 ms: read + all rules), of the bundled example and of a
 * package at the size design.md states the budgets for (9 决算表, 整体自评表, 10 项目自评表); and a batch of
 * 100 such full-size package files through the built `jx check` in one process, timed from its start to its
 * exit (budget > 50 packages/s on 2 cores).
 */
export async function benchCheck(): Promise<string[]> {
  const lines: string[] = [];
  for (const [label, snapshot] of [
    ["示例材料", await buildPackageSnapshot()],
    [`完整规模材料（${FULL_SIZE_PROJECTS} 张项目表）`, await buildPackageSnapshot(fullSizeData(), FULL_SIZE_LAYOUT)],
  ] as const) {
    const { full, rules, findings } = timeCheck(snapshot);
    const m = median(full);
    lines.push(
      `完整检查·${label}（读表 + ${RULES.length} 条规则，预热后 100 次）：中位数 ${m.toFixed(2)} ms，最慢 ${Math.max(...full).toFixed(2)} ms（预算 < 20 ms）${m < 20 ? " ✓" : " ✗ 超出预算"}；其中规则 ${rules.toFixed(2)} ms，发现 ${findings} 条`,
    );
  }

  // 100 distinct full-size files: one text varied per file, so no two files are the same bytes.
  const dir = mkdtempSync(join(tmpdir(), "jx-bench-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < BATCH; i++) {
      const data = fullSizeData();
      data.selfEval.projects[0].goals.actual += `（第 ${i + 1} 份）`;
      const file = join(dir, `材料-${i + 1}.xlsx`);
      writeFileSync(file, await buildPackageBuffer(data, FULL_SIZE_LAYOUT));
      files.push(file);
    }
    ensureCliBuilt();
    const { seconds, code, bytes } = await runBuiltCheck(files);
    const rate = BATCH / seconds;
    return [
      ...lines,
      `批量：node dist/cli/jx.js check ${BATCH} 份完整规模材料（一个进程，含启动与 .xlsx 载入）：${seconds.toFixed(2)} s，${rate.toFixed(1)} 份/秒（预算 > 50 份/秒）${rate > 50 ? " ✓" : " ✗ 低于预算"}，退出码 ${code}，JSON ${(bytes / 1024).toFixed(0)} KB`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
