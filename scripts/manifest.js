/**
 * The two manifests of the add-in. manifest.xml is the development one (dev server, its own Id and Version, a
 * name that says 开发版) so it can be sideloaded next to the deployed add-in without Office mixing them up. The
 * intranet manifest is generated from it, never kept as a second copy that could drift: the deployed Id, the
 * package's version (Office reloads a manifest whose Version changed) and the server's address.
 */
const fs = require("node:fs");
const path = require("node:path");

const DEV_URL = "https://localhost:3000/";
/** The Id the add-in was first deployed under: keeping it lets an upgrade replace the installed add-in. */
const INTRANET_ID = "21cb7b98-971b-4e62-a151-421374740cd2";
const DEV_NAME = { "zh-CN": "绩效自评（开发版）", "en-US": "Performance Self-Evaluation (development)" };
const NAME = { "zh-CN": "绩效自评", "en-US": "Performance Self-Evaluation" };

/** package.json's "0.1.0" as the four-part manifest Version "0.1.0.0". */
function manifestVersion(packageVersion) {
  const parts = packageVersion.split(/[.+-]/).slice(0, 3).map((p) => String(Number(p) || 0));
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/** Every dev-server URL replaced by the deployment address; what remains (AppDomain) is the bare origin. */
function manifestFor(content, addinUrl) {
  return content.split(DEV_URL).join(addinUrl).split(new URL(DEV_URL).origin).join(new URL(addinUrl).origin);
}

/** The intranet manifest for a server at `addinUrl`, from the development manifest's text. */
function intranetManifest(devManifest, addinUrl, version = require("../package.json").version) {
  return manifestFor(devManifest, addinUrl)
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${INTRANET_ID}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`)
    .replace(`<DisplayName DefaultValue="${DEV_NAME["zh-CN"]}">`, `<DisplayName DefaultValue="${NAME["zh-CN"]}">`)
    .replace(`Value="${DEV_NAME["en-US"]}"`, `Value="${NAME["en-US"]}"`)
    .replace(/<!--[\s\S]*?-->\n/, "<!-- 绩效自评 Excel 加载项（内网部署版），由 scripts/manifest.js 从 manifest.xml 生成。 -->\n");
}

module.exports = { DEV_URL, INTRANET_ID, manifestFor, intranetManifest, manifestVersion };

// `node scripts/manifest.js https://server/path/ [out]` writes the intranet manifest without a full build.
if (require.main === module) {
  const url = process.argv[2];
  if (!url || !/^https:\/\//.test(url)) {
    console.error("用法：node scripts/manifest.js https://服务器/路径/ [输出文件]");
    process.exitCode = 1;
  } else {
    const out = process.argv[3] || path.join("dist", "manifest.xml");
    const dev = fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, intranetManifest(dev, url.replace(/\/?$/, "/")));
    console.log(`已生成 ${out}`);
  }
}
