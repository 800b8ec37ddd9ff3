import { chromium } from "playwright-core";
import { BROWSER_ARGS, findBrowser, type Browser } from "./find-browser";

/** The browser tests run on a fresh machine: $CHROME_PATH, else a system browser, else the npm-installed one. */
describe("findBrowser", () => {
  const packaged = async (): Promise<Browser> => ({ executablePath: "/tmp/chromium", args: ["--single-process", ...BROWSER_ARGS], source: "@sparticuz/chromium" });
  const none = () => false;

  test("$CHROME_PATH wins, and a wrong one is an error naming it", async () => {
    expect(await findBrowser({ CHROME_PATH: "/opt/chrome/chrome" }, (p) => p === "/opt/chrome/chrome", packaged)).toMatchObject({ executablePath: "/opt/chrome/chrome", source: "CHROME_PATH" });
    await expect(findBrowser({ CHROME_PATH: "/nowhere/chrome" }, none, packaged)).rejects.toThrow("CHROME_PATH=/nowhere/chrome");
  });

  test("a system browser next, in order: Debian's chromium before Chrome", async () => {
    const found = await findBrowser({}, (p) => p === "/usr/bin/google-chrome" || p === "/usr/bin/chromium", packaged);
    expect(found).toMatchObject({ executablePath: "/usr/bin/chromium", source: "system" });
    expect(found.args).toContain("--headless");
  });

  test("no system browser: the Chromium installed by npm ci", async () => {
    expect(await findBrowser({}, none, packaged)).toMatchObject({ executablePath: "/tmp/chromium", source: "@sparticuz/chromium" });
    await expect(
      findBrowser({}, none, async () => {
        throw new Error("Cannot find module '@sparticuz/chromium'");
      }),
    ).rejects.toThrow(/npm ci/);
  });

  test("the fallback is real: with no system browser, the Chromium from npm ci launches here and renders Chinese", async () => {
    // No $CHROME_PATH and no system path exists: exactly what a fresh machine sees.
    const found = await findBrowser({}, none);
    expect(found.source).toBe("@sparticuz/chromium");
    const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
    try {
      const page = await browser.newPage();
      await page.setContent("<h1>绩效自评检查</h1>");
      expect(await page.textContent("h1")).toBe("绩效自评检查");
      expect((await page.screenshot()).length).toBeGreaterThan(1000);
    } finally {
      await browser.close();
    }
  }, 120_000);

  test("this machine has one", async () => {
    const found = await findBrowser();
    expect(found.executablePath).toBeTruthy();
  });
});
