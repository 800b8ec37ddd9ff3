/**
 * A workbook saved by a program that does not calculate: its formulas carry no result (<f> without <v>). The
 * check cannot know those cells' values, so it says so once per sheet, naming the cells, draws no conclusion
 * from them (no "未填列", no "不是数字", no broken sum), and `jx check` exits 2 as for a file it cannot read.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/io";
import { analyzeWorkbook } from "../../src/core/analyze";
import { readXlsxSnapshot, uncalculatedBySheet } from "../../src/xlsx/read-xlsx";
import { snapshotFromExcelJs } from "../../src/xlsx/snapshot";
import { uncalculatedCells } from "../../src/xlsx/uncalculated";
import { buildPackageBuffer } from "../fixtures/build-package";
import { packageWithUncalculatedFormulas } from "../fixtures/bad-inputs";
import type { Finding } from "../../src/core/findings/finding";

let dir: string;
let file: string;
let fixture: Awaited<ReturnType<typeof packageWithUncalculatedFormulas>>;
/** The same package with its figures as plain numbers: what the check says when nothing is unknown. */
let baseline: Finding[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-uncalc-"));
  fixture = await packageWithUncalculatedFormulas();
  file = join(dir, "未计算.xlsx");
  writeFileSync(file, fixture.bytes);
  const clean = join(dir, "已计算.xlsx");
  writeFileSync(clean, await buildPackageBuffer());
  baseline = analyzeWorkbook(await loadWorkbook(clean)).findings;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let out = "";
  const code = await main(argv, (s) => (out += s + "\n"), () => {});
  return { code, out };
}

const named = (cells: { sheet: string; cell: string }[]) => cells.map((c) => `${c.sheet}!${c.cell}`);
const key = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`;

test("a formula without a result is told from an empty result (<v></v>) and from a calculated one", () => {
  const xml =
    `<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" s="1"><f>12+0</f></c>` +
    `<c r="C1" t="str"><f>""</f><v></v></c><c r="D1"><f t="shared" ref="D1:D2" si="0">A1</f></c></row>` +
    `<row r="2"><c r="D2"><f t="shared" si="0"/></c><c r="E2">\n  <f>A1</f>\n</c></row></sheetData>`;
  expect(uncalculatedCells(xml)).toEqual(["B1", "D1", "D2", "E2"]);
});

test("both readers list the formula cells saved without a result, by sheet", async () => {
  const fast = await readXlsxSnapshot(fixture.bytes, "x.xlsx");
  const sheets = fast.sheets.filter((s) => s.uncalculated);
  expect(sheets.flatMap((s) => s.uncalculated!.map((cell) => `${s.name}!${cell}`))).toEqual(named(fixture.cells));
  // exceljs reads "<v></v>" and no <v> alike: the file's XML says which, and the two readers agree.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fixture.bytes as unknown as ArrayBuffer);
  expect(snapshotFromExcelJs(wb, "x.xlsx", uncalculatedBySheet(fixture.bytes))).toEqual(fast);
});

test("the check names the uncalculated cells once and draws no conclusion from them", async () => {
  const { findings } = analyzeWorkbook(await loadWorkbook(file));
  const said = findings.filter((f) => f.rule === "structure.uncalculated");
  expect(said).toHaveLength(1);
  expect(said[0].severity).toBe("error");
  expect(said[0].sheet).toBe(fixture.cells[0].sheet);
  expect(named(said[0].cells)).toEqual(named(fixture.cells));
  expect(said[0].message).toContain("公式未计算（无计算结果）");
  expect(said[0].message).toContain(fixture.cells.map((c) => c.cell).join("、"));
  expect(said[0].message).toContain("请在 Excel 中重新计算并保存后再检查");
  // Nothing else rests on those cells, and nothing is said that the calculated package does not say.
  const unknown = new Set(named(fixture.cells));
  const others = findings.filter((f) => f !== said[0]);
  expect(others.filter((f) => named(f.cells).some((c) => unknown.has(c)))).toEqual([]);
  const known = new Set(baseline.map(key));
  expect(others.map(key).filter((k) => !known.has(k))).toEqual([]);
});

test("jx check says it in text and exits 2: the file must be recalculated before it can be checked", async () => {
  const { code, out } = await run(["check", file]);
  expect(code).toBe(2);
  expect(out).toContain(`工作表“${fixture.cells[0].sheet}”中 3 个公式未计算（无计算结果）`);
  expect(out).toContain("请在 Excel 中重新计算并保存后再检查");
  expect(out).not.toMatch(/未填列|不是数字/);
});

test("jx check --format json carries the finding with its cells and counts the file in the summary", async () => {
  const { code, out } = await run(["check", file, "--format", "json"]);
  expect(code).toBe(2);
  const json = JSON.parse(out);
  const found = json.files[0].findings.filter((f: { rule: string }) => f.rule === "structure.uncalculated");
  expect(found).toHaveLength(1);
  expect(named(found[0].cells)).toEqual(named(fixture.cells));
  expect(json.summary).toEqual(expect.objectContaining({ files: 1, unreadable: 0, uncalculated: 1 }));
});

test("jx report still writes the skeleton but says which sheets need recalculating first", async () => {
  const docx = join(dir, "未计算-报告.docx");
  const { code, out } = await run(["report", file, "-o", docx]);
  expect(code).toBe(0);
  expect(out).toContain(`工作表“${fixture.cells[0].sheet}”中有公式没有计算结果`);
  expect(out).toContain("请在 Excel 中重新计算并保存后再生成");
  // A calculated package says nothing of the kind.
  const clean = await run(["report", join(dir, "已计算.xlsx"), "-o", join(dir, "已计算-报告.docx")]);
  expect(clean.out).not.toContain("没有计算结果");
});
