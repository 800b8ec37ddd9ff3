import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
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
    // Body text as real reports write it: no thousands separators (issue 13).
    expect(text).toContain("全年支出1286.45万元");
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
    expect(err).toContain("不是 Excel 工作簿");
    expect(existsSync(target)).toBe(false);
    const missing = await run(["report", join(dir, "没有这个文件.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法打开文件");
  });

  describe("nothing the user has is lost", () => {
    it("refuses -o naming the workbook itself (exit 2), which stays byte for byte as it was", async () => {
      const before = readFileSync(file);
      const { code, err } = await run(["report", file, "-o", file]);
      expect(code).toBe(2);
      expect(err).toContain("是要读取的文件本身");
      expect(readFileSync(file).equals(before)).toBe(true);
    });

    it("refuses the workbook under another spelling of its path or through a link (real paths compared)", async () => {
      const before = readFileSync(file);
      const link = join(dir, "链接.xlsx");
      symlinkSync(file, link);
      expect((await run(["report", link, "-o", file])).code).toBe(2);
      expect((await run(["report", file, "-o", link, "--force"])).code).toBe(2);
      expect((await run(["report", file, "-o", join(dir, ".", "..", basename(dir), "材料.xlsx"), "--force"])).code).toBe(2);
      expect(readFileSync(file).equals(before)).toBe(true);
    });

    it("keeps an existing report unless --force, and --force replaces it through a temporary file", async () => {
      const outDir = mkdtempSync(join(tmpdir(), "jx-report-keep-"));
      const target = join(outDir, "报告.docx");
      writeFileSync(target, "审核人已改过的报告");
      const kept = await run(["report", file, "-o", target]);
      expect(kept.code).toBe(2);
      expect(kept.err).toContain("已存在，未覆盖；如需覆盖请加 --force");
      expect(readFileSync(target, "utf8")).toBe("审核人已改过的报告");

      const forced = await run(["report", file, "-o", target, "--force"]);
      expect(forced.code).toBe(0);
      expect(await documentText(target)).toContain("一、单位基本情况");
      expect(readdirSync(outDir)).toEqual(["报告.docx"]); // no temporary file left behind
    });

    it("the default name next to the workbook is not overwritten by a second run", async () => {
      const again = await run(["report", file]);
      expect(again.code).toBe(2);
      expect(again.err).toContain("已存在，未覆盖");
    });
  });
});
