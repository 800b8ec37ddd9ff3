/**
 * `jx tables --format json` over every fixture package and every bundled example: each recognised table
 * carries its read coverage, and every numeric cell of every table is read (100%). A layout the recognisers
 * only half understand shows here as unread cells, named with their row and column labels.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { buildPackageBuffer, fixturePackages } from "../fixtures/build-package";
import { EXAMPLES_DIR } from "../../scripts/generate-examples";

interface TablesJson {
  files: { file: string; tables: { kind: string; sheet: string; coverage?: { read: number; total: number; unread: { cell: string; raw: string; row: string; column: string }[] } }[] }[];
}

const dir = mkdtempSync(join(tmpdir(), "jx-coverage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tablesJson(files: string[]): Promise<TablesJson> {
  let out = "";
  expect(await main(["tables", ...files, "--format", "json"], (s) => (out += s + "\n"))).toBe(0);
  return JSON.parse(out) as TablesJson;
}

/** Every table with a coverage object, and no unread cell in any (listed readably when there is one). */
function expectFullCoverage(json: TablesJson): void {
  for (const f of json.files) {
    expect(f.tables.length).toBeGreaterThan(0);
    const unread = f.tables.flatMap((t) => (t.coverage?.unread ?? []).map((u) => `${f.file} ${t.kind} ${t.sheet}!${u.cell} ${u.raw}（行：${u.row}；列：${u.column}）`));
    expect(unread).toEqual([]);
    for (const t of f.tables) {
      expect(t.coverage).toBeDefined();
      expect(`${t.kind} ${t.coverage!.read}/${t.coverage!.total}`).toBe(`${t.kind} ${t.coverage!.total}/${t.coverage!.total}`);
    }
  }
}

test.each(fixturePackages().map((p) => [p.name, p] as const))("fixture package %s: every table read in full", async (name, p) => {
  const file = join(dir, `${name.replace(/[|（）]/g, "_")}.xlsx`);
  writeFileSync(file, await buildPackageBuffer(p.data, p.layout));
  expectFullCoverage(await tablesJson([file]));
});

test("every workbook in examples/: every table read in full", async () => {
  const files = readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(EXAMPLES_DIR, f));
  expect(files.length).toBeGreaterThanOrEqual(2);
  const json = await tablesJson(files);
  expect(json.files).toHaveLength(files.length);
  expectFullCoverage(json);
});
