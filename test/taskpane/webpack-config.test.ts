/**
 * The build switches, read from the webpack configuration itself (building takes minutes; the built output
 * is checked by test/browser/page.test.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as (env: object, argv: { mode: string }) => {
  entry: Record<string, unknown>;
  plugins: { constructor: { name: string }; userOptions?: { filename?: string; officeJs?: string; chunks?: string[] }; patterns?: { from: string; to: string }[] }[];
  devServer: { server: string; port: number };
};

function build(officeJs?: string) {
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    return config({}, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}

const pane = (c: ReturnType<typeof build>) => c.plugins.find((p) => p.userOptions?.filename === "taskpane.html")!.userOptions!;
const copies = (c: ReturnType<typeof build>) => c.plugins.flatMap((p) => p.patterns ?? []);

test("by default office.js is copied into the build and loaded from the add-in's own folder", () => {
  const c = build();
  expect(pane(c).officeJs).toBe("office-js/office.js");
  expect(copies(c).filter((p) => p.to === "office-js/").map((p) => p.from)).toContain("office.js");
});

test("OFFICE_JS=cdn loads office.js from Microsoft's CDN and copies none of it", () => {
  const c = build("cdn");
  expect(pane(c).officeJs).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(copies(c).filter((p) => p.to === "office-js/")).toEqual([]);
});

test("one shared runtime page: the task pane page also loads the custom functions", () => {
  const c = build();
  expect(Object.keys(c.entry).sort()).toEqual(["functions", "index", "taskpane"]);
  expect(pane(c).chunks).toEqual(["taskpane", "functions"]);
  expect(c.devServer).toMatchObject({ server: "https", port: 3000 });
});
