/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the Excel add-in (taskpane.html: the task pane and, with the shared runtime, the custom functions),
 * the standalone offline page (index.html) and the manifest into dist/.
 *
 *   ADDIN_URL=https://intranet.example/jx/   where dist/ will be served; dist/manifest.xml is then the intranet manifest
 *                                            (scripts/manifest.js). Default: the dev server and the development manifest.
 *   OFFICE_JS=cdn                            load office.js from Microsoft's CDN instead of this add-in's own origin
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { DEV_URL, intranetManifest, manifestFor } = require("./scripts/manifest");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const DIST = path.resolve(__dirname, "dist");

/** The custom functions (entry + metadata plugin) come from the functions engineer's webpack.functions.js. */
function functionsConfig(env, argv) {
  const file = path.resolve(__dirname, "webpack.functions.js");
  if (!fs.existsSync(file)) return { entry: {}, plugins: [] };
  return require(file)(env, argv);
}

/** docs/rules.md → rules.html, so each finding's 规则说明 link works offline from the add-in's own folder. */
function rulesHtml(markdown) {
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const inline = (t) =>
    esc(t)
      .replace(/`([a-z][\w-]*\.[\w.-]+)`/g, '<a href="#$1"><code>$1</code></a>')
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  const cells = (line) => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  const out = [];
  let block = null; // "ul" | "table"
  const close = () => {
    if (block === "ul") out.push("</ul>");
    if (block === "table") out.push("</tbody></table>");
    block = null;
  };
  for (const line of markdown.replace(/<!--[\s\S]*?-->/g, "").split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    const row = line.trim().startsWith("|");
    if ((block === "ul" && !item) || (block === "table" && !row)) close();
    if (heading) {
      // A heading that is a rule id ("## final.t01.income-total") is that rule's anchor.
      const id = /^`?([a-z][\w-]*\.[\w.-]+)`?\s*$/.exec(heading[2]);
      const n = heading[1].length;
      out.push(`<h${n}${id ? ` id="${esc(id[1])}"` : ""}>${inline(heading[2])}</h${n}>`);
    } else if (item) {
      if (block !== "ul") out.push("<ul>");
      block = "ul";
      out.push(`<li>${inline(item[1])}</li>`);
    } else if (row) {
      if (/^\|[\s:|-]+\|$/.test(line.trim())) continue;
      if (block !== "table") {
        out.push(`<table><thead><tr>${cells(line).map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>`);
        block = "table";
      } else out.push(`<tr>${cells(line).map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`);
    } else if (line.trim()) out.push(`<p>${inline(line)}</p>`);
  }
  close();
  const css =
    'body{font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6}' +
    "code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}:target{background:#fff4ce}";
  return `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>核对规则说明</title><style>${css}</style></head><body>${out.join("\n")}</body></html>`;
}

const MANIFEST = path.resolve(__dirname, "manifest.xml");
const MAC_WEF = path.join(require("os").homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");
const WIN_WEF = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const addinId = () => /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, "utf8"))[1];

/**
 * Sideloads manifest.xml into desktop Excel, where there is one, the way the official template's
 * office-addin-debugging does: Windows reads developer manifests from the WEF\Developer registry key,
 * Mac from Excel's wef folder. Elsewhere (Linux, CI) it only prints the instructions.
 */
function sideload() {
  const { execFileSync } = require("child_process");
  try {
    if (process.platform === "win32") {
      execFileSync("reg", ["add", WIN_WEF, "/v", addinId(), "/t", "REG_SZ", "/d", MANIFEST, "/f"], { stdio: "ignore" });
      execFileSync("cmd", ["/c", "start", "", "excel"], { stdio: "ignore" });
      return "已在本机 Excel 中注册加载项并启动 Excel（“开始”选项卡 → 绩效自评）。";
    }
    if (process.platform === "darwin" && fs.existsSync(path.dirname(MAC_WEF))) {
      fs.mkdirSync(MAC_WEF, { recursive: true });
      fs.copyFileSync(MANIFEST, path.join(MAC_WEF, `${addinId()}.manifest.xml`));
      execFileSync("open", ["-a", "Microsoft Excel"], { stdio: "ignore" });
      return "已在本机 Excel 中注册加载项并启动 Excel（“开始”选项卡 → 绩效自评）。";
    }
  } catch (e) {
    return `未能自动旁加载（${e.message}），请按下面的步骤手动加载。`;
  }
  return "本机没有桌面版 Excel，请按下面的步骤旁加载。";
}

/** `npm run stop`: removes what sideload() registered. */
function unsideload() {
  const { execFileSync } = require("child_process");
  if (process.platform === "win32") execFileSync("reg", ["delete", WIN_WEF, "/v", addinId(), "/f"], { stdio: "ignore" });
  const mac = path.join(MAC_WEF, `${addinId()}.manifest.xml`);
  if (fs.existsSync(mac)) fs.rmSync(mac);
}

/** office.js and what it loads next to itself (Excel host scripts, string tables), without debug builds. */
function officeJsPatterns() {
  const from = (glob) => ({ from: glob, context: path.join(OFFICE_JS_DIR, "dist"), to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } });
  return [
    from("office.js"),
    from("excel*.js"),
    from("custom-functions-runtime.js"),
    from("o15apptofilemappingtable.js"),
    from("es6-promise.js"),
    from("*/office_strings.js"),
    from("telemetry/*.js"),
  ];
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const addinUrl = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, "/");
  const cdn = process.env.OFFICE_JS === "cdn";
  const functions = functionsConfig(env, argv);
  const functionChunks = Object.keys(functions.entry || {});
  const rules = path.resolve(__dirname, "docs/rules.md");
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      index: "./src/browser/index.tsx",
      ...functions.entry,
    },
    output: {
      path: DIST,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: { keep: /^cli\// }, // dist/cli/ is the command line's own build (webpack.cli.js)
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    // Each lazily loaded chunk carries its own libraries (exceljs, docx), named, rather than an anonymous vendor chunk.
    optimization: { splitChunks: { cacheGroups: { default: false, defaultVendors: false } } },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also hosts the custom functions.
        chunks: ["taskpane", ...functionChunks],
        officeJs: cdn ? OFFICE_JS_CDN : "office-js/office.js",
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/browser/index.html", chunks: ["index"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // A build for a server writes the intranet manifest; the default build keeps the development one.
            transform: (content) => (addinUrl === DEV_URL ? content.toString() : intranetManifest(content.toString(), addinUrl)),
          },
          ...(cdn ? [] : officeJsPatterns()),
          ...(fs.existsSync(rules) ? [{ from: "docs/rules.md", to: "rules.html", transform: (c) => rulesHtml(c.toString()) }] : []),
        ],
      }),
      ...(functions.plugins || []),
    ],
    devServer: {
      server: "https",
      port: 3000,
      hot: false,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      onListening: () => {
        console.log(
          [
            "",
            process.env.SIDELOAD === "0" ? "" : sideload(),
            "加载项开发服务器已启动：https://localhost:3000/taskpane.html（离线网页版：https://localhost:3000/index.html）",
            "首次使用请在浏览器中打开上述地址并信任自签名证书。",
            "旁加载：Excel 网页版 → 开始 → 加载项 → 更多设置 → 上传我的加载项 → 选择 manifest.xml；",
            "Excel 桌面版（Windows）→ 将 manifest.xml 所在文件夹设为共享文件夹并在“信任中心 → 受信任的加载项目录”中添加。",
            "详见 docs/deploy.md。",
            "",
          ].join("\n"),
        );
      },
    },
  };
};

module.exports.manifestFor = manifestFor;
module.exports.rulesHtml = rulesHtml;
module.exports.unsideload = unsideload;
