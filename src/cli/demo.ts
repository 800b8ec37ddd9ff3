/**
 * `npm run demo`: the main job on the bundled example package — recognise the tables, check the package,
 * write the report skeleton — with every output under out/.
 */
import { mkdirSync, existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { COMMANDS } from "./commands";
import { writeOutputFile } from "./output-file";

const ROOT = resolve(__dirname, "../..");
export const EXAMPLE = join(ROOT, "examples", "示例县医疗保障局-2024年度绩效自评材料.xlsx");
const OUT = join(ROOT, "out");
/** out/ is the demo's own folder: each run replaces what the last one wrote there, never the example itself. */
const DEMO_OUTPUT = { inputs: [EXAMPLE], force: true };

async function capture(name: string, args: string[]): Promise<{ code: number; text: string } | undefined> {
  const command = COMMANDS[name];
  if (!command) return undefined;
  let text = "";
  const code = await command.run(args, (s) => (text += s.endsWith("\n") ? s : s + "\n"));
  return { code, text };
}

async function demo(): Promise<number> {
  if (!existsSync(EXAMPLE)) {
    console.error(`找不到示例材料 ${EXAMPLE}，请先运行 npm run examples`);
    return 2;
  }
  mkdirSync(OUT, { recursive: true });
  console.log(`示例材料：${EXAMPLE}\n`);

  const tables = await capture("tables", [EXAMPLE]);
  const tablesJson = await capture("tables", [EXAMPLE, "--format", "json"]);
  if (tables) console.log(tables.text);
  if (tablesJson) writeOutputFile(join(OUT, "tables.json"), tablesJson.text, DEMO_OUTPUT);

  const check = await capture("check", [EXAMPLE]);
  const checkJson = await capture("check", [EXAMPLE, "--format", "json"]);
  if (check) console.log(check.text);
  if (checkJson) writeOutputFile(join(OUT, "findings.json"), checkJson.text, DEMO_OUTPUT);

  // A directory as -o: the report gets its standard name 《YYYY年度<单位>整体支出绩效自评报告.docx》.
  const report = await capture("report", [EXAMPLE, "-o", OUT, "--force"]);
  if (report) console.log(report.text);

  console.log(`输出目录：${OUT}`);
  for (const f of readdirSync(OUT).sort()) console.log(`  ${join(OUT, f)}`);
  // The demo succeeds when the job ran; findings in the example are the point of the demo, not a failure.
  return [tables, check, report].some((r) => r && r.code === 2) ? 2 : 0;
}

demo().then((code) => {
  process.exitCode = code;
});
