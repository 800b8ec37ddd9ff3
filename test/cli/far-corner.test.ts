/**
 * One cell at XFD1048576 makes a sheet's used range 17 billion cells. Reading and checking must cost what the
 * file holds: the snapshot keeps the cells present (sparse rows), and no recogniser walks the box.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/io";
import { analyzeWorkbook } from "../../src/core/analyze";
import { readCoverage } from "../../src/core/locate/coverage";
import { readPackage } from "../../src/core/locate/read-package";
import { rawAt, type WorkbookSnapshot } from "../../src/core/sheet/snapshot";
import { buildPackageBuffer } from "../fixtures/build-package";
import { farCornerWorkbook, packageWithFarCorner } from "../fixtures/bad-inputs";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "jx-far-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cells the snapshot holds (rows and cells present), however large its grid. */
function cellsHeld(snapshot: WorkbookSnapshot): number {
  let n = 0;
  for (const sheet of snapshot.sheets) for (const row of Object.values(sheet.values)) n += Object.keys(row ?? []).length;
  return n;
}

async function fileOf(name: string, bytes: Buffer): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

test("a workbook whose only far cell is XFD1048576 is read as the two cells it holds, on a grid reaching that corner", async () => {
  const snapshot = await loadWorkbook(await fileOf("角落.xlsx", await farCornerWorkbook()));
  const sheet = snapshot.sheets[0];
  expect(sheet.values.length).toBe(1048576);
  expect(rawAt(sheet, 1048575, 16383)).toBe(1);
  expect(rawAt(sheet, 0, 0)).toBe("收入支出决算总表");
  expect(cellsHeld(snapshot)).toBe(2);
});

test("jx check goes through it and reports it like any file", async () => {
  const file = await fileOf("角落2.xlsx", await farCornerWorkbook());
  let out = "";
  const code = await main(["check", file], (s) => (out += s + "\n"), () => {});
  expect(code).toBe(0);
  expect(out).toContain(`文件：${file}`);
  expect(out).toContain("识别到 0 张表");
});

test("a package with a far-corner cell on every sheet reads every table and finds what the package itself gives", async () => {
  const far = await loadWorkbook(await fileOf("材料-角落.xlsx", await packageWithFarCorner()));
  const plain = await loadWorkbook(await fileOf("材料.xlsx", await buildPackageBuffer()));
  expect(far.sheets.every((s) => s.values.length === 1048576)).toBe(true);
  expect(cellsHeld(far)).toBe(cellsHeld(plain) + far.sheets.length);

  const checked = analyzeWorkbook(far);
  const expected = analyzeWorkbook(plain);
  expect(checked.model.tables.map((t) => [t.kind, t.sheet])).toEqual(expected.model.tables.map((t) => [t.kind, t.sheet]));
  expect(checked.findings.map((f) => [f.rule, f.cell])).toEqual(expected.findings.map((f) => [f.rule, f.cell]));
  const coverage = readCoverage(far, readPackage(far));
  expect(coverage.map((c) => [c.kind, c.read])).toEqual(readCoverage(plain, readPackage(plain)).map((c) => [c.kind, c.read]));
});
