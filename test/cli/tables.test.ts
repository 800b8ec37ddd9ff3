import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { buildPackageBuffer, buildPackageWorkbook, exampleData, EXAMPLE_LAYOUT } from "../fixtures/build-package";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

describe("jx tables", () => {
  const dir = mkdtempSync(join(tmpdir(), "jx-tables-"));
  const file = join(dir, "材料.xlsx");

  beforeAll(async () => writeFileSync(file, await buildPackageBuffer(exampleData(), EXAMPLE_LAYOUT)));

  it("lists every table with its kind, sheet (exactly as in the workbook) and range as JSON", async () => {
    const { code, out } = await run(["tables", file, "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].file).toBe(file);
    const tables = json.files[0].tables as { kind: string; sheet: string; range: string }[];
    expect(tables.map((t) => t.kind).sort()).toEqual(
      ["cover", "final.01", "final.02", "final.03", "final.04", "final.05", "final.06", "final.07", "final.08", "final.09", "selfeval.overall", "selfeval.project", "selfeval.project", "selfeval.project", "basedata"].sort(),
    );
    expect(tables).toContainEqual(expect.objectContaining({ kind: "final.06", sheet: "基本支出", range: expect.stringMatching(/^C5:/) }));
    expect(tables).toContainEqual(expect.objectContaining({ kind: "selfeval.project", sheet: "Sheet3", range: expect.stringMatching(/^B2:/) }));
    expect(tables.filter((t) => t.sheet === "项目自评(1)")).toHaveLength(2);
  });

  it("gives each table's read coverage in JSON: every numeric cell of the example read", async () => {
    const { out } = await run(["tables", file, "--format", "json"]);
    const tables = JSON.parse(out).files[0].tables as { kind: string; coverage: { read: number; total: number; unread: unknown[]; unreadColumns: unknown[] } }[];
    for (const t of tables) {
      expect(t.coverage).toBeDefined();
      expect(t.coverage.read).toBe(t.coverage.total);
      expect(t.coverage.unread).toEqual([]);
    }
    const t03 = tables.find((t) => t.kind === "final.03")!;
    expect(t03.coverage.total).toBeGreaterThan(50);
  });

  it("prints coverage per table and lists unread cells with their labels (seeded: 表3 with an unknown column 其他支出)", async () => {
    const extra = join(dir, "多一列.xlsx");
    const wb = buildPackageWorkbook(exampleData(), [{ name: "公开03表", tables: [{ table: "final.03" }] }]);
    const ws = wb.getWorksheet("公开03表")!;
    ws.getCell("I4").value = "其他支出";
    ws.getCell("I9").value = 1.5;
    writeFileSync(extra, Buffer.from(await wb.xlsx.writeBuffer()));
    const text = await run(["tables", extra]);
    expect(text.out).toMatch(/公开03表 支出决算表：工作表“公开03表” A1:I24，读取 (\d+)\/(\d+) 个数字单元格（9\d%）/);
    expect(text.out).toContain("    未识别：I9（行：2080505 机关事业单位基本养老保险缴费支出；列：其他支出）");
    const json = JSON.parse((await run(["tables", extra, "--format", "json"])).out);
    const t03 = json.files[0].tables[0];
    expect(t03.coverage.total - t03.coverage.read).toBe(1);
    expect(t03.coverage.unread).toEqual([{ cell: "I9", raw: "1.5", row: "2080505 机关事业单位基本养老保险缴费支出", column: "其他支出" }]);
  });

  it("says in Chinese what is missing", async () => {
    const only = join(dir, "只有表1.xlsx");
    writeFileSync(only, await buildPackageBuffer(exampleData(), [{ name: "Sheet1", tables: [{ table: "final.01" }] }]));
    const { code, out } = await run(["tables", only]);
    expect(code).toBe(0);
    expect(out).toContain("公开01表 收入支出决算总表");
    expect(out).toContain("未找到公开03表 支出决算表");
    expect(out).toContain("未找到部门整体支出绩效自评表");
  });

  it("exits 2 with a Chinese message, not a stack trace, on an unreadable file", async () => {
    const bad = join(dir, "坏文件.xlsx");
    writeFileSync(bad, "这不是一个工作簿");
    const r = await run(["tables", bad]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("不是 Excel 工作簿");
    expect(r.out + r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    const missing = await run(["tables", join(dir, "不存在.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain("无法打开文件");
  });

  it("exits 2 on usage errors and unknown commands", async () => {
    expect((await run(["tables"])).code).toBe(2);
    expect((await run(["tables", file, "--format", "xml"])).err).toContain("--format");
    expect((await run(["frobnicate"])).code).toBe(2);
  });
});
