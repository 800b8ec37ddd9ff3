/**
 * The custom functions' part of the build: the functions entry (bundled into the shared runtime with the
 * task pane, so both use one copy of core) and functions.json, generated and checked on every build.
 * webpack.config.js merges `entry` and `plugins`; `module`, `resolve` and `output` let this file build
 * on its own too (`npx webpack --config webpack.functions.js`).
 */
const path = require("node:path");
const { FunctionsMetadataPlugin } = require("./scripts/functions-metadata");

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode || "production",
  entry: { functions: "./src/functions/functions.ts" },
  plugins: [new FunctionsMetadataPlugin({ output: "functions.json" })],
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: false },
  devtool: "source-map",
});
