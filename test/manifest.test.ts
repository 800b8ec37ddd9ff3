import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { MIN_EXCEL_API } from "../src/excel/requirements";

/** manifest.xml checked offline (office-addin-manifest validate needs the network). */
const ROOT = join(__dirname, "..");
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../webpack.config.js") as { manifestFor: (c: string, url: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { intranetManifest, INTRANET_ID } = require("../scripts/manifest.js") as { intranetManifest: (c: string, url: string, version?: string) => string; INTRANET_ID: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PACKAGE_VERSION = (require("../package.json") as { version: string }).version;
const INTRANET_URL = "https://jx.czj.example.gov.cn/selfeval/";

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, "text/xml");
  return { doc, errors };
}

const { doc, errors } = parse(SOURCE);
const all = (name: string) => Array.from(doc.getElementsByTagName(name)) as Element[];
const one = (name: string) => {
  const found = all(name);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
};
const text = (name: string) => one(name).textContent?.trim() ?? "";

/** Resources defined under bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings, by id. */
function resources(): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const el of Array.from(doc.getElementsByTagNameNS(BT, "*")) as Element[]) {
    const id = el.getAttribute("id");
    if (id && (el.localName === "Image" || el.localName === "Url" || el.localName === "String")) out.set(id, el);
  }
  return out;
}

function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]);
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(errors).toEqual([]);
    expect(doc.documentElement?.localName).toBe("OfficeApp");
    expect(doc.documentElement?.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  test("has the required base elements, zh-CN by default with an en-US override", () => {
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text("Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text("ProviderName")).not.toBe("");
    expect(text("DefaultLocale")).toBe("zh-CN");
    for (const name of ["DisplayName", "Description"]) {
      const el = one(name);
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      const override = Array.from(el.getElementsByTagName("Override")) as Element[];
      expect(override.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
    }
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("绩效自评（开发版）");
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) expect(one(name).getAttribute("DefaultValue")).toMatch(/^https:\/\//);
    expect(one("Host").getAttribute("Name")).toBe("Workbook");
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(one("SourceLocation").getAttribute("DefaultValue")).toMatch(/\/taskpane\.html$/);
  });

  test("the base requirements are only what the task pane needs, so volume-licensed Office 2016–2021 list the add-in", () => {
    const base = (Array.from(doc.documentElement!.childNodes) as Element[]).find((n) => n.nodeName === "Requirements") as Element;
    const sets = (Array.from(base.getElementsByTagName("Set")) as Element[]).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    // Office 2016 volume-licensed knows ExcelApi 1.1 only; the shared runtime and custom functions are not there.
    expect(sets).toEqual([["ExcelApi", MIN_EXCEL_API]]);
    expect(MIN_EXCEL_API).toBe("1.1");
    // Without the ribbon (Office that ignores VersionOverrides) the task pane opens from the base manifest.
    const defaults = one("DefaultSettings");
    expect((Array.from(defaults.getElementsByTagName("SourceLocation")) as Element[])[0].getAttribute("DefaultValue")).toMatch(/\/taskpane\.html$/);
  });

  test("the shared runtime and the functions are in VersionOverrides, behind their own requirements (CustomFunctionsRuntime ≥ 1.2)", () => {
    const overrides = one("VersionOverrides");
    const requirements = (Array.from(overrides.childNodes) as Element[]).find((n) => n.nodeName === "Requirements") as Element;
    expect(requirements).toBeDefined();
    const sets = Object.fromEntries(
      (Array.from(requirements.getElementsByTagNameNS(BT, "Set")) as Element[]).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]),
    );
    expect(sets.SharedRuntime).toBe("1.1");
    // CustomFunctions.Error (our Chinese messages) is CustomFunctionsRuntime 1.2.
    expect(Number(sets.CustomFunctionsRuntime)).toBeGreaterThanOrEqual(1.2);
    for (const tag of ["Runtimes", "ExtensionPoint", "FunctionFile"]) {
      for (const el of all(tag)) {
        let p = el.parentNode as Element | null;
        while (p && p.nodeName !== "VersionOverrides") p = p.parentNode as Element | null;
        expect([tag, p?.nodeName]).toEqual([tag, "VersionOverrides"]);
      }
    }
  });

  test("the ribbon button of the shared runtime has no TaskpaneId", () => {
    expect(all("TaskpaneId")).toEqual([]);
    expect(SOURCE).not.toContain("TaskpaneId");
  });

  test("shares one runtime between the task pane, the ribbon and the custom functions", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = runtime.getAttribute("resid");
    const functions = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions") as Element;
    expect(functions).toBeDefined();
    const inside = (parent: Element, tag: string) => (Array.from(parent.getElementsByTagName(tag)) as Element[])[0];
    expect(inside(inside(functions, "Page"), "SourceLocation").getAttribute("resid")).toBe(page);
    expect(inside(inside(functions, "Script"), "SourceLocation").getAttribute("resid")).toBe("Functions.Script.Url");
    expect(inside(inside(functions, "Metadata"), "SourceLocation").getAttribute("resid")).toBe("Functions.Metadata.Url");
    expect(inside(functions, "Namespace").getAttribute("resid")).toBe("Functions.Namespace");
    expect(one("FunctionFile").getAttribute("resid")).toBe(page);
  });

  test("puts a 绩效自评 button on the Home tab that opens the task pane", () => {
    expect(one("OfficeTab").getAttribute("id")).toBe("TabHome");
    const button = all("Control").find((c) => c.getAttribute("xsi:type") === "Button") as Element;
    const label = (Array.from(button.getElementsByTagName("Label")) as Element[])[0].getAttribute("resid") as string;
    expect(resources().get(label)?.getAttribute("DefaultValue")).toBe("绩效自评");
    const action = (Array.from(button.getElementsByTagName("Action")) as Element[])[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect((Array.from(action.getElementsByTagName("SourceLocation")) as Element[])[0].getAttribute("resid")).toBe(one("Runtime").getAttribute("resid"));
  });

  test("every resid is defined, every resource is used, ids fit Office's 32-character limit, strings have en-US", () => {
    const defined = resources();
    const used = new Set(all("*").map((e) => e.getAttribute("resid")).filter((r): r is string => !!r));
    for (const id of used) expect(defined.has(id) ? id : `undefined resid ${id}`).toBe(id);
    for (const id of defined.keys()) expect(used.has(id) ? id : `unused resource ${id}`).toBe(id);
    for (const id of defined.keys()) expect(id.length).toBeLessThanOrEqual(32);
    for (const [id, el] of defined) {
      if (el.localName !== "String") continue;
      const overrides = (Array.from(el.getElementsByTagNameNS(BT, "Override")) as Element[]).map((o) => o.getAttribute("Locale"));
      expect([id, overrides]).toEqual([id, ["en-US"]]);
    }
  });

  test("URLs are https on one origin, listed in AppDomains, and point at files the build produces", () => {
    const found = urls(SOURCE);
    const origins = new Set(found.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
    expect(all("AppDomain").map((a) => a.textContent)).toEqual(["https://localhost:3000"]);
    const paths = new Set(found.map((u) => new URL(u).pathname).filter((p) => p !== "/"));
    expect([...paths].sort()).toEqual(
      ["/assets/icon-16.png", "/assets/icon-32.png", "/assets/icon-64.png", "/assets/icon-80.png", "/functions.js", "/functions.json", "/rules.html", "/taskpane.html"].sort(),
    );
    for (const p of paths) if (p.startsWith("/assets/")) expect(existsSync(join(ROOT, p))).toBe(true);
    const dist = join(ROOT, "dist");
    if (existsSync(join(dist, "manifest.xml"))) {
      const built = [...paths].filter((p) => !existsSync(join(dist, p)) && !(p === "/rules.html" && !existsSync(join(ROOT, "docs/rules.md"))));
      expect(built).toEqual([]);
    }
  });

  test("a build for an intranet server rewrites every URL and the AppDomain to that server", () => {
    const rewritten = manifestFor(SOURCE, INTRANET_URL);
    expect(parse(rewritten).errors).toEqual([]);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://jx.czj.example.gov.cn/selfeval/taskpane.html" />');
    expect(rewritten).toContain("<AppDomain>https://jx.czj.example.gov.cn</AppDomain>");
  });
});

describe("the intranet manifest (generated from manifest.xml by scripts/manifest.js)", () => {
  const intranet = intranetManifest(SOURCE, INTRANET_URL);
  const parsed = parse(intranet);
  const textOf = (d: typeof doc, name: string) => (Array.from(d.getElementsByTagName(name)) as Element[])[0]?.textContent?.trim();

  test("is well-formed and differs from the development manifest in Id, Version and name only where it must", () => {
    expect(parsed.errors).toEqual([]);
    expect(textOf(parsed.doc, "Id")).toBe(INTRANET_ID);
    expect(textOf(parsed.doc, "Id")).not.toBe(text("Id"));
    expect(textOf(parsed.doc, "Version")).toBe(`${PACKAGE_VERSION}.0`);
    expect(textOf(parsed.doc, "Version")).not.toBe(text("Version"));
    expect((Array.from(parsed.doc.getElementsByTagName("DisplayName")) as Element[])[0].getAttribute("DefaultValue")).toBe("绩效自评");
    expect(intranet).toContain('Value="Performance Self-Evaluation"');
    expect(intranet).not.toContain("开发版");
    expect(intranet).not.toContain("localhost");
    expect(urls(intranet).every((u) => u.startsWith("https://jx.czj.example.gov.cn"))).toBe(true);
  });

  test("keeps the reach of the development manifest: the same requirements, no TaskpaneId", () => {
    const sets = (d: typeof doc) => (Array.from(d.getElementsByTagName("Set")) as Element[]).map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets(parsed.doc)).toEqual(sets(doc));
    expect(intranet).not.toContain("TaskpaneId");
  });

  test("the version follows package.json, so a release makes Office reload the manifest", () => {
    expect(textOf(parse(intranetManifest(SOURCE, INTRANET_URL, "2.3.1")).doc, "Version")).toBe("2.3.1.0");
  });
});

describe("the build's dist/manifest.xml (webpack.config.js)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../webpack.config.js") as (env: object, argv: object) => { plugins: { patterns?: { from: string; transform?: (c: Buffer) => string }[] }[] };
  const manifestTransform = () => {
    const copy = config({}, { mode: "production" }).plugins.find((p) => p.patterns?.some((x) => x.from === "manifest.xml"))!;
    return copy.patterns!.find((x) => x.from === "manifest.xml")!.transform!;
  };
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  test("with ADDIN_URL it is the intranet manifest", () => {
    process.env.ADDIN_URL = INTRANET_URL;
    const built = manifestTransform()(Buffer.from(SOURCE));
    expect(built).toBe(intranetManifest(SOURCE, INTRANET_URL));
    expect(built).toContain(`<Id>${INTRANET_ID}</Id>`);
  });

  test("without it, the development manifest as it is", () => {
    delete process.env.ADDIN_URL;
    expect(manifestTransform()(Buffer.from(SOURCE))).toBe(SOURCE);
  });
});
