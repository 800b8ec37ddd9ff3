import { inflateRawSync } from "node:zlib";
import { centralDirectory, MAX_PART_BYTES, storedBytes, type CentralEntry } from "./precheck";

/**
 * The entries of a .xlsx (a zip archive), read with Node's own zlib: for the command line, where jszip's
 * JavaScript inflate and promise-per-chunk machinery cost more than the rest of reading a workbook.
 * Only what Excel, WPS and exceljs write is understood — stored or deflated entries listed in the central
 * directory. Anything else (ZIP64, encryption, split archives, a corrupt entry) throws NotAZip, and the
 * caller hands the file to exceljs.
 */
export class NotAZip extends Error {}
/** An entry that inflates past its declared size or the cap: a zip bomb, not a workbook. */
export class Oversized extends NotAZip {}

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
  const entries = centralDirectory(bytes);
  if (!entries) throw new NotAZip("no central directory this reader follows (ZIP64, split or corrupt)");
  const where = new Map<string, CentralEntry>();
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.flags & 0x1) throw new NotAZip("encrypted entry");
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new NotAZip(`compression method ${entry.method}`);
    if (entry.name.endsWith("/")) continue;
    if (where.has(entry.name)) throw new NotAZip(`two entries named ${entry.name}`);
    where.set(entry.name, entry);
    names.push(entry.name);
  }
  return {
    names,
    text(name) {
      const entry = where.get(name);
      return entry && entryBytes(buf, entry).toString("utf8");
    },
  };
}

/**
 * An entry's bytes, inflated no further than the size the central directory declares (and never past the
 * cap): a forged small size must not let a zip bomb unpack gigabytes.
 */
function entryBytes(buf: Buffer, entry: CentralEntry): Buffer {
  const { name, method, uncompressed } = entry;
  const stored = storedBytes(buf, entry);
  if (!stored) throw new NotAZip(`bad local header of ${name}, or it runs past the end of the file`);
  const data = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  let content: Buffer;
  try {
    content = method === STORED ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(uncompressed, MAX_PART_BYTES)) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new Oversized(`${name} inflates past its declared size`);
    throw new NotAZip(`${name} does not inflate`);
  }
  if (content.length !== uncompressed) throw new NotAZip(`${name} has the wrong size`);
  return content;
}
