import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every rule module has a RuleTester table: some test under test/core/rules imports it. */
const SRC = join(__dirname, "../../../src/core/rules");
const TESTS = __dirname;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

test("every rule module is imported by a rule test", () => {
  const tests = files(TESTS, ".test.ts").map((f) => readFileSync(f, "utf8")).join("\n");
  const rules = files(SRC, ".ts").filter((f) => readFileSync(f, "utf8").includes("export default defineRule("));
  const untested = rules.map((f) => relative(SRC, f).replace(/\.ts$/, "")).filter((m) => !tests.includes(`src/core/rules/${m}"`));
  expect(untested).toEqual([]);
});
