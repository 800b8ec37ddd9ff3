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
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("绩效自评");
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) expect(one(name).getAttribute("DefaultValue")).toMatch(/^https:\/\//);
    expect(one("Host").getAttribute("Name")).toBe("Workbook");
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(one("SourceLocation").getAttribute("DefaultValue")).toMatch(/\/taskpane\.html$/);
  });

  test("declares the minimum requirement sets the adapter and the shared runtime need", () => {
    const sets = Object.fromEntries(all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]));
    expect(sets).toEqual({ ExcelApi: MIN_EXCEL_API, SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" });
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
    const rewritten = manifestFor(SOURCE, "https://jx.czj.example.gov.cn/selfeval/");
    expect(parse(rewritten).errors).toEqual([]);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://jx.czj.example.gov.cn/selfeval/taskpane.html" />');
    expect(rewritten).toContain("<AppDomain>https://jx.czj.example.gov.cn</AppDomain>");
  });
});
