import { existsSync } from "node:fs";

/**
 * Which Chromium the browser tests drive. In order: $CHROME_PATH (a CI or a developer's choice), a browser
 * the system has (Debian's chromium, Chrome, Edge), else the headless Chromium that `npm ci` installed with
 * @sparticuz/chromium (its binary ships inside the npm package), so a fresh machine runs the tests as is.
 */

/** Flags for a quiet, offline, headless run (design.md, "Testing without Excel"). */
export const BROWSER_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

export interface Browser {
  executablePath: string;
  args: string[];
  /** Where it was found, for the test log. */
  source: "CHROME_PATH" | "system" | "@sparticuz/chromium";
}

/** The npm-installed Chromium: unpacked to the temp folder on first use. */
async function packagedChromium(): Promise<Browser> {
  // A variable module name: the package is a devDependency of the tests only, never resolved by the app's build.
  const name = "@sparticuz/chromium";
  const mod = (await import(name)) as { default?: PackagedChromium } & PackagedChromium;
  const chromium = mod.default ?? mod;
  const executablePath = await chromium.executablePath();
  return { executablePath, args: [...new Set([...chromium.args, ...BROWSER_ARGS])], source: "@sparticuz/chromium" };
}
interface PackagedChromium {
  executablePath(): Promise<string>;
  args: string[];
}

export async function findBrowser(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  packaged: () => Promise<Browser> = packagedChromium,
): Promise<Browser> {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    if (!exists(chosen)) throw new Error(`CHROME_PATH=${chosen} does not exist`);
    return { executablePath: chosen, args: BROWSER_ARGS, source: "CHROME_PATH" };
  }
  const system = SYSTEM_BROWSERS.find(exists);
  if (system) return { executablePath: system, args: BROWSER_ARGS, source: "system" };
  try {
    return await packaged();
  } catch (e) {
    throw new Error(`no browser for the tests: set CHROME_PATH, install chromium, or run npm ci (@sparticuz/chromium): ${e instanceof Error ? e.message : String(e)}`);
  }
}
