import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { buildPackageBuffer } from "../test/fixtures/build-package";
import { snapshotFromExcelJs } from "../src/xlsx/snapshot";
import { readXlsxSnapshot } from "../src/xlsx/read-xlsx";
import { readPackage } from "../src/core/locate/read-package";

/** Snapshot → model for the example package after warm-up (budget < 20 ms), beside exceljs's load of the same file. */
export async function benchRead(): Promise<string[]> {
  const buffer = await buildPackageBuffer();
  const loadTimes: number[] = [];
  let wb = new ExcelJS.Workbook();
  for (let i = 0; i < 5; i++) {
    wb = new ExcelJS.Workbook();
    const t = performance.now();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    loadTimes.push(performance.now() - t);
  }
  const snapshot = snapshotFromExcelJs(wb, "示例.xlsx");
  // The command line's reader of the same file (exceljs stays its fallback).
  const fastTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await readXlsxSnapshot(buffer, "示例.xlsx");
    fastTimes.push(performance.now() - t);
  }
  for (let i = 0; i < 30; i++) readPackage(snapshot);
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    readPackage(snapshot);
    times.push(performance.now() - t);
  }
  const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  return [
    `示例材料：${snapshot.sheets.length} 个工作表、${cells} 个单元格、${(buffer.length / 1024).toFixed(0)} KB`,
    `快照→模型（预热后，100 次）：中位数 ${median(times).toFixed(2)} ms，最慢 ${Math.max(...times).toFixed(2)} ms（预算 < 20 ms）${median(times) < 20 ? " ✓" : " ✗ 超出预算"}`,
    `对照：exceljs 载入同一文件：中位数 ${median(loadTimes).toFixed(1)} ms；命令行的快速读取（readXlsxSnapshot，至快照）：中位数 ${median(fastTimes).toFixed(1)} ms`,
  ];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
