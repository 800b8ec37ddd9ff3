import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

/**
 * The browser test runs against the built page. CI builds first (npm run build, then npm test); run alone,
 * the test builds when dist/ is missing or older than the sources.
 */
export function ensureBuilt(): void {
  const built = join(DIST, "index.html");
  const sources = ["src", "assets", "webpack.config.js", "webpack.functions.js", "manifest.xml", "scripts/manifest.js", "scripts/functions-metadata.js", "docs/rules.md"].map((p) => join(ROOT, p)).filter(existsSync);
  // Against the newest file of dist/, not index.html: webpack leaves an output whose content is unchanged
  // unwritten (compareBeforeEmit), so index.html keeps its old time after a rebuild.
  if (existsSync(built) && newest(DIST) >= Math.max(...sources.map(newest))) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** A static file server on the loopback interface only, for dist/. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^[/\\]+/, "");
    const file = join(DIST, path || "index.html");
    if (!file.startsWith(DIST + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
