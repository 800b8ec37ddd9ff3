/**
 * `jx check` through the CLI entry point, on package files written to disk: exit codes, the JSON contract
 * the other hosts rely on, and a text report grouped by severity and table.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod/v4";
import { buildPackageBuffer, exampleData } from "../fixtures/build-package";
import { main } from "../../src/cli/main";

const CheckJson = z.object({
  files: z.array(
    z.object({
      file: z.string(),
      tables: z.array(z.object({ kind: z.string(), sheet: z.string(), range: z.string(), title: z.string() })),
      findings: z.array(
        z.object({
          rule: z.string(),
          severity: z.enum(["error", "warning", "info"]),
          title: z.string(),
          message: z.string(),
          sheet: z.string().nullable(),
          cell: z.string().regex(/^[A-Z]{1,3}\d+$/).nullable(),
          cells: z.array(z.object({ sheet: z.string(), cell: z.string().regex(/^[A-Z]{1,3}\d+$/) })),
          expected: z.string().nullable(),
          actual: z.string().nullable(),
          difference: z.string().nullable(),
          tolerance: z.string().nullable(),
          type: z.enum(["broken", "rounding", "not-checked"]),
          consequences: z.array(z.object({ rule: z.string(), sheet: z.string().nullable(), cell: z.string().nullable(), message: z.string() })).optional(),
        }),
      ),
    }),
  ),
});

let dir: string;
let cleanFile: string;
let seededFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-check-"));
  cleanFile = join(dir, "clean.xlsx");
  writeFileSync(cleanFile, await buildPackageBuffer());
  const seeded = exampleData();
  seeded.final.t01.incomeTotal = "1322.45"; // 36.00 above the sum of its lines
  seededFile = join(dir, "seeded.xlsx");
  writeFileSync(seededFile, await buildPackageBuffer(seeded));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function jx(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, (s) => (stdout += s + "\n"), (s) => (stderr += s + "\n"));
  return { code, stdout, stderr };
}

test("a clean package exits 0 and says how many 尾差 infos it found", async () => {
  const { code, stdout } = await jx("check", cleanFile);
  expect(code).toBe(0);
  expect(stdout).toContain("错误 0 处");
  expect(stdout).toContain("■ 提示");
  expect(stdout).toContain("属尾差");
});

test("a seeded mistake exits 1; the text report groups it under 错误 and the table, naming sheet, cell and rule", async () => {
  const { code, stdout } = await jx("check", seededFile, "--format", "text");
  expect(code).toBe(1);
  const errors = stdout.slice(stdout.indexOf("■ 错误"), stdout.indexOf("■ 警告"));
  expect(errors).toContain("公开01表 收入支出决算总表");
  expect(errors).toContain("表1 本年收入合计应为 1,286.45（各项收入之和），实际为 1,322.45，相差 36.00，请核对表1 本年收入合计或各项收入");
  expect(errors).toContain("工作表“公开01表”");
  expect(errors).toContain("[final.t01.income-total]");
  // The same wrong figure also breaks 表1 = 表2 本年收入合计: shown under it, indented, not as an error of its own.
  expect(errors).toContain("此数改为 1,286.45 后，另 2 处不符随之消除");
  expect(errors).toMatch(/\n {6}↳ 由此引起：表2 合计行·本年收入合计应为 1,322\.45[^\n]*\n {8}工作表“表2收入决算表” D\d+　\[cross\.t01-t02\.income-total\]/);
  expect(errors).not.toMatch(/\n {4}· 表2 合计行·本年收入合计/);
});

test("--format json follows the contract for several files, sheet names as in the workbook and cells without $", async () => {
  const { code, stdout } = await jx("check", cleanFile, seededFile, "--format", "json");
  expect(code).toBe(1);
  const json = CheckJson.parse(JSON.parse(stdout));
  expect(json.files.map((f) => f.file)).toEqual([cleanFile, seededFile]);
  expect(json.files[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  const error = json.files[1].findings.find((f) => f.rule === "final.t01.income-total")!;
  expect(error).toMatchObject({ severity: "error", type: "broken", sheet: "公开01表", expected: "1286.45", actual: "1322.45", difference: "36.00" });
  expect(json.files[0].findings.some((f) => f.type === "rounding" && f.message.includes("属尾差"))).toBe(true);
  expect(error.cells[0]).toEqual({ sheet: error.sheet, cell: error.cell });
  expect(json.files[1].tables.map((t) => t.sheet)).toContain("表2收入决算表");
});

test("an unreadable file exits 2 with a Chinese message", async () => {
  const bad = join(dir, "bad.xlsx");
  writeFileSync(bad, "这不是工作簿");
  const { code, stdout } = await jx("check", bad);
  expect(code).toBe(2);
  // The file's own entry of the report (a batch goes on past it), on stdout with the others.
  expect(stdout).toContain("不是 Excel 工作簿");
  expect((await jx("check", join(dir, "missing.xlsx"))).code).toBe(2);
});

test("the file name is a further source of the unit's name: a package filed under another unit's name is warned about", async () => {
  const misfiled = join(dir, "2024年度邻县教育局整体支出绩效自评材料.xlsx");
  writeFileSync(misfiled, await buildPackageBuffer());
  const { code, stdout } = await jx("check", misfiled, "--format", "json");
  expect(code).toBe(0); // a warning, not an error: files get renamed
  const [file] = CheckJson.parse(JSON.parse(stdout)).files;
  const unit = file.findings.filter((f) => f.rule === "identity.unit-name");
  expect(unit).toEqual([
    expect.objectContaining({ severity: "warning", sheet: "封面", expected: "示例县医疗保障局", actual: "邻县教育局" }),
  ]);
  expect(unit[0].message).toContain("文件名“2024年度邻县教育局整体支出绩效自评材料.xlsx”");
});
