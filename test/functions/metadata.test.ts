import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { JX_FUNCTIONS, registerCustomFunctions, type CustomFunctionsHost } from "../../src/functions/functions";
import { CellError } from "../../src/functions/cell";
import { excelArguments, functionsJson, type FormulaArg, type FunctionsJson } from "./excel-call";

// The build script is CommonJS (webpack loads it directly).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const metadata = require("../../scripts/functions-metadata.js") as {
  JX_FUNCTION_IDS: string[];
  functionFiles: (dir?: string) => string[];
  generateFunctionsMetadata: (files?: string[], expected?: string[]) => Promise<{ json: string; problems: string[] }>;
  FunctionsMetadataPlugin: new (options?: { files?: string[]; output?: string }) => webpack.WebpackPluginInstance;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functionsConfig = require("../../webpack.functions.js") as (env?: object, argv?: object) => webpack.Configuration;

const ROOT = resolve(__dirname, "..", "..");
const HAN = /\p{Script=Han}/u;

/** A function file with a mistake the generator reports: a parameter type custom functions cannot take. */
const BROKEN = `
/**
 * 坏函数
 * @customfunction BROKEN
 * @param when 日期
 */
export function BROKEN(when: Date): number {
  return when.getTime();
}
`;

function run(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((done, fail) =>
    webpack(config, (error, stats) => (error || !stats ? fail(error ?? new Error("no stats")) : done(stats))),
  );
}

/** A throwaway webpack build of a trivial entry, with the metadata plugin pointed at the given files. */
async function buildWith(files: string[]): Promise<{ stats: webpack.Stats; outDir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "jx-functions-"));
  writeFileSync(join(dir, "entry.js"), "module.exports = 1;\n");
  const stats = await run({
    mode: "development",
    context: dir,
    entry: "./entry.js",
    output: { path: join(dir, "dist") },
    plugins: [new metadata.FunctionsMetadataPlugin({ files })],
    infrastructureLogging: { level: "none" },
  });
  return { stats, outDir: join(dir, "dist") };
}

describe("functions.json", () => {
  it("registers exactly the ten functions the build expects", () => {
    expect(Object.keys(JX_FUNCTIONS).sort()).toEqual([...metadata.JX_FUNCTION_IDS].sort());
  });

  it("lists all ten with Chinese descriptions of each function and each parameter", async () => {
    const { json, problems } = await metadata.generateFunctionsMetadata();
    expect(problems).toEqual([]);
    const functions = JSON.parse(json).functions as { id: string; description: string; parameters: { name: string; description: string; dimensionality?: string }[] }[];
    expect(functions.map((f) => f.id).sort()).toEqual([...metadata.JX_FUNCTION_IDS].sort());
    for (const f of functions) {
      expect(f.description).toMatch(HAN);
      for (const p of f.parameters) {
        expect(p.description).toMatch(HAN);
        // Every argument takes a cell or a range.
        expect(p.dimensionality).toBe("matrix");
      }
    }
    const execRate = functions.find((f) => f.id === "EXECRATE")!;
    expect(execRate.parameters.map((p) => p.name)).toEqual(["execution", "budget", "decimals"]);
  });

  it("reports a generator error, which the generator alone would only print", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jx-broken-"));
    writeFileSync(join(dir, "broken.ts"), BROKEN);
    const { json, problems } = await metadata.generateFunctionsMetadata([join(dir, "broken.ts")], ["BROKEN"]);
    expect(json).toBe("");
    expect(problems.join("\n")).toContain('does not support type "Date"');
  });

  it("reports a function missing from functions.json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jx-missing-"));
    const files = metadata.functionFiles().filter((f) => !f.endsWith("rmbupper.ts"));
    for (const f of files) copyFileSync(f, join(dir, f.split(/[\\/]/).pop()!));
    const { problems } = await metadata.generateFunctionsMetadata(metadata.functionFiles(dir));
    expect(problems).toEqual(["functions.json 缺少函数 RMBUPPER"]);
  });

  it("reports a function without a Chinese description", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jx-english-"));
    writeFileSync(join(dir, "f.ts"), "/**\n * Execution rate\n * @customfunction EXECRATE\n * @param a 执行数\n */\nexport function EXECRATE(a: number): number { return a; }\n");
    const { problems } = await metadata.generateFunctionsMetadata([join(dir, "f.ts")], ["EXECRATE"]);
    expect(problems).toEqual(["函数 EXECRATE 缺少中文说明"]);
  });
});

describe("the build", () => {
  it("fails when metadata generation reports an error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jx-broken-build-"));
    writeFileSync(join(dir, "broken.ts"), BROKEN);
    const { stats } = await buildWith([join(dir, "broken.ts")]);
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message).join("\n")).toContain("[functions.json] custom-functions-metadata 报错");
  });

  it("fails when a function is missing from functions.json", async () => {
    const { stats } = await buildWith(metadata.functionFiles().filter((f) => !f.endsWith("grade.ts")));
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message)).toContain("[functions.json] functions.json 缺少函数 GRADE");
  });

  it("shares the task pane's bundle in the add-in build (shared runtime)", () => {
    expect(functionsConfig({}, {}).entry).toEqual({ functions: { import: "./src/functions/functions.ts", dependOn: "taskpane" } });
  });

  it("builds the functions bundle alone and emits functions.json listing all ten (webpack.functions.js)", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "jx-functions-build-"));
    const config = functionsConfig({ functionsOnly: true }, { mode: "development" });
    const stats = await run({ ...config, context: ROOT, output: { ...config.output, path: outDir }, devtool: false, infrastructureLogging: { level: "none" } });
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    const json = JSON.parse(readFileSync(join(outDir, "functions.json"), "utf8"));
    expect(json.functions.map((f: { id: string }) => f.id).sort()).toEqual([...metadata.JX_FUNCTION_IDS].sort());
    // The bundle registers through the guarded associate call, not the plugin loader's unguarded one.
    expect(readFileSync(join(outDir, "functions.js"), "utf8")).toContain("CustomFunctions");
  });
});

describe("registration in the Excel runtime", () => {
  class HostError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }

  function fakeHost() {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const host: CustomFunctionsHost = {
      associate: (id, fn) => associated.set(id, fn),
      Error: HostError as unknown as CustomFunctionsHost["Error"],
    };
    return { host, associated };
  }

  it("associates every function by its id and hands Excel its own error objects", async () => {
    const json: FunctionsJson = await functionsJson();
    const { host, associated } = fakeHost();
    registerCustomFunctions(host);
    expect([...associated.keys()].sort()).toEqual([...metadata.JX_FUNCTION_IDS].sort());
    // What Excel does: fn.apply(null, parameterValues), the values built from functions.json.
    const excel = (id: string, ...args: unknown[]) =>
      associated.get(id)!.apply(null, excelArguments(json.functions.find((f) => f.id === id)!, args as FormulaArg[]));
    expect(excel("EXECRATE", 452.37, 500, 2)).toEqual([[0.9047]]);
    const [[divZero], [blank], [ref]] = excel("EXECRATE", [[1], ["—"], [{ code: "#REF!" }]], [[0], [5], [5]]) as unknown[][];
    expect(divZero).toBeInstanceOf(HostError);
    // Excel shows messages with #VALUE! and #N/A only; #DIV/0! goes without one.
    expect(divZero).toEqual(new HostError("#DIV/0!"));
    expect(blank).toEqual(new HostError("#N/A", "参数“执行数”为空或为“—”，没有可用的数字"));
    // #REF! is accepted as an input, never as a result.
    expect(ref).toEqual(new HostError("#VALUE!", "参数“执行数”是错误值 #REF!"));
    expect(excel("RMBUPPER", 10)).toEqual([["壹拾元整"]]);
    expect(excel("SUMCHECK", 100, [[40], [60]])).toBe(true);
    expect(excel("SUMCHECK", 100, 40, 60)).toBe(true);
    expect(excel("SUMCHECK", 100, [[40]], 59.9)).toBeCloseTo(0.1, 10);
    expect(excel("GRADE", "x")).toEqual([[new HostError("#VALUE!", "参数“总分”的值“x”不是数字")]]);
    expect(new CellError("#N/A")).not.toBeInstanceOf(HostError);
  });
});
