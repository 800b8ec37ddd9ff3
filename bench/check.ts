import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildPackageBuffer, buildPackageSnapshot, exampleData } from "../test/fixtures/build-package";
import { analyzeWorkbook } from "../src/core/analyze";
import { checkPackage } from "../src/core/rules/check-package";
import { RULES } from "../src/core/rules/registry";
import { runCheck } from "../src/cli/commands/check";
import { median } from "./read";

const BATCH = 100;

/**
 * The one-click check of the example package after warm-up (budget < 20 ms: read + all rules), and a batch of
 * 100 package files through `jx check` in one process (budget > 50 packages/s on 2 cores).
 */
export async function benchCheck(): Promise<string[]> {
  const snapshot = await buildPackageSnapshot();
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

  // 100 distinct files: the example with one figure varied per file, so no two files are the same bytes.
  const dir = mkdtempSync(join(tmpdir(), "jx-bench-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < BATCH; i++) {
      const data = exampleData();
      data.selfEval.projects[0].goals.actual += `（第 ${i + 1} 份）`;
      const file = join(dir, `材料-${i + 1}.xlsx`);
      writeFileSync(file, await buildPackageBuffer(data));
      files.push(file);
    }
    let bytes = 0;
    const t = performance.now();
    const code = await runCheck([...files, "--format", "json"], (s) => (bytes += s.length));
    const seconds = (performance.now() - t) / 1000;
    const rate = BATCH / seconds;
    const m = median(full);
    return [
      `完整检查（读表 + ${RULES.length} 条规则，预热后 100 次）：中位数 ${m.toFixed(2)} ms，最慢 ${Math.max(...full).toFixed(2)} ms（预算 < 20 ms）${m < 20 ? " ✓" : " ✗ 超出预算"}；其中规则 ${median(rulesOnly).toFixed(2)} ms，发现 ${findings} 条`,
      `批量：jx check ${BATCH} 份材料（同一进程，含 .xlsx 载入）：${seconds.toFixed(2)} s，${rate.toFixed(1)} 份/秒（预算 > 50 份/秒）${rate > 50 ? " ✓" : " ✗ 低于预算"}，退出码 ${code}，JSON ${(bytes / 1024).toFixed(0)} KB`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
