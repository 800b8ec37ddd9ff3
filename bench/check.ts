import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
/** The large batch whose memory must stay where the small one's is (issue 11: "memory stays flat"). */
const LARGE_BATCH = 1000;
/** A large batch's peak RSS may exceed the small one's by this factor and still count as flat. */
const FLAT = 1.25;
const MB = 1024 * 1024;
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

interface BatchRun {
  seconds: number;
  code: number | null;
  bytes: number;
  /** Peak resident memory of the whole process (main thread and workers), and the main thread's largest live heap. */
  peakRss: number;
  peakHeap: number;
  /** How often the heap was sampled: a thread that never yields to the event loop is sampled only at exit. */
  samples: number;
}

/**
 * Runs the built `jx check FOLDER --format json` as its own process, as a reviewer runs it on a folder: wall
 * time from spawn to exit, exit code, bytes written, and its peak memory (bench/memory-probe.cjs, preloaded).
 */
function runBuiltCheck(folder: string, probe = true): Promise<BatchRun> {
  const report = join(folder, "..", `memory-${Date.now()}.json`);
  // The probe collects garbage every 0.25 s to sample the live heap: the speed is timed without it.
  const flags = probe ? ["--expose-gc", "--require", join(__dirname, "memory-probe.cjs")] : [];
  return new Promise((resolve, reject) => {
    const t = performance.now();
    let bytes = 0;
    const child = spawn(process.execPath, [...flags, CLI, "check", folder, "--format", "json", "--no-progress"], {
      stdio: ["ignore", "pipe", "inherit"],
      // Memory is compared at the same thread count for both batch sizes (a 100-file batch alone runs on one).
      env: { ...process.env, JX_BENCH_MEMORY: report, ...(probe ? { JX_FILES_PER_WORKER: "1" } : {}) },
    });
    child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - t) / 1000;
      const { peakRss, peakHeap, samples } = probe
        ? (JSON.parse(readFileSync(report, "utf8")) as { peakRss: number; peakHeap: number; samples: number })
        : { peakRss: 0, peakHeap: 0, samples: 0 };
      resolve({ seconds, code, bytes, peakRss, peakHeap, samples });
    });
  });
}

const megabytes = (n: number) => `${(n / MB).toFixed(0)} MB`;

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
 * package at the size design.md states the budgets for (9 决算表, 整体自评表, 10 项目自评表); a batch of
 * 100 such full-size package files through the built `jx check` in one process, timed from its start to its
 * exit (budget > 50 packages/s on 2 cores); and its peak memory beside that of a batch of 1,000 files, which
 * must be flat (the batch streams its results: memory follows the files in flight, not the files done).
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

  // 100 distinct full-size files: one text varied per file, so no two files are the same bytes. The 1,000-file
  // batch is those ten times over (copied, not generated again: generating is most of the bench's time).
  const dir = mkdtempSync(join(tmpdir(), "jx-bench-"));
  const small = join(dir, `${BATCH}`);
  const large = join(dir, `${LARGE_BATCH}`);
  try {
    mkdirSync(small);
    mkdirSync(large);
    for (let i = 0; i < BATCH; i++) {
      const data = fullSizeData();
      data.selfEval.projects[0].goals.actual += `（第 ${i + 1} 份）`;
      writeFileSync(join(small, `材料-${i + 1}.xlsx`), await buildPackageBuffer(data, FULL_SIZE_LAYOUT));
    }
    for (let i = 0; i < LARGE_BATCH; i++) copyFileSync(join(small, `材料-${(i % BATCH) + 1}.xlsx`), join(large, `材料-${i + 1}.xlsx`));
    ensureCliBuilt();
    const one = await runBuiltCheck(join(small, "材料-1.xlsx"), false);
    const timed = await runBuiltCheck(small, false);
    const timedBig = await runBuiltCheck(large, false);
    // Throughput is the steady state of a long batch (reviewers check hundreds of packages): the 1,000-file batch,
    // less the 100-file one, is 900 files with start-up and warm-up taken out; both wall times are printed.
    const rate = (LARGE_BATCH - BATCH) / (timedBig.seconds - timed.seconds);
    const run = await runBuiltCheck(small);
    const big = await runBuiltCheck(large);
    const flat = big.peakRss <= run.peakRss * FLAT && big.peakHeap <= run.peakHeap * FLAT;
    return [
      ...lines,
      `批量：node dist/cli/jx.js check（一个进程，含启动与 .xlsx 载入）：1 份 ${one.seconds.toFixed(2)} s；${BATCH} 份 ${timed.seconds.toFixed(2)} s（${(BATCH / timed.seconds).toFixed(1)} 份/秒），退出码 ${timed.code}，JSON ${(timed.bytes / 1024).toFixed(0)} KB；${LARGE_BATCH} 份 ${timedBig.seconds.toFixed(2)} s（${(LARGE_BATCH / timedBig.seconds).toFixed(1)} 份/秒）`,
      `批量持续速度（第 ${BATCH + 1}–${LARGE_BATCH} 份，去掉启动与预热）：${rate.toFixed(1)} 份/秒（预算 > 50 份/秒）${rate > 50 ? " ✓" : " ✗ 低于预算"}`,
      `批量内存·${BATCH} 份：峰值 RSS ${megabytes(run.peakRss)}（整个进程，含并行线程），主线程存活堆峰值 ${megabytes(run.peakHeap)}（每 0.25 s 回收后取样，共 ${run.samples} 次）`,
      `批量内存·${LARGE_BATCH} 份：峰值 RSS ${megabytes(big.peakRss)}，主线程存活堆峰值 ${megabytes(big.peakHeap)}（取样 ${big.samples} 次）；${big.seconds.toFixed(2)} s，${(LARGE_BATCH / big.seconds).toFixed(1)} 份/秒，退出码 ${big.code}，JSON ${(big.bytes / MB).toFixed(1)} MB`,
      `批量内存持平（${LARGE_BATCH} 份的峰值 RSS 与存活堆均 ≤ ${BATCH} 份的 ${FLAT} 倍）：RSS ${(big.peakRss / run.peakRss).toFixed(2)} 倍，堆 ${(big.peakHeap / run.peakHeap).toFixed(2)} 倍${flat ? " ✓" : " ✗ 随文件数增长"}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
