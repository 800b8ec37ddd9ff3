import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { checkNarrative } from "../../src/core/narrative";
import { readReportParagraphs } from "../../src/word/read-report";
import { ROOT } from "./serve-dist";
import { openOfflinePage, type OfflinePage } from "./offline-page";
import { buildPackageBuffer, exampleData, EXAMPLE_LAYOUT } from "../fixtures/build-package";
import { SEEDED_MISTAKES, examplePackage, generatedReportDocx } from "../fixtures/narrative/seeded-reports";

/**
 * The offline page with a 自评报告: the workbook and the .docx opened together (or one after the other), the
 * report read in the browser, its figures checked against the tables, and each finding followed to its cell.
 */
const OUTPUT = join(ROOT, "test-output");
jest.setTimeout(600_000);

let browser: OfflinePage;
let workbook: string;
let seededReport: string;
let cleanReport: string;
let expected: { rule: string; paragraph: number; cell: string }[];
/** Seeded: 公务接待费 2.35 → 3.25万元 (三公经费!D8), and 项目支出's share 27.23% → 28.23% (支出决算!E5). */
const MISTAKES = SEEDED_MISTAKES.filter((m) => /^amount changed|^share wrong/.test(m.name));

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  workbook = join(OUTPUT, "报告核对材料.xlsx");
  writeFileSync(workbook, await buildPackageBuffer(exampleData(), EXAMPLE_LAYOUT));
  const model = await examplePackage();
  const seeded = await generatedReportDocx(model, MISTAKES);
  seededReport = join(OUTPUT, "有错误的自评报告.docx");
  writeFileSync(seededReport, seeded);
  cleanReport = join(OUTPUT, "自评报告.docx");
  writeFileSync(cleanReport, await generatedReportDocx(model));
  // What the CLI's check finds in the same report, for the page to show one for one.
  expected = checkNarrative(await readReportParagraphs(seeded), model).map((f) => ({ rule: f.rule, paragraph: f.paragraph!.number, cell: `${f.sheet}!${f.cell}` }));
  browser = await openOfflinePage({ width: 1366, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${browser.origin}/index.html`);
  return { page, scripts, errors };
}

test("workbook and report picked together: the report's mistakes listed by paragraph, each followed to its table cell", async () => {
  expect(MISTAKES).toHaveLength(2);
  const { page, scripts, errors } = await newPage();
  // The report reader and the narrative rules are not part of the page's first load.
  expect(scripts.some((s) => /report-check/.test(s))).toBe(false);

  await page.locator('[data-testid="file-input"]').setInputFiles([workbook, seededReport]);
  await page.getByText("已打开：报告核对材料.xlsx").waitFor();
  await page.locator('[data-testid="verdict"]').waitFor();
  const section = page.locator('[data-testid="narrative"]');
  await section.waitFor();
  expect(scripts.some((s) => /report-check/.test(s))).toBe(true);
  expect(await page.locator('[data-testid="report-opened"]').textContent()).toMatch(/^已打开报告：有错误的自评报告\.docx（正文 \d+ 段）$/);
  expect(await section.getByRole("heading", { name: "自评报告正文" }).count()).toBe(1);
  expect(await section.locator('[data-testid="narrative-summary"]').textContent()).toMatch(new RegExp(`^报告正文与表格不符或自相矛盾 ${expected.length} 处（共 \\d+ 段）$`));

  // One item per finding of the core check, each naming its paragraph (number and words) and its cell.
  const items = section.locator('[data-testid="narrative-finding"]');
  expect(await items.count()).toBe(expected.length);
  const shown = await items.evaluateAll((els) =>
    els.map((e) => ({
      rule: (e as HTMLElement).dataset.rule,
      type: (e as HTMLElement).dataset.type,
      paragraph: e.querySelector('[data-testid="narrative-paragraph"]')?.textContent ?? "",
      message: e.querySelector('[data-testid="narrative-message"]')?.textContent ?? "",
      locate: e.querySelector('[data-testid="narrative-locate"]')?.textContent ?? "",
    })),
  );
  shown.forEach((s, i) => {
    expect(s.rule).toBe(expected[i].rule);
    expect(s.type).toBe("broken");
    expect(s.paragraph.startsWith(`报告第${expected[i].paragraph}段：“`)).toBe(true);
    expect(s.message).toContain(`第${expected[i].paragraph}段`);
    expect(s.locate).toBe(`定位 ${expected[i].cell}`);
  });
  for (const m of MISTAKES) {
    const hit = shown.find((s) => s.rule === m.expect.rule && s.locate === `定位 ${m.expect.cell}`);
    expect(hit).toBeDefined();
    // The excerpt shows the wrong words themselves, however deep in the paragraph they are.
    expect(hit!.paragraph).toContain(m.expect.paragraphIncludes);
  }

  // Clicking a finding shows its table cell in the grid beside the list.
  const amount = items.filter({ has: page.locator('[data-testid="narrative-message"]', { hasText: "公务接待费3.25万元" }) });
  await amount.click();
  const grid = page.locator('[data-testid="sheet-grid"]');
  await grid.waitFor();
  expect(await grid.getAttribute("data-sheet")).toBe("三公经费");
  expect(await page.locator('[data-testid="involved"][data-role="primary"]').getAttribute("data-cell")).toBe("D8");
  expect(await amount.getAttribute("data-selected")).toBe("true");
  await section.screenshot({ path: "/tmp/ui-report-section.png" });
  await page.screenshot({ path: "/tmp/ui-report.png" });

  // The other one, by its 定位 button: the grid follows.
  const share = items.filter({ has: page.locator('[data-testid="narrative-message"]', { hasText: "28.23%" }) });
  await share.locator('[data-testid="narrative-locate"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="sheet-grid"]')?.getAttribute("data-sheet") === "支出决算");
  expect(await page.locator('[data-testid="involved"][data-role="primary"]').getAttribute("data-cell")).toBe("E5");
  // The workbook's own findings are untouched by the report: the marks and the verdict are the tables'.
  expect(await page.locator('[data-testid="verdict"]').textContent()).toContain("未发现错误");

  // The annotated copy lists the report's findings in 检查结果 by paragraph, after the tables' own.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载标注副本" }).click()]);
  const saved = join(OUTPUT, "报告核对材料（检查标注）.xlsx");
  await download.saveAs(saved);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  copy.getWorksheet("检查结果")!.eachRow((row, r) => {
    if (r > 1) rows.push([row.getCell(3).text, row.getCell(4).text]);
  });
  expect(rows.filter(([place]) => place.startsWith("报告第"))).toEqual(expected.map((e) => [`报告第${e.paragraph}段`, e.cell]));
  expect(errors).toEqual([]);
  expect(browser.offsite).toEqual([]);
  await page.close();
});

test("report first (打开报告), workbook after: the check waits for the tables, and a matching report has no finding; a .doc is refused in words", async () => {
  const { page, errors } = await newPage();
  await page.locator('[data-testid="report-input"]').setInputFiles(cleanReport);
  await page.locator('[data-testid="report-opened"]', { hasText: "已打开报告：自评报告.docx" }).waitFor();
  expect(await page.locator('[data-testid="narrative-waiting"]').textContent()).toContain("请再打开材料工作簿");
  expect(await page.locator('[data-testid="narrative"]').count()).toBe(0);

  await page.locator('[data-testid="file-input"]').setInputFiles(workbook);
  const section = page.locator('[data-testid="narrative"]');
  await section.waitFor();
  expect(await page.locator('[data-testid="narrative-waiting"]').count()).toBe(0);
  expect(await section.locator('[data-testid="narrative-summary"]').textContent()).toMatch(/^报告正文 \d+ 段中的数字与表格一致，未发现问题$/);
  expect(await section.locator('[data-testid="narrative-finding"]').count()).toBe(0);

  // A Word 97-2003 file (OLE2 signature) is told to be saved as .docx; the opened report stays.
  await page.locator('[data-testid="report-input"]').setInputFiles({ name: "旧报告.doc", mimeType: "application/msword", buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
  await page.locator('[data-testid="open-error"]').waitFor();
  expect(await page.locator('[data-testid="open-error"]').textContent()).toContain("另存为 .docx");
  expect(await section.count()).toBe(1);
  expect(await page.locator('[data-testid="report-opened"]').textContent()).toContain("自评报告.docx");
  expect(errors).toEqual([]);
  expect(browser.offsite).toEqual([]);
  await page.close();
});
