/**
 * The custom functions' part of the build: the functions entry and functions.json, generated and checked on
 * every build. webpack.config.js merges `entry` and `plugins`. In the shared runtime the functions run on the
 * task pane's page, so the entry depends on "taskpane" and reuses its copy of core, decimal.js and zod.
 * `--env functionsOnly` builds the functions alone (`npx webpack --config webpack.functions.js --env
 * functionsOnly`), for which `module`, `resolve` and `output` are here too.
 */
const path = require("node:path");
const { FunctionsMetadataPlugin } = require("./scripts/functions-metadata");

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode || "production",
  entry: {
    functions: env.functionsOnly
      ? "./src/functions/functions.ts"
      : { import: "./src/functions/functions.ts", dependOn: "taskpane" },
  },
  plugins: [new FunctionsMetadataPlugin({ output: "functions.json" })],
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: false },
  devtool: "source-map",
});
