import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import Decimal from "decimal.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { MARK_STYLE } from "../../src/ui/marks";
import { DIST, ROOT, ensureBuilt, serveDist } from "./serve-dist";
import { findBrowser } from "./find-browser";
import { buildPackageBuffer, exampleData, EXAMPLE_LAYOUT } from "../fixtures/build-package";
import { unrelatedWorkbookBuffer } from "../fixtures/unrelated";

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
  const browser = await findBrowser();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    headless: true,
    acceptDownloads: true,
    locale: "zh-CN",
    viewport: { width: 1100, height: 1400 },
    args: browser.args,
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

/**
 * Downloads the annotated copy and reads it back: the user's values and formats unchanged, marks as a fill on
 * the marked cells only, each with a 批注 saying why. Returns the copy and the marked cells ("sheet!A1").
 */
async function annotatedCopy(p: Page, saveAs: string): Promise<{ copy: ExcelJS.Workbook; marks: string[] }> {
  const [download] = await Promise.all([p.waitForEvent("download"), p.getByRole("button", { name: "下载标注副本" }).click()]);
  expect(download.suggestedFilename()).toBe("示例县医疗保障局-2024年度绩效自评材料（检查标注）.xlsx");
  await download.saveAs(saveAs);
  const original = new ExcelJS.Workbook();
  await original.xlsx.load(readFileSync(EXAMPLE) as unknown as ArrayBuffer);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(readFileSync(saveAs) as unknown as ArrayBuffer);
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
  return { copy, marks };
}

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

  // Opening the file checks it: the verdict comes first.
  const verdict = page.locator('[data-testid="verdict"]');
  await verdict.waitFor();
  expect(await verdict.textContent()).toContain("未发现错误");
  expect(await verdict.textContent()).toContain("有 1 处警告请确认");
  // 尾差 folded into one line, and the page says where the marks are: in the copy, not the workbook.
  expect(await page.locator('[data-testid="verdict-lines"]').textContent()).toMatch(/^尾差 \d+ 处，无需处理/);
  expect(await verdict.textContent()).toContain("标记在下载的标注副本中");
  expect(await page.getByText("已在工作簿中标记").count()).toBe(0);

  // 识别情况 is folded; opened, it names the tables found and each table's read coverage: the example is read in full.
  await page.locator('[data-testid="summary"] summary').click();
  const recognised = await page.locator('[data-testid="recognised"] li').allTextContents();
  expect(recognised.length).toBeGreaterThanOrEqual(11);
  expect(recognised.some((t) => t.startsWith("公开01表 收入支出决算总表"))).toBe(true);
  const coverage = await page.locator('[data-testid="coverage"]').allTextContents();
  expect(coverage.some((t) => /读取 \d+\/\d+ 个数字单元格（100%）/.test(t))).toBe(true);
  expect(coverage.some((t) => !t.includes("100%") && !t.includes("没有数字单元格"))).toBe(false);

  // No errors: the 警告 tab is the one shown. Tab counts add up to every finding.
  // The count is read from data-count: a Fluent tab draws its label twice (the bold width is reserved), so its
  // text reads "提示 6提示 6".
  const counted = await Promise.all(["error", "warning", "info"].map(async (s) => Number(await page.locator(`[data-testid="tab-${s}"]`).getAttribute("data-count"))));
  expect(await page.locator('[data-testid="tab-warning"]').textContent()).toContain(`警告 ${counted[1]}`);
  expect(counted[0]).toBe(0);
  expect(counted[1]).toBe(1);
  const findings = page.locator('[data-testid="finding"]');
  const warning = findings.first();
  expect(await warning.getAttribute("data-severity")).toBe("warning");
  const title = (await warning.locator('[data-testid="finding-title"]').textContent()) ?? "";
  // Rule names in Chinese; ids only in the data.
  expect(title).toMatch(/[\u4e00-\u9fff]/);
  expect(await warning.textContent()).not.toContain(await warning.getAttribute("data-rule"));
  expect(await warning.textContent()).not.toMatch(/容差|±/);
  // One 定位 for the finding; its cells are listed under "涉及 n 个单元格".
  await warning.locator('[data-testid="involved-toggle"]').click();
  const where = ((await warning.locator('[data-testid="goto"]').first().textContent()) ?? "").trim();
  await warning.locator('[data-testid="locate"]').click();
  await page.locator('[data-testid="sheet-grid"] [data-testid="involved"][data-role="primary"]').waitFor();
  expect(await page.locator('[data-testid="sheet-grid"]').getAttribute("data-sheet")).toBe(where.split("!")[0]);
  expect(await page.locator('[data-testid="involved"][data-role="primary"]').getAttribute("data-cell")).toBe(where.split("!")[1]);
  const total = counted.reduce((a, b) => a + b, 0);

  // Each finding links to its rule's documentation.
  expect(await warning.getByRole("link", { name: "规则说明" }).getAttribute("href")).toMatch(/^rules\.html#/);

  // A copy downloaded now marks the warning's cell (the example has no errors; 提示 are never marked).
  mkdirSync(OUTPUT, { recursive: true });
  const before = await annotatedCopy(page, join(OUTPUT, "annotated-before-ignore.xlsx"));
  expect(before.marks).toContain(where);

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

  // Download the annotated copy again: the ignored warning is no longer marked, its reason is kept.
  const { copy, marks } = await annotatedCopy(page, join(OUTPUT, "annotated.xlsx"));
  expect(marks).not.toContain(where);

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
  // Opening checks it; keyboard only, Tab reaches 一键检查 right after the file buttons, Enter checks again.
  await page2.locator('[data-testid="verdict"]').waitFor();
  await page2.getByRole("button", { name: "打开 Excel 文件" }).focus();
  await page2.keyboard.press("Tab");
  expect(await page2.evaluate(() => document.activeElement?.textContent)).toBe("打开报告");
  await page2.keyboard.press("Tab");
  expect(await page2.evaluate(() => document.activeElement?.textContent)).toBe("一键检查");
  await page2.keyboard.press("Enter");
  await page2.locator('[data-testid="verdict"]').waitFor();
  expect(await page2.locator('[data-testid="finding"]').count()).toBeGreaterThan(0);
  expect(offsite).toEqual([]);
  await page2.close();
});

/** Seeded: 表1 本年收入合计 and 表3 合计行·本年支出合计 each 36.00 too high (digits transposed). */
async function seededWorkbook(): Promise<string> {
  const d = exampleData();
  const plus36 = (v: string | null) => new Decimal(v ?? "0").plus(36).toFixed(2);
  d.final.t01.incomeTotal = plus36(d.final.t01.incomeTotal);
  d.final.t03.rows[0].values.total = plus36(d.final.t03.rows[0].values.total!);
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, "有错误的材料.xlsx");
  writeFileSync(file, await buildPackageBuffer(d, EXAMPLE_LAYOUT));
  return file;
}

/** Where the involved cells are drawn, and how they are outlined. */
async function involvedBoxes(p: Page) {
  return p.locator('[data-testid="involved"]').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const body = e.closest('[data-testid="sheet-body"]')!.getBoundingClientRect();
      const style = getComputedStyle(e);
      return { cell: (e as HTMLElement).dataset.cell, role: (e as HTMLElement).dataset.role, r: { top: r.top, left: r.left, bottom: r.bottom, right: r.right }, body: { top: body.top, left: body.left, bottom: body.bottom, right: body.right }, outline: style.outlineStyle, outlineWidth: style.outlineWidth };
    }),
  );
}

describe.each([
  { width: 1366, height: 768, layout: "wide" },
  { width: 350, height: 800, layout: "narrow" },
])("a workbook with errors at $width×$height", ({ width, height, layout }) => {
  test("errors above the fold; 定位 shows the finding's cells outlined inside the viewport; J/K move on", async () => {
    const file = await seededWorkbook();
    const p = await context.newPage();
    await p.setViewportSize({ width, height });
    await p.goto(`${server.origin}/index.html`);
    await p.locator('[data-testid="file-input"]').setInputFiles(file);
    const verdict = p.locator('[data-testid="verdict"]');
    await verdict.waitFor();
    const errors = Number(await verdict.getAttribute("data-errors"));
    expect(errors).toBeGreaterThanOrEqual(2);
    expect(await verdict.textContent()).toContain(`发现 ${errors} 处错误需改正`);
    // The 错误 tab is open and the first error is above the fold.
    const first = p.locator('[data-testid="finding"]').first();
    expect(await first.getAttribute("data-severity")).toBe("error");
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + 40).toBeLessThan(height);
    await p.screenshot({ path: `/tmp/ui-${layout}-verdict.png` });

    // 定位 the 表1 income total: the total and its lines are outlined together, all inside the viewport.
    const income = p.locator('[data-testid="finding"][data-rule="final.t01.income-total"]');
    const message = (await income.locator('[data-testid="finding-message"]').textContent()) ?? "";
    expect(message).toContain("请核对");
    expect(message).not.toMatch(/容差|±|容许/);
    await income.locator('[data-testid="locate"]').click();
    await p.locator('[data-testid="involved"][data-role="primary"]').waitFor();
    await p.waitForTimeout(300);
    const boxes = await involvedBoxes(p);
    await p.screenshot({ path: `/tmp/ui-${layout}-locate.png` });
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    expect(boxes.filter((b) => b.role === "primary")).toHaveLength(1);
    for (const b of boxes) {
      expect([b.cell, b.outline]).not.toEqual([b.cell, "none"]);
      const inside = b.r.top >= Math.max(0, b.body.top) - 1 && b.r.bottom <= Math.min(height, b.body.bottom) + 1 && b.r.left >= Math.max(0, b.body.left) - 1 && b.r.right <= Math.min(width, b.body.right) + 1;
      expect([b.cell, inside]).toEqual([b.cell, true]);
    }
    // Row and column labels are visible, the involved ones highlighted.
    expect(await p.locator('[data-testid="col-label"]').first().isVisible()).toBe(true);
    expect(await p.locator('[data-testid="row-label"]').first().isVisible()).toBe(true);
    await p.screenshot({ path: `/tmp/ui-${layout}-located.png` });

    // J moves to the next error, K back; each shows its own cells.
    const selected = () => p.locator('[data-testid="finding"][data-selected="true"]').getAttribute("data-rule");
    const before = await selected();
    await p.locator("body").press("j");
    await p.waitForTimeout(200);
    const after = await selected();
    expect(after).not.toBeNull();
    await p.locator("body").press("k");
    await p.waitForTimeout(200);
    expect(await selected()).toBe(before);
    await p.getByRole("button", { name: "下一处" }).click();
    expect(await selected()).toBe(after);
    const moved = await involvedBoxes(p);
    expect(moved.length).toBeGreaterThan(0);
    for (const b of moved.filter((x) => x.role === "primary")) expect(b.r.top >= Math.max(0, b.body.top) - 1 && b.r.bottom <= Math.min(height, b.body.bottom) + 1).toBe(true);
    await p.screenshot({ path: `/tmp/ui-${layout}-next.png` });
    expect(offsite).toEqual([]);
    await p.close();
  });
});

test("an unrelated workbook ends in the empty state, not in '0 errors'; an .xls is told to be saved as .xlsx", async () => {
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, "采购清单.xlsx");
  writeFileSync(file, await unrelatedWorkbookBuffer());
  const p = await context.newPage();
  await p.setViewportSize({ width: 1366, height: 768 });
  await p.goto(`${server.origin}/index.html`);
  expect(await p.locator('[data-testid="file-input"]').getAttribute("accept")).toContain(".xls,");
  await p.locator('[data-testid="file-input"]').setInputFiles(file);
  const empty = p.locator('[data-testid="empty-state"]');
  await empty.waitFor();
  expect(await empty.textContent()).toContain("未识别出决算公开表或绩效自评表");
  expect(await empty.textContent()).toContain("已查找：部门决算公开表（公开01–09表）");
  expect(await p.locator('[data-testid="verdict"]').count()).toBe(0);
  expect(await p.getByText("未发现错误").count()).toBe(0);
  await p.screenshot({ path: "/tmp/ui-empty.png" });

  await p.locator('[data-testid="file-input"]').setInputFiles({ name: "旧材料.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
  expect(await p.locator('[data-testid="open-error"]').textContent()).toContain("请在 Excel/WPS 中另存为 .xlsx");
  await p.close();
});

test("an ignored finding stays ignored when the original is opened again (remembered for the unit and year)", async () => {
  const file = await seededWorkbook();
  const p = await context.newPage();
  await p.goto(`${server.origin}/index.html`);
  await p.evaluate(() => localStorage.clear());
  await p.locator('[data-testid="file-input"]').setInputFiles(file);
  await p.locator('[data-testid="verdict"]').waitFor();
  const errors = Number(await p.locator('[data-testid="verdict"]').getAttribute("data-errors"));
  const income = p.locator('[data-testid="finding"][data-rule="final.t01.income-total"]');
  await income.getByRole("button", { name: "忽略" }).click();
  await income.getByRole("textbox").fill("已按财政局意见另行说明");
  await income.getByRole("textbox").press("Enter");
  await p.locator('[data-testid="finding"][data-suppressed="true"]').waitFor();
  expect(Number(await p.locator('[data-testid="verdict"]').getAttribute("data-errors"))).toBe(errors - 1);

  // A fresh page, the same original file.
  await p.reload();
  await p.locator('[data-testid="file-input"]').setInputFiles(file);
  await p.locator('[data-testid="verdict"]').waitFor();
  expect(Number(await p.locator('[data-testid="verdict"]').getAttribute("data-errors"))).toBe(errors - 1);
  const ignored = p.locator('[data-testid="finding"][data-suppressed="true"]');
  expect(await ignored.getAttribute("data-rule")).toBe("final.t01.income-total");
  expect(await ignored.locator('[data-testid="suppressed-reason"]').textContent()).toContain("已按财政局意见另行说明");
  await p.evaluate(() => localStorage.clear());
  await p.close();
});

test("first-load JavaScript stays under 300 KB gzipped (the grid included; exceljs and docx load later)", () => {
  for (const html of ["taskpane.html", "index.html"]) {
    const page = readFileSync(join(DIST, html), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:|^office-js\//.test(src));
    const bytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    expect([html, bytes < 300 * 1024]).toEqual([html, true]);
  }
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
