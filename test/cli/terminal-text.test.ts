/**
 * Text output never passes a workbook's terminal control on: a sheet name carrying ESC [2J (clear screen) and
 * an OSC title change, and cell text in red, print as plain text.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { terminalSafe } from "../../src/cli/terminal-text";
import { loadWorkbook } from "../../src/cli/io";
import { ESCAPE_CELL_TEXT, ESCAPE_SHEET_NAME, packageWithEscapes } from "../fixtures/bad-inputs";

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-esc-"));
  file = join(dir, "材料.xlsx");
  writeFileSync(file, await packageWithEscapes());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

test("the fixture really carries the escape sequences into the snapshot", async () => {
  const snapshot = await loadWorkbook(file);
  const sheet = snapshot.sheets.find((s) => s.name === ESCAPE_SHEET_NAME);
  expect(sheet?.values.some((row) => row?.includes(ESCAPE_CELL_TEXT))).toBe(true);
});

test.each([["tables"], ["check"]])("jx %s prints the sheet name without its control sequences", async (command) => {
  let out = "";
  await main([command, file], (s) => (out += s + "\n"), () => {});
  expect(out).toContain("表");
  expect(out).toContain("工作表“表");
  expect(out).not.toMatch(CONTROL);
  expect(out).not.toContain("[2J");
  expect(out).not.toContain("被改的标题");
});

test("the escaped cell text is quoted without its sequences", async () => {
  let out = "";
  await main(["check", file], (s) => (out += s + "\n"), () => {});
  expect(out).toContain("“十二”");
  expect(out).not.toMatch(CONTROL);
});

test("terminalSafe removes whole sequences and lone controls, keeps line breaks, tabs and Chinese", () => {
  expect(terminalSafe("表\u001b[2J\u001b]0;标题\u0007一\t二\n三\u001b[31m红\u001b[0m\u009b2J\u202e反")).toBe("表一\t二\n三红反");
  expect(terminalSafe("普通文字")).toBe("普通文字");
});
