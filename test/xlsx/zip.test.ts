import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { NotAZip, readZip } from "../../src/xlsx/zip";

const EXAMPLE = join(__dirname, "../../examples/示例县医疗保障局-2024年度绩效自评材料.xlsx");

/** A one-entry archive written by jszip (no folder entry: the entry's local header is at offset 0). */
async function archive(content: string, options: { compression?: "STORE" | "DEFLATE" } = {}) {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", content, { createFolders: false });
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: options.compression ?? "DEFLATE" }));
}
const centralDirectory = (buf: Buffer) => buf.readUInt32LE(buf.length - 22 + 16);

describe("readZip (Node zlib) reads what jszip reads", () => {
  test("every part of the bundled example, byte for byte as text, in archive order", async () => {
    const bytes = readFileSync(EXAMPLE);
    const ours = readZip(bytes);
    const theirs = await JSZip.loadAsync(bytes);
    const names = Object.values(theirs.files).filter((f) => !f.dir).map((f) => f.name);
    expect(ours.names).toEqual(names);
    for (const name of names) expect(ours.text(name)).toBe(await theirs.file(name)!.async("string"));
    expect(ours.text("xl/no-such-part.xml")).toBeUndefined();
  });

  test("stored and deflated entries, Chinese text, an archive comment", async () => {
    const text = "<workbook>示例县医疗保障局 &amp; 公开01表</workbook>";
    expect(readZip(await archive(text, { compression: "STORE" })).text("xl/workbook.xml")).toBe(text);
    const zip = new JSZip();
    zip.file("xl/workbook.xml", text);
    const commented = Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", comment: "由 WPS 生成" }));
    expect(readZip(commented).text("xl/workbook.xml")).toBe(text);
  });
});

describe("readZip refuses what it does not understand (the caller then asks exceljs)", () => {
  test("not a zip at all", () => {
    expect(() => readZip(Buffer.from("not a workbook"))).toThrow(NotAZip);
  });

  test("an encrypted entry", async () => {
    const buf = await archive("<x/>");
    const cd = centralDirectory(buf);
    buf.writeUInt16LE(buf.readUInt16LE(cd + 8) | 0x1, cd + 8);
    expect(() => readZip(buf)).toThrow("encrypted entry");
  });

  test("a compression method other than stored or deflate", async () => {
    const buf = await archive("<x/>");
    buf.writeUInt16LE(12 /* bzip2 */, centralDirectory(buf) + 10);
    expect(() => readZip(buf)).toThrow("compression method 12");
  });

  test("a corrupt deflate stream, and a size that does not match", async () => {
    const corrupt = await archive("<workbook>" + "示例".repeat(200) + "</workbook>");
    const local = 30 + "xl/workbook.xml".length;
    corrupt.fill(0xff, local, local + 8);
    expect(() => readZip(corrupt).text("xl/workbook.xml")).toThrow(NotAZip);

    const wrongSize = await archive("<x/>");
    wrongSize.writeUInt32LE(999, centralDirectory(wrongSize) + 24);
    expect(() => readZip(wrongSize).text("xl/workbook.xml")).toThrow("wrong size");
  });

  test("ZIP64 markers", async () => {
    const buf = await archive("<x/>");
    buf.writeUInt16LE(0xffff, buf.length - 22 + 10);
    expect(() => readZip(buf)).toThrow("ZIP64");
  });

  test("a deflated entry is read through zlib, not passed through", async () => {
    const text = "<a>" + "尾差".repeat(500) + "</a>";
    const buf = await archive(text);
    expect(buf.length).toBeLessThan(Buffer.byteLength(text));
    expect(deflateRawSync(Buffer.from(text)).length).toBeLessThan(Buffer.byteLength(text));
    expect(readZip(buf).text("xl/workbook.xml")).toBe(text);
  });
});
