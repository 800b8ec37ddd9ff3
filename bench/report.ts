import { performance } from "node:perf_hooks";
import { buildPackageSnapshot } from "../test/fixtures/build-package";
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
  return [
    `示例材料报告：${(size / 1024).toFixed(0)} KB，待填写 ${gaps} 处，附表 ${model.projects.length + 2} 张`,
    `生成报告（模型→.docx，预热后 20 次）：中位数 ${median(total).toFixed(1)} ms，最慢 ${Math.max(...total).toFixed(1)} ms（预算 < 300 ms）${ok(median(total))}`,
    `  其中 提纲填数 ${median(build).toFixed(2)} ms，docx 排版打包 ${median(render).toFixed(1)} ms`,
    `首次生成（含加载）：${first.toFixed(1)} ms${ok(first)}`,
  ];
}
