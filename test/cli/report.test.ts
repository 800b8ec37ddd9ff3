import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { buildPackageBuffer, exampleData, EXAMPLE_LAYOUT } from "../fixtures/build-package";

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, (s) => (out += s + "\n"), (s) => (err += s + "\n"));
  return { code, out, err };
}

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("jx report", () => {
  const dir = mkdtempSync(join(tmpdir(), "jx-report-"));
  const file = join(dir, "材料.xlsx");

  beforeAll(async () => writeFileSync(file, await buildPackageBuffer(exampleData(), EXAMPLE_LAYOUT)));

  it("writes the report next to the workbook, named after the year and the unit", async () => {
    const { code, out } = await run(["report", file]);
    expect(code).toBe(0);
    const path = join(dir, "2024年度示例县医疗保障局整体支出绩效自评报告.docx");
    expect(out).toContain(path);
    expect(out).toMatch(/待填写 \d+ 处/);
    const text = await documentText(path);
    expect(text).toContain("一、单位基本情况");
    expect(text).toContain("本年支出合计1,286.45万元");
    expect(text).toContain("预算执行率98.16%");
  });

  it("-o and --outline choose the file and the province's outline", async () => {
    const target = join(dir, "河北.docx");
    const { code } = await run(["report", file, "-o", target, "--outline", "hebei"]);
    expect(code).toBe(0);
    const text = await documentText(target);
    expect(text).toContain("二、自评的方法和过程");
    expect(text).not.toContain("一、单位基本情况");
  });

  it("-o with a directory writes the report there under its own name", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "jx-report-out-"));
    const { code, out } = await run(["report", file, "-o", outDir, "--outline", "sichuan"]);
    expect(code).toBe(0);
    const path = join(outDir, "2024年度示例县医疗保障局整体支出绩效自评报告.docx");
    expect(out).toContain(path);
    expect(await documentText(path)).toContain("二、部门财政资金收支情况");
  });

  it("an unknown outline is a usage error in Chinese (exit 2)", async () => {
    const { code, err } = await run(["report", file, "--outline", "shanxi"]);
    expect(code).toBe(2);
    expect(err).toContain("未知的提纲“shanxi”");
    expect(err).toContain("hunan");
  });

  it("an unreadable workbook exits 2 with a Chinese message and writes nothing", async () => {
    const bad = join(dir, "坏文件.xlsx");
    writeFileSync(bad, "不是工作簿");
    const target = join(dir, "坏.docx");
    const { code, err } = await run(["report", bad, "-o", target]);
    expect(code).toBe(2);
    expect(err).toContain("不是有效的 .xlsx 工作簿");
    expect(existsSync(target)).toBe(false);
    const missing = await run(["report", join(dir, "没有这个文件.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法打开文件");
  });
});
