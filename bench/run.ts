/**
 * `npm run bench`: speed and size against the budgets of design.md, printed — never asserted in tests.
 * Each part lives beside the code it measures and returns the lines it prints.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

type Part = { title: string; module: string; fn: string };

const PARTS: Part[] = [
  { title: "读表（快照 → 模型）", module: "./read", fn: "benchRead" },
  { title: "一键检查", module: "./check", fn: "benchCheck" },
  { title: "自定义函数", module: "./functions", fn: "benchFunctions" },
  { title: "Excel 往返次数（测试宿主）", module: "./excel", fn: "benchExcel" },
  { title: "自评报告", module: "./report", fn: "benchReport" },
  { title: "任务窗格首屏体积", module: "./bundle", fn: "benchBundle" },
];

async function main() {
  for (const part of PARTS) {
    console.log(`\n## ${part.title}`);
    if (!existsSync(join(__dirname, `${part.module}.ts`))) {
      console.log("  （未提供）");
      continue;
    }
    // Under tsx a dynamic import of a CommonJS-compiled module puts its exports on `default`.
    const mod = (await import(part.module)) as Record<string, unknown> & { default?: Record<string, unknown> };
    const fn = (mod[part.fn] ?? mod.default?.[part.fn]) as () => Promise<string[]>;
    for (const line of await fn()) console.log(`  ${line}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
