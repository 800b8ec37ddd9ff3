/**
 * functions.json for the JX custom functions, and a webpack plugin that fails the build when it is wrong.
 * custom-functions-metadata only prints its errors, exits 0 and writes no file (design.md, toolchain facts),
 * so this wrapper turns every error, every missing function and every description that is not Chinese into
 * a build error. Usage outside webpack: `node scripts/functions-metadata.js dist/functions.json`.
 */
const fs = require("node:fs");
const path = require("node:path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

/** The ten functions of issue 4 (src/functions/functions.ts registers exactly these; a test keeps them equal). */
const JX_FUNCTION_IDS = [
  "EXECRATE",
  "EXECSCORE",
  "INDSCORE",
  "CONTROLRATE",
  "CHANGERATE",
  "SHARE",
  "GRADE",
  "SUMCHECK",
  "WANYUAN",
  "RMBUPPER",
];

const FUNCTIONS_DIR = path.join(__dirname, "..", "src", "functions");
const HAN = /\p{Script=Han}/u;

/** The .ts files of a folder that declare custom functions (carry a @customfunction tag). */
function functionFiles(dir = FUNCTIONS_DIR) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(dir, name))
    .filter((file) => fs.readFileSync(file, "utf8").includes("@customfunction"))
    .sort();
}

/**
 * Generates the metadata of the given files and checks it.
 * @returns {Promise<{ json: string, problems: string[] }>} json is "" when generation failed.
 */
async function generateFunctionsMetadata(files = functionFiles(), expectedIds = JX_FUNCTION_IDS) {
  const problems = [];
  let result;
  try {
    result = await generateCustomFunctionsMetadata(files, false);
  } catch (e) {
    return { json: "", problems: [`custom-functions-metadata 失败：${e.message}`] };
  }
  for (const error of result.errors) problems.push(`custom-functions-metadata 报错：${error}`);
  if (problems.length > 0 || !result.metadataJson) {
    if (!result.metadataJson) problems.push("未生成 functions.json");
    return { json: "", problems };
  }
  const metadataJson = withErrorsAsArguments(result.metadataJson);
  const functions = JSON.parse(metadataJson).functions;
  const ids = functions.map((f) => f.id);
  for (const id of expectedIds) if (!ids.includes(id)) problems.push(`functions.json 缺少函数 ${id}`);
  for (const f of functions) {
    if (!expectedIds.includes(f.id)) problems.push(`functions.json 含有未登记的函数 ${f.id}`);
    if (!HAN.test(f.description || "")) problems.push(`函数 ${f.id} 缺少中文说明`);
    for (const p of f.parameters) {
      if (!HAN.test(p.description || "")) problems.push(`函数 ${f.id} 的参数 ${p.name} 缺少中文说明`);
    }
  }
  return { json: problems.length > 0 ? "" : metadataJson, problems };
}

/**
 * Sets allowErrorForDataTypeAny, which the generator never writes. Without it Excel does not call a function
 * whose range argument holds an error anywhere and the whole spilled result is that error; with it the error
 * cell reaches the function (every parameter here is of type any) and only its own row shows an error.
 */
function withErrorsAsArguments(json) {
  const metadata = JSON.parse(json);
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 4);
}

/** Emits functions.json into the build output, or fails the compilation with every problem found. */
class FunctionsMetadataPlugin {
  /** @param {{ files?: string[], output?: string, expectedIds?: string[] }} [options] */
  constructor(options = {}) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "FunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const files = this.options.files || functionFiles();
        files.forEach((file) => compilation.fileDependencies.add(file));
        const { json, problems } = await generateFunctionsMetadata(files, this.options.expectedIds || JX_FUNCTION_IDS);
        if (problems.length > 0) {
          for (const problem of problems) compilation.errors.push(new WebpackError(`[functions.json] ${problem}`));
          return;
        }
        compilation.emitAsset(this.options.output || "functions.json", new sources.RawSource(json));
      });
    });
  }
}

module.exports = { JX_FUNCTION_IDS, functionFiles, generateFunctionsMetadata, FunctionsMetadataPlugin };

if (require.main === module) {
  const out = process.argv[2] || path.join("dist", "functions.json");
  generateFunctionsMetadata().then(({ json, problems }) => {
    if (problems.length > 0) {
      problems.forEach((p) => console.error(p));
      process.exitCode = 1;
      return;
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, json);
    console.log(`已生成 ${out}`);
  });
}
