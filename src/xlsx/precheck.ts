/**
 * What a file is, decided from its bytes before any reader inflates it: a workbook we may open, or one of the
 * reasons it cannot be (encrypted, an old .xls, not a workbook, too large once unpacked). Host-neutral (no
 * Node, no DOM): the command line and the offline page run the same test and show the same Chinese message.
 * Neither exceljs nor our own reader is ever handed a file this refuses: both would inflate every part first,
 * so a zip bomb or a renamed .docx would cost gigabytes or read as an empty package ("错误 0 处").
 */

/** Largest unpacked size of one part, and of all parts together; no real 决算/自评 workbook comes near. */
export const MAX_PART_BYTES = 400 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

export type Unreadable =
  | { kind: "encrypted" }
  | { kind: "xls" }
  | { kind: "not-a-workbook"; looksLike?: "docx" | "pptx" }
  | { kind: "too-large" }
  | { kind: "not-a-zip" };

/** One entry of the zip's central directory. */
export interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  uncompressed: number;
  local: number;
}

export type Precheck = { ok: true; entries: CentralEntry[] } | { ok: false; problem: Unreadable };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/**
 * `name` (the file's name), when given, refines one answer: a file named .xls that is no zip is an old-format
 * workbook to save as .xlsx (a truncated .xls, or the HTML tables many finance systems export as ".xls").
 */
export function precheckWorkbook(bytes: Uint8Array, name?: string): Precheck {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // Excel saves a password-protected .xlsx as an OLE compound file holding EncryptionInfo + EncryptedPackage;
    // any other OLE file a user would call a workbook is a binary .xls.
    return { ok: false, problem: oleStreamNames(bytes).has("EncryptionInfo") ? { kind: "encrypted" } : { kind: "xls" } };
  }
  const entries = centralDirectory(bytes);
  if (!entries) return { ok: false, problem: name && /\.xls$/i.test(name) ? { kind: "xls" } : { kind: "not-a-zip" } };
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) {
    const looksLike = names.has("word/document.xml") ? "docx" : names.has("ppt/presentation.xml") ? "pptx" : undefined;
    return { ok: false, problem: { kind: "not-a-workbook", ...(looksLike ? { looksLike } : {}) } };
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (e.uncompressed > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) return { ok: false, problem: { kind: "too-large" } };
  }
  return { ok: true, entries };
}

/** A file larger than everything a workbook may unpack to is no workbook (and is not read into memory). */
export function sizeProblem(size: number): Unreadable | undefined {
  return size > MAX_TOTAL_BYTES ? { kind: "too-large" } : undefined;
}

/** A file refused before any reader sees it, with its Chinese message (unreadableMessage): CLI and page alike. */
export class UnreadableWorkbook extends Error {
  constructor(readonly problem: Unreadable, file: string) {
    super(unreadableMessage(problem, file));
  }
}

const STORED = 0;
const DEFLATED = 8;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * Whether every part unpacks to the size the central directory declares, and no further (never past the part
 * cap): a zip bomb forges a small size, and a reader that trusts only the compressed data (exceljs's jszip
 * inflates every part whole) would unpack gigabytes. Inflates through the platform's DecompressionStream
 * (browsers and Node alike), chunk by chunk, stopping at the first byte too many. Parts stored in a way
 * neither reader follows are left to the reader, which refuses them.
 */
export async function inflationProblem(bytes: Uint8Array, entries = centralDirectory(bytes)): Promise<Unreadable | undefined> {
  if (!entries) return { kind: "not-a-zip" };
  for (const e of entries) {
    if (e.name.endsWith("/") || (e.method !== STORED && e.method !== DEFLATED)) continue;
    const data = storedBytes(bytes, e);
    if (!data) return { kind: "not-a-zip" };
    if (e.method === STORED) {
      if (data.length !== e.uncompressed) return { kind: "not-a-zip" };
      continue;
    }
    const problem = await inflatesTo(data, Math.min(e.uncompressed, MAX_PART_BYTES), e.uncompressed);
    if (problem) return problem;
  }
  return undefined;
}

/** An entry's bytes as stored in the archive (compressed or not); undefined when its local header is broken. */
export function storedBytes(bytes: Uint8Array, e: CentralEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.local + 30 > bytes.length || view.getUint32(e.local, true) !== LOCAL_FILE_HEADER) return undefined;
  // The local header's own name and extra lengths may differ from the central directory's.
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
  if (start + e.compressed > bytes.length) return undefined;
  return bytes.subarray(start, start + e.compressed);
}

async function inflatesTo(data: Uint8Array, limit: number, declared: number): Promise<Unreadable | undefined> {
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return { kind: "too-large" };
      }
    }
  } catch {
    return { kind: "not-a-zip" };
  }
  return total === declared ? undefined : { kind: "not-a-zip" };
}

/**
 * Everything the pre-check can say about a file before a reader that unpacks every part (exceljs) sees it:
 * its size, what it is, and whether its parts unpack as declared. undefined: it may be read.
 */
export async function precheckForExcelJs(bytes: Uint8Array, name: string): Promise<Unreadable | undefined> {
  const size = sizeProblem(bytes.length);
  if (size) return size;
  const precheck = precheckWorkbook(bytes, name);
  if (!precheck.ok) return precheck.problem;
  return inflationProblem(bytes, precheck.entries);
}

/** The Chinese message for a file that cannot be read, naming it. */
export function unreadableMessage(problem: Unreadable, file: string): string {
  switch (problem.kind) {
    case "encrypted":
      return `无法读取“${file}”：文件已加密，请先取消密码（在 Excel/WPS 中打开，文件→信息→保护工作簿→用密码进行加密，清空密码后保存）`;
    case "xls":
      return `无法读取“${file}”：这是旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后再检查`;
    case "not-a-workbook":
      return `无法读取“${file}”：不是 Excel 工作簿${problem.looksLike === "docx" ? "（是 Word 文档改了扩展名）" : problem.looksLike === "pptx" ? "（是 PowerPoint 演示文稿改了扩展名）" : "（压缩包里没有工作簿）"}`;
    case "too-large":
      return `无法读取“${file}”：文件解压后过大，可能不是正常的工作簿`;
    case "not-a-zip":
      return `无法读取“${file}”：不是 Excel 工作簿（不是有效的 .xlsx 工作簿，文件可能已损坏）`;
  }
}

/**
 * The entries listed in a zip's central directory, or undefined when the bytes are no zip this reader follows
 * (ZIP64 included: no workbook of ours reaches 4 GB, and its sizes could not be capped from this record).
 */
export function centralDirectory(bytes: Uint8Array): CentralEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (p: number) => view.getUint16(p, true);
  const u32 = (p: number) => view.getUint32(p, true);
  let end = -1;
  // The end record sits in the last 22 bytes + up to 64 KB of archive comment.
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (u32(p) === END_OF_CENTRAL_DIRECTORY) {
      end = p;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(end + 10);
  const size = u32(end + 12);
  const offset = u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) return undefined;
  const entries: CentralEntry[] = [];
  const utf8 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(p) !== CENTRAL_FILE_HEADER) return undefined;
    const flags = u16(p + 8);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    const compressed = u32(p + 20);
    const uncompressed = u32(p + 24);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return undefined;
    if (p + 46 + nameLength > bytes.length) return undefined;
    // Bit 11: the name is UTF-8; otherwise CP437, which for a workbook's ASCII part names reads the same as latin1.
    let name = (flags & 0x800 ? utf8 : latin1).decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (name.startsWith("/")) name = name.slice(1);
    entries.push({ name, flags, method: u16(p + 10), compressed, uncompressed, local: u32(p + 42) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const FREE_OR_END = 0xfffffffa; // sector numbers from here up are markers (end of chain, free, FAT…), not sectors

/**
 * The stream and storage names in an OLE compound file's directory (MS-CFB): enough to tell an encrypted
 * .xlsx (EncryptionInfo) from an .xls. Follows the directory's sector chain through the FAT sectors listed in
 * the header; a damaged file yields the names read so far.
 */
export function oleStreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (bytes.length < 512) return names;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return names;
  const sectorAt = (s: number) => (s + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s >= FREE_OR_END) break;
    fatSectors.push(s);
  }
  const nextSector = (s: number): number => {
    const perSector = sectorSize / 4;
    const fat = fatSectors[Math.floor(s / perSector)];
    const at = fat === undefined ? -1 : sectorAt(fat) + (s % perSector) * 4;
    return at < 0 || at + 4 > bytes.length ? FREE_OR_END : view.getUint32(at, true);
  };
  const utf16 = new TextDecoder("utf-16le");
  const seen = new Set<number>();
  for (let s = view.getUint32(0x30, true); s < FREE_OR_END && !seen.has(s); s = nextSector(s)) {
    seen.add(s); // a looping chain in a damaged file must not loop here
    for (let at = sectorAt(s); at + 128 <= Math.min(bytes.length, sectorAt(s) + sectorSize); at += 128) {
      const nameBytes = view.getUint16(at + 0x40, true);
      if (nameBytes >= 2 && nameBytes <= 64) names.add(utf16.decode(bytes.subarray(at, at + nameBytes - 2)));
    }
  }
  return names;
}
