import { inflateRawSync } from "node:zlib";

/**
 * The entries of a .xlsx (a zip archive), read with Node's own zlib: for the command line, where jszip's
 * JavaScript inflate and promise-per-chunk machinery cost more than the rest of reading a workbook.
 * Only what Excel, WPS and exceljs write is understood — stored or deflated entries listed in the central
 * directory. Anything else (ZIP64, encryption, split archives, a corrupt entry) throws NotAZip, and the
 * caller hands the file to exceljs.
 */
export class NotAZip extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntries {
  /** Entry names in archive order, without a leading "/" (exceljs strips it too); folders left out. */
  names: string[];
  /** An entry's bytes decoded as UTF-8, or undefined when there is no such entry. */
  text(name: string): string | undefined;
}

export function readZip(bytes: Uint8Array): ZipEntries {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const offset = buf.readUInt32LE(end + 16);
  // 0xffff / 0xffffffff mean "see the ZIP64 record": no workbook of ours is that large.
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) throw new NotAZip("ZIP64 or inconsistent central directory");

  const where = new Map<string, { method: number; compressed: number; uncompressed: number; local: number }>();
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_FILE_HEADER) throw new NotAZip("bad central directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const uncompressed = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (flags & 0x1) throw new NotAZip("encrypted entry");
    if (method !== STORED && method !== DEFLATED) throw new NotAZip(`compression method ${method}`);
    // Bit 11: the name is UTF-8; otherwise it is CP437, which for the ASCII part names of a workbook is the same.
    let name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLength);
    if (name.startsWith("/")) name = name.slice(1);
    if (!name.endsWith("/")) {
      if (where.has(name)) throw new NotAZip(`two entries named ${name}`);
      where.set(name, { method, compressed, uncompressed, local });
      names.push(name);
    }
    p += 46 + nameLength + extraLength + commentLength;
  }

  return {
    names,
    text(name) {
      const entry = where.get(name);
      if (!entry) return undefined;
      const { method, compressed, uncompressed, local } = entry;
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new NotAZip(`bad local header of ${name}`);
      // The local header's own name and extra lengths may differ from the central directory's.
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      if (start + compressed > buf.length) throw new NotAZip(`${name} runs past the end of the file`);
      const data = buf.subarray(start, start + compressed);
      let content: Buffer;
      try {
        content = method === STORED ? data : inflateRawSync(data);
      } catch {
        throw new NotAZip(`${name} does not inflate`);
      }
      if (content.length !== uncompressed) throw new NotAZip(`${name} has the wrong size`);
      return content.toString("utf8");
    },
  };
}

/** The end-of-central-directory record sits in the last 22 bytes + up to 64 KB of archive comment. */
function findEndOfCentralDirectory(buf: Buffer): number {
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === END_OF_CENTRAL_DIRECTORY) return p;
  }
  throw new NotAZip("no end of central directory");
}
