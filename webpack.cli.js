/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the reviewers' command line into dist/cli/: jx.js (the `jx` command) and check-worker.js (the worker
 * thread `jx check` spreads a batch over). One pre-compiled file each, so a worker thread starts in a tenth of
 * a second rather than the ~0.4 s tsx needs to load and compile the sources.
 *
 * Libraries are bundled, except the two only some commands need and that load on first use from node_modules:
 * exceljs (the fallback reader for .xlsx files the fast reader refuses) and docx (jx report).
 */
const path = require("path");
const webpack = require("webpack");

const LAZY_LIBRARIES = /^(exceljs|exceljs\/lib\/doc\/workbook|docx)$/;

module.exports = {
  target: "node20",
  mode: "production",
  entry: { jx: "./src/cli/jx.ts", "check-worker": "./src/cli/check-worker.ts" },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", chunkFilename: "jx-[name].js", library: { type: "commonjs2" }, clean: true },
  externals: [({ request }, callback) => (LAZY_LIBRARIES.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  // Plain Node globals: check-files (in jx-check.js) finds check-worker.js beside itself through __dirname,
  // so every file of the build sits in one folder.
  node: { __dirname: false, __filename: false },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  // Readable stack traces in reviewers' bug reports matter more than a few hundred KB on disk.
  optimization: { minimize: false, splitChunks: false },
  performance: { hints: false },
  plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true, include: "jx.js" })],
};
