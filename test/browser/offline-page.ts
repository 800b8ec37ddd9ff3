import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { ensureBuilt, serveDist } from "./serve-dist";
import { findBrowser } from "./find-browser";

/** A Chromium with the built page served on the loopback interface; every request elsewhere is refused and listed. */
export interface OfflinePage {
  context: BrowserContext;
  origin: string;
  /** URLs the page tried to reach off the loopback server (the test expects none). */
  offsite: string[];
  close(): Promise<void>;
}

/** Builds dist/ if needed, serves it, and starts a headless Chromium (zh-CN) in a fresh profile. */
export async function openOfflinePage(viewport = { width: 1100, height: 1400 }): Promise<OfflinePage> {
  ensureBuilt();
  const server = await serveDist();
  const profile = mkdtempSync(join(tmpdir(), "jx-chromium-"));
  const browser = await findBrowser();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    headless: true,
    acceptDownloads: true,
    locale: "zh-CN",
    viewport,
    args: browser.args,
  });
  const offsite: string[] = [];
  const local = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith("blob:") || url.startsWith("data:");
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (local(url)) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  // Generous waits: CI machines run the whole suite (and maybe the build) at once.
  context.setDefaultTimeout(120_000);
  return {
    context,
    origin: server.origin,
    offsite,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
