import { performance } from "node:perf_hooks";
import { buildPackageSnapshot, fullSizeData, FULL_SIZE_LAYOUT } from "../test/fixtures/build-package";
import { readPackage } from "../src/core/locate/read-package";
import { buildReport, allRuns } from "../src/core/report";
import { renderReportDocx } from "../src/word";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Model → report skeleton → .docx bytes for the example package (budget < 300 ms), split by stage. */
export async function benchReport(): Promise<string[]> {
  const model = readPackage(await buildPackageSnapshot());
  const cold = performance.now();
  await renderReportDocx(buildReport(model));
  const first = performance.now() - cold;

  const build: number[] = [];
  const render: number[] = [];
  let size = 0;
  let gaps = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const doc = buildReport(model);
    const t1 = performance.now();
    const bytes = await renderReportDocx(doc);
    const t2 = performance.now();
    build.push(t1 - t0);
    render.push(t2 - t1);
    size = bytes.length;
    gaps = allRuns(doc).filter((r) => r.kind === "placeholder").length;
  }
  const total = build.map((b, i) => b + render[i]);
  const ok = (ms: number) => (ms < 300 ? " ✓" : " ✗ 超出预算");

  // 100 reports of a full-size package (10 项目自评表) in one process, as a batch run makes them: the time per
  // report, and whether it drifts as the process warms up or its heap grows.
  const full = readPackage(await buildPackageSnapshot(fullSizeData(), FULL_SIZE_LAYOUT));
  // CPU time too: on a shared machine the wall clock counts other processes' turns.
  const perReport: number[] = [];
  const perReportCpu: number[] = [];
  let fullSize = 0;
  const batchStart = performance.now();
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    fullSize = (await renderReportDocx(buildReport(full))).length;
    const c = process.cpuUsage(c0);
    perReport.push(performance.now() - t0);
    perReportCpu.push((c.user + c.system) / 1000);
  }
  const batch = performance.now() - batchStart;
  const sorted = [...perReport].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  const firstTen = median(perReport.slice(0, 10));
  const lastTen = median(perReport.slice(-10));
  return [
    `示例材料报告：${(size / 1024).toFixed(0)} KB，待填写 ${gaps} 处，附表 ${model.projects.length + 2} 张`,
    `生成报告（模型→.docx，预热后 20 次）：中位数 ${median(total).toFixed(1)} ms，最慢 ${Math.max(...total).toFixed(1)} ms（预算 < 300 ms）${ok(median(total))}`,
    `  其中 提纲填数 ${median(build).toFixed(2)} ms，docx 排版打包 ${median(render).toFixed(1)} ms`,
    `首次生成（含加载）：${first.toFixed(1)} ms${ok(first)}`,
    `满规模材料（${full.projects.length} 张项目表，${(fullSize / 1024).toFixed(0)} KB）一个进程连续生成 100 份：共 ${(batch / 1000).toFixed(1)} s，` +
      `每份中位数 ${median(perReport).toFixed(1)} ms，P95 ${p95.toFixed(1)} ms，最慢 ${sorted[sorted.length - 1].toFixed(1)} ms（预算 < 300 ms）${ok(median(perReport))}`,
    `  前 10 份中位数 ${firstTen.toFixed(1)} ms，后 10 份中位数 ${lastTen.toFixed(1)} ms；每份 CPU 时间中位数 ${median(perReportCpu).toFixed(1)} ms`,
  ];
}
