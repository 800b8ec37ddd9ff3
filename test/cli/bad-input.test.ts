/**
 * Files that are not readable workbooks, through the command line's reader: each gets its own Chinese message
 * (never "错误 0 处", never a library's English), decided before any reader unpacks the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, UnreadableInput } from "../../src/cli/io";
import { UNREADABLE_FILES } from "../fixtures/bad-inputs";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "jx-bad-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function messageFor(name: string, bytes: Buffer): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  try {
    await loadWorkbook(file);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableInput);
    return (e as Error).message;
  }
  throw new Error(`${name} was read as a workbook`);
}

test.each(UNREADABLE_FILES)("%s", async (_, name, make, message) => {
  const text = await messageFor(name, await make());
  expect(text).toMatch(message);
  expect(text).toContain(name);
});
