import { performance } from "node:perf_hooks";
import { EXECRATE } from "../src/functions/execrate";

const BUDGET_PER_SECOND = 1_000_000;

/** 1,000 pairs of 执行数/预算数 with 2 decimals in 万元, as the 自评表 holds them. */
function pairs(): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < 1000; i++) {
    const budgetCents = 10000 + ((i * 7919) % 9000000);
    const executionCents = Math.round((budgetCents * (50 + (i % 60))) / 100);
    out.push([executionCents / 100, budgetCents / 100]);
  }
  return out;
}

/** Evaluations per second of fn over the pairs: best of 5 rounds after a warm-up. */
function perSecond(data: [number, number][], rounds: number, fn: (a: number, b: number) => unknown): { rate: number; sink: number } {
  let sink = 0;
  const round = () => {
    const t = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < data.length; i++) {
        // Use every result, so the compiler cannot drop the work.
        const r = fn(data[i][0], data[i][1]);
        sink += typeof r === "number" ? r : 1;
      }
    }
    return (rounds * data.length) / ((performance.now() - t) / 1000);
  };
  round();
  let best = 0;
  for (let i = 0; i < 5; i++) best = Math.max(best, round());
  return { rate: best, sink };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** EXECRATE evaluations per second in Node (budget > 1,000,000/s) beside plain division, and the ratio. */
export async function benchFunctions(): Promise<string[]> {
  const data = pairs();
  // As Excel calls it (fn.apply(null, parameterValues)): each cell a 1×1 matrix, the omitted 小数位 null.
  const execRate = perSecond(data, 1000, (a, b) => EXECRATE([[a]], [[b]], null as never));
  const division = perSecond(data, 1000, (a, b) => a / b);
  const rounded = perSecond(data, 50, (a, b) => EXECRATE([[a]], [[b]], [[2]]));
  const column = data.slice(0, 100);
  const executions = column.map(([a]) => [a]);
  const budgets = column.map(([, b]) => [b]);
  const range = perSecond([[0, 0]], 5000, () => EXECRATE(executions, budgets, null as never));
  return [
    `EXECRATE(执行数, 预算数)（按 Excel 的调用方式：1×1 区域）：${fmt(execRate.rate)} 次/秒（预算 > ${fmt(BUDGET_PER_SECOND)} 次/秒）${execRate.rate > BUDGET_PER_SECOND ? " ✓" : " ✗ 未达预算"}`,
    `对照：纯除法 a / b：${fmt(division.rate)} 次/秒；EXECRATE 耗时为纯除法的 ${(division.rate / execRate.rate).toFixed(1)} 倍`,
    `EXECRATE(执行数, 预算数, 2)（decimal.js 四舍五入）：${fmt(rounded.rate)} 次/秒`,
    `区域形式 EXECRATE(A1:A100, B1:B100)：${fmt(range.rate * 100)} 个单元格/秒`,
  ];
}
