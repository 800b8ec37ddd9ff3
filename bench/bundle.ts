import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const BUDGET_KB = 300;
const ENTRIES = new Set(["taskpane.js", "index.js", "functions.js"]);
/** The lazily loaded chunks that must stay out of the first load. */
const LAZY = ["exceljs", "docx"];

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Local scripts a built page loads at once (office.js comes from Office's own folder and is not ours). */
function firstLoad(html: string): string[] {
  const page = readFileSync(join(DIST, html), "utf8");
  return [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:|^office-js\//.test(src));
}

/**
 * Gzipped JavaScript of the task pane's first load (task pane + custom functions, one shared runtime page)
 * against the 300 KB budget, the standalone page's, and every lazily loaded chunk with its size.
 */
export async function benchBundle(): Promise<string[]> {
  if (!existsSync(join(DIST, "taskpane.html"))) execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  const lines: string[] = [];
  const pane = firstLoad("taskpane.html");
  const paneTotal = pane.reduce((sum, f) => sum + gz(f), 0);
  lines.push(`任务窗格首屏 JS（gzip）：${kb(paneTotal)}（${pane.map((f) => `${f} ${kb(gz(f))}`).join(" + ")}），预算 < ${BUDGET_KB} KB：${paneTotal < BUDGET_KB * 1024 ? "达标" : "超标"}`);
  const page = firstLoad("index.html");
  lines.push(`离线网页首屏 JS（gzip）：${kb(page.reduce((sum, f) => sum + gz(f), 0))}（${page.join(" + ")}）`);
  const chunks = readdirSync(DIST).filter((f) => f.endsWith(".js") && !ENTRIES.has(f)).sort();
  lines.push("按需加载的分块（gzip）：");
  for (const c of chunks) lines.push(`  ${c}  ${kb(gz(c))}`);
  for (const name of LAZY) {
    const own = chunks.filter((c) => c.startsWith(`${name}.`));
    const inFirstLoad = pane.concat(page).some((f) => f.startsWith(`${name}.`));
    lines.push(`${name}：${own.length === 1 && !inFirstLoad ? `独立分块 ${own[0]}，按需加载` : "未拆分为独立的按需分块"}`);
  }
  return lines;
}
