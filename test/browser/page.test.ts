import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { MARK_STYLE } from "../../src/ui/marks";
import { DIST, ROOT, ensureBuilt, serveDist } from "./serve-dist";

/**
 * The standalone page in Debian's Chromium, against the built dist/index.html: open the example package,
 * 一键检查, follow a finding to its cell, ignore one with a reason, download the annotated copy and read it
 * back with exceljs. Every request is routed: anything not on the loopback server fails the test.
 */
const EXAMPLE = join(ROOT, "examples", "示例县医疗保障局-2024年度绩效自评材料.xlsx");
const OUTPUT = join(ROOT, "test-output");
const REASON = "口径差异：基础数据表含项目公用经费，已与财政局确认";

jest.setTimeout(600_000);

let context: BrowserContext;
let page: Page;
let server: { origin: string; close: () => Promise<void> };
let profile: string;
const offsite: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  server = await serveDist();
  profile = mkdtempSync(join(tmpdir(), "jx-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    acceptDownloads: true,
    locale: "zh-CN",
    viewport: { width: 1100, height: 1400 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  // Generous waits: CI machines run the whole suite (and maybe the build) at once.
  context.setDefaultTimeout(120_000);
  page = context.pages()[0] ?? (await context.newPage());
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:")) offsite.push(url);
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("open the example, check, locate, ignore, download the annotated copy — all offline", async () => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/index.html`);
  await expect(page.getByRole("heading", { name: "绩效自评检查" })).toBeTruthy();
  const check = page.getByRole("button", { name: "一键检查" });
  expect(await check.isDisabled()).toBe(true);

  // Open the example through the file picker.
  await page.locator('[data-testid="file-input"]').setInputFiles(EXAMPLE);
  await page.getByText("已打开：示例县医疗保障局-2024年度绩效自评材料.xlsx").waitFor();

  await check.click();
  await page.locator('[data-testid="findings"]').waitFor();
  await page.getByText("检查完成").waitFor();

  // The summary names the tables found and counts findings by severity.
  const recognised = await page.locator('[data-testid="recognised"] li').allTextContents();
  expect(recognised.length).toBeGreaterThanOrEqual(11);
  expect(recognised.some((t) => t.startsWith("公开01表 收入支出决算总表"))).toBe(true);
  // 识别情况 shows each table's read coverage: the example is read in full.
  const coverage = await page.locator('[data-testid="coverage"]').allTextContents();
  expect(coverage.some((t) => /读取 \d+\/\d+ 个数字单元格（100%）/.test(t))).toBe(true);
  expect(coverage.some((t) => !t.includes("100%") && !t.includes("没有数字单元格"))).toBe(false);
  const findings = page.locator('[data-testid="finding"]');
  const total = await findings.count();
  expect(total).toBeGreaterThan(0);
  const counted = await Promise.all(
    ["error", "warning", "info"].map(async (s) => Number((await page.locator(`[data-testid="count-${s}"]`).textContent())?.replace(/\D/g, ""))),
  );
  expect(counted.reduce((a, b) => a + b, 0)).toBe(total);
  expect(counted[1]).toBeGreaterThan(0);

  // The warning first (errors, then warnings, per table): follow its link to the cell.
  const warning = findings.filter({ hasText: "警告" }).first();
  const title = (await warning.locator('[data-testid="finding-title"]').textContent()) ?? "";
  const goto = warning.locator('[data-testid="goto"]').first();
  const where = ((await goto.textContent()) ?? "").replace("定位到 ", "");
  await goto.click();
  await page.getByText(`当前单元格 ${where}`).waitFor();
  expect(await page.locator('[data-testid="selected-cell"] td[data-target="true"]').count()).toBe(1);

  // Each finding links to its rule's documentation.
  expect(await warning.getByRole("link", { name: "规则说明" }).getAttribute("href")).toMatch(/^rules\.html#/);

  // Ignore it: a reason is required, then it shows as ignored, with the reason.
  await warning.getByRole("button", { name: "忽略" }).click();
  await warning.getByRole("button", { name: "确定" }).click();
  await warning.getByText("请填写忽略原因").waitFor();
  await warning.getByRole("textbox").fill(REASON);
  await warning.getByRole("textbox").press("Enter");
  const ignored = page.locator('[data-testid="finding"][data-suppressed="true"]');
  await ignored.first().waitFor();
  expect(await ignored.count()).toBe(1);
  expect(await ignored.first().locator('[data-testid="suppressed-reason"]').textContent()).toContain(REASON);

  // Download the annotated copy.
  mkdirSync(OUTPUT, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载标注副本" }).click()]);
  expect(download.suggestedFilename()).toBe("示例县医疗保障局-2024年度绩效自评材料（检查标注）.xlsx");
  const saved = join(OUTPUT, "annotated.xlsx");
  await download.saveAs(saved);

  // The report: docx is fetched from the page's own folder only now, and the file is a real Word document.
  const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "生成报告" }).click()]);
  expect(report.suggestedFilename()).toMatch(/^2024年度示例县医疗保障局.*绩效自评报告\.docx$/);
  const reportFile = join(OUTPUT, "report.docx");
  await report.saveAs(reportFile);
  const documentXml = await (await JSZip.loadAsync(readFileSync(reportFile))).file("word/document.xml")!.async("string");
  expect(documentXml).toContain("示例县医疗保障局");

  await page.screenshot({ path: join(OUTPUT, "browser-page.png"), fullPage: true });
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);

  // The copy: the user's values and formats unchanged, marks as a fill on the marked cells only (each with a
  // 批注 saying why), a 检查结果 sheet, the reason kept.
  const original = new ExcelJS.Workbook();
  await original.xlsx.load(readFileSync(EXAMPLE) as unknown as ArrayBuffer);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
  const markFills = new Set([MARK_STYLE.error.fill, MARK_STYLE.warning.fill].map((hex) => `FF${hex.slice(1)}`));
  const isMarked = (cell: ExcelJS.Cell) => {
    const fill = cell.fill as { pattern?: string; fgColor?: { argb?: string } } | undefined;
    return fill?.pattern === "solid" && markFills.has(fill.fgColor?.argb ?? "");
  };
  const marks: string[] = [];
  original.eachSheet((ws) => {
    const other = copy.getWorksheet(ws.name);
    expect(other).toBeDefined();
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const mirror = other!.getRow(r).getCell(c);
        expect([ws.name, cell.address, mirror.value, mirror.numFmt, mirror.font]).toEqual([ws.name, cell.address, cell.value, cell.numFmt, cell.font]);
        if (isMarked(mirror)) {
          marks.push(`${ws.name}!${cell.address}`);
          expect(mirror.note).toBeDefined();
        } else expect([ws.name, cell.address, mirror.fill]).toEqual([ws.name, cell.address, cell.fill]);
      }),
    );
  });
  expect(marks.length).toBeGreaterThan(0);
  expect(marks).not.toContain(where);

  const result = copy.getWorksheet("检查结果")!;
  expect(result).toBeDefined();
  expect(copy.worksheets[0].name).toBe("检查结果");
  expect(result.getRow(1).getCell(1).value).toBe("序号");
  expect(result.rowCount).toBe(total + 1);
  const rows = [...Array(total)].map((_, i) => result.getRow(i + 2));
  const ignoredRow = rows.find((r) => r.getCell(10).value === `已忽略：${REASON}`)!;
  expect(ignoredRow).toBeDefined();
  expect(String(ignoredRow.getCell(6).value)).toContain(title);
  expect(ignoredRow.getCell(4).text).toBe(where);
  expect(rows.filter((r) => r.getCell(10).value === "待处理")).toHaveLength(total - 1);
  expect(copy.getWorksheet("jx-selfeval")?.state).toBe("veryHidden");
});

test("the built page loads nothing but its own files and opens a dropped file", async () => {
  const page2 = await context.newPage();
  await page2.goto(`${server.origin}/index.html`);
  const bytes = readFileSync(EXAMPLE).toString("base64");
  await page2.locator('[data-testid="dropzone"]').evaluate((zone, b64) => {
    const data = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], "拖入的材料.xlsx"));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await page2.getByText("已打开：拖入的材料.xlsx").waitFor();
  // Keyboard only: Tab reaches 一键检查 right after the file button, Enter runs it.
  await page2.getByRole("button", { name: "打开 Excel 文件" }).focus();
  await page2.keyboard.press("Tab");
  expect(await page2.evaluate(() => document.activeElement?.textContent)).toBe("一键检查");
  await page2.keyboard.press("Enter");
  await page2.getByText("检查完成").waitFor();
  expect(await page2.locator('[data-testid="finding"]').count()).toBeGreaterThan(0);
  expect(offsite).toEqual([]);
  await page2.close();
});

test("the build: task pane, functions, manifest, and office.js from the add-in's own folder", () => {
  for (const file of ["taskpane.html", "index.html", "functions.js", "functions.json", "manifest.xml", "rules.html"]) expect([file, existsSync(join(DIST, file))]).toEqual([file, true]);
  const pane = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...pane.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts).toEqual(["office-js/office.js", "taskpane.js", "functions.js"]);
  for (const file of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js", "zh-cn/office_strings.js", "en-us/office_strings.js"]) {
    expect([file, existsSync(join(DIST, "office-js", file))]).toEqual([file, true]);
  }
});

test("dist/index.html is self-contained: no external URL in the page or its scripts", () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  expect(html).toContain("connect-src 'none'");
  expect(html.match(/(?:src|href)="?https?:/g)).toBeNull();
});
