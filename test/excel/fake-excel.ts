import { OfficeMockObject } from "office-addin-mock";
import { parseA1, parseRangeA1, rangeA1, toA1 } from "../../src/core/sheet/a1";
import type { CellValue } from "../../src/core/sheet/snapshot";

/**
 * A small Excel for the adapter tests: workbook state held as plain data, exposed through office-addin-mock
 * objects (load/sync semantics: a property read before load + sync is an error marker). Every Excel.run gets its
 * own request context, as in Office.js. Besides counting context.sync() calls and recording every property
 * written on a range the adapter obtained (so a test can prove that no user cell's value, formula or format was
 * written), it enforces what the real host enforces and the adapter must live with:
 * - the requirement set of each API (a member newer than the installed ExcelApi throws ApiNotFound when called);
 * - the 5 MB limit of a request's response on the web (RequestPayloadSizeLimitExceeded, the whole batch fails);
 * - getMergedAreasOrNullObject failing on more than 512 merged areas;
 * - a conditional format's id being its priority: deleting one moves the others up, and a new one goes on top;
 * - getItem of a sheet that no longer exists, and activating a hidden sheet, failing at sync;
 * - a sheet that cannot be read at all (FakeSheet.broken), failing every batch that reads it.
 */
export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
}
/** One conditional format; its place in FakeSheet.conditionalFormats is its priority (0 = top), as in Excel. */
export interface FakeConditionalFormat {
  range: string;
  /** The custom rule formula, or null for another type of conditional format (a user's data bar, say). */
  formula: string | null;
  fill: string | null;
  font: string | null;
}
export interface FakeSheet {
  name: string;
  protected: boolean;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  cells: Record<string, FakeCell>;
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
  /** Set: Excel fails every request that reads this sheet, with this message. */
  broken?: string;
}
export interface FakeWorkbookState {
  sheets: FakeSheet[];
  settings: Record<string, unknown>;
  /** Application.calculationMode (ExcelApi 1.8); Excel's default is automatic. */
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
}

/** Excel on the web's limit on a request's response. */
export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MERGED_AREAS_LIMIT = 512;

/** Builds a sheet from rows written from A1 down (null = empty), with optional per-cell formats. */
export function fakeSheet(
  name: string,
  rows: CellValue[][],
  extra: {
    protected?: boolean;
    visibility?: FakeSheet["visibility"];
    merges?: string[];
    formats?: Record<string, Partial<FakeCell>>;
    conditionalFormats?: FakeConditionalFormat[];
  } = {},
): FakeSheet {
  const cells: Record<string, FakeCell> = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      cells[toA1(r, c)] = { value, formula: null, numberFormat: "General", fill: null, fontColor: null };
    }),
  );
  for (const [a1, f] of Object.entries(extra.formats ?? {})) {
    cells[a1] = { ...(cells[a1] ?? { value: null, formula: null, numberFormat: "General", fill: null, fontColor: null }), ...f };
  }
  return {
    name,
    protected: extra.protected ?? false,
    visibility: extra.visibility ?? "Visible",
    cells,
    merges: extra.merges ?? [],
    conditionalFormats: extra.conditionalFormats ?? [],
  };
}

type Mock = OfficeMockObject & Record<string, any>;

function hostError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

/** One request context: its proxies, and what its next sync will do or refuse. */
class Batch {
  context: Mock | null = null;
  mocks: Mock[] = [];
  ops: (() => void)[] = [];
  /** Checks run before anything else at sync: one that throws fails the whole batch. */
  checks: (() => void)[] = [];
  /** Bytes each loaded range adds to the response. */
  payload: (() => number)[] = [];
}

export class FakeExcel {
  syncs = 0;
  /** "Sheet!A1.format.fill.color" etc.: every write the adapter made on a range object. */
  rangeWrites: string[] = [];
  selected: string | null = null;
  active: string | null = null;
  /** The largest response a sync returned, in bytes. */
  largestPayload = 0;
  /** Requests refused for their size. */
  refusedPayloads = 0;
  private api = 17;
  private syncing = false;
  private changeHandlers = new Set<() => Promise<void> | void>();

  constructor(readonly state: FakeWorkbookState) {}

  /** The globals the adapter uses: Excel.run and Office.context.requirements. */
  install(options: { excelApi?: string } = {}): void {
    this.api = Number((options.excelApi ?? "1.17").split(".")[1]);
    const g = globalThis as any;
    g.Excel = {
      // Excel.run(callback) gets a new request context; Excel.run(context, callback) reuses one (event removal).
      run: async <T>(a: unknown, b?: (ctx: Mock) => Promise<T>) => {
        if (typeof a === "function") return (a as (ctx: Mock) => Promise<T>)(this.newContext());
        return (b as (ctx: Mock) => Promise<T>)(a as Mock);
      },
    };
    g.Office = {
      context: {
        requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= this.api },
      },
    };
  }

  sheet(name: string): FakeSheet {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  /** The user types a value: the cell changes and Excel raises worksheets.onChanged. */
  async edit(sheet: string, a1: string, value: CellValue): Promise<void> {
    const s = this.sheet(sheet);
    s.cells[a1] = { ...(s.cells[a1] ?? { formula: null, numberFormat: "General", fill: null, fontColor: null }), value };
    for (const h of this.changeHandlers) await h();
  }

  get changeListeners(): number {
    return this.changeHandlers.size;
  }

  private requireApi(minor: number, member: string): void {
    if (this.api < minor) throw hostError("ApiNotFound", `${member} requires ExcelApi 1.${minor}`);
  }

  private newContext(): Mock {
    const b = new Batch();
    const context = this.mock(b, { workbook: {} });
    b.context = context;
    const workbook = context.workbook as Mock;
    workbook.worksheets = this.worksheets(b);
    workbook.settings = this.settings(b);
    workbook.application = this.application(b);
    context.sync = async () => {
      this.syncs++;
      const { ops, checks, payload } = b;
      b.ops = [];
      b.checks = [];
      b.payload = [];
      for (const check of checks) check();
      const bytes = payload.reduce((sum, f) => sum + f(), 0);
      if (bytes > FAKE_PAYLOAD_LIMIT) {
        this.refusedPayloads++;
        throw hostError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      }
      this.largestPayload = Math.max(this.largestPayload, bytes);
      for (const op of ops) op();
      this.syncing = true;
      for (const m of b.mocks) await OfficeMockObject.prototype.sync.call(m);
      // office-addin-mock resolves nested properties in un-awaited callbacks: let them all settle.
      await new Promise((r) => setTimeout(r, 0));
      this.syncing = false;
    };
    return context;
  }

  private mock(b: Batch, data: object): Mock {
    const m = new OfficeMockObject(data) as Mock;
    b.mocks.push(m);
    return m;
  }

  /** A collection whose load("items/a,items/b") loads a and b on every item, as Office.js does. */
  private collection(b: Batch, items: Mock[], methods: object, guard: (props: string) => void = () => {}): Mock {
    const coll = this.mock(b, { items, ...methods });
    const loadItems = coll.load.bind(coll);
    coll.load = (props: string) => {
      guard(props);
      loadItems("items");
      const own = props.split(",").map((p) => p.trim().replace(/^items\//, "")).join(",");
      for (const item of items) item.load(own);
      return coll;
    };
    return coll;
  }

  private worksheets(b: Batch): Mock {
    const fake = this;
    const items = this.state.sheets.map((s) => this.worksheet(b, s));
    const coll = this.collection(
      b,
      items,
      {
        getItem(name: string) {
          const s = fake.state.sheets.find((x) => x.name === name);
          if (s) return fake.worksheet(b, s);
          b.checks.push(() => {
            throw hostError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
          });
          return fake.worksheet(b, fakeSheet(name, []));
        },
      },
      (props) => {
        if (props.includes("protection")) this.requireApi(2, "Worksheet.protection");
      },
    );
    coll.onChanged = {
      add(handler: () => Promise<void> | void) {
        fake.requireApi(7, "WorksheetCollection.onChanged");
        fake.changeHandlers.add(handler);
        return { context: b.context, remove: () => b.ops.push(() => fake.changeHandlers.delete(handler)) };
      },
    };
    return coll;
  }

  private worksheet(b: Batch, s: FakeSheet): Mock {
    const fake = this;
    return this.mock(b, {
      name: s.name,
      visibility: s.visibility ?? "Visible",
      protection: { protected: s.protected },
      getUsedRangeOrNullObject() {
        fake.requireApi(4, "Worksheet.getUsedRangeOrNullObject");
        return fake.usedRange(b, s, true);
      },
      getUsedRange(valuesOnly?: boolean) {
        if (valuesOnly !== undefined) fake.requireApi(2, "Worksheet.getUsedRange(valuesOnly)");
        return fake.usedRange(b, s, false);
      },
      getRange(address?: string) {
        return fake.range(b, s, address ?? null);
      },
      getRanges(address: string) {
        return fake.mock(b, {
          select() {
            b.ops.push(() => (fake.selected = `${s.name}!${address}`));
          },
        });
      },
      activate() {
        b.ops.push(() => {
          if ((s.visibility ?? "Visible") !== "Visible") throw hostError("InvalidOperation", `Cannot activate hidden sheet ${s.name}`);
          fake.active = s.name;
        });
      },
    });
  }

  private bounds(s: FakeSheet): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of Object.entries(s.cells)) {
      if (c.value === null) continue;
      const p = parseA1(k)!;
      top = Math.min(top, p.row);
      left = Math.min(left, p.col);
      bottom = Math.max(bottom, p.row);
      right = Math.max(right, p.col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  private usedRange(b: Batch, s: FakeSheet, orNull: boolean): Mock {
    if (s.broken) {
      b.checks.push(() => {
        throw hostError("GeneralException", s.broken as string);
      });
    }
    const box = this.bounds(s);
    if (!box && orNull) {
      const m = this.mock(b, { isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 });
      m.load("isNullObject");
      return m;
    }
    // Before ExcelApi 1.4 an empty sheet's used range is A1.
    const { top, left, bottom, right } = box ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const m = this.mock(b, { isNullObject: false, rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 });
    m.load("isNullObject");
    return this.watch(m, `${s.name}!used`);
  }

  private range(b: Batch, s: FakeSheet, address: string | null): Mock {
    const fake = this;
    const label = `${s.name}!${address ?? "*"}`;
    const box = address ? parseRangeA1(address) : null;
    const cellCount = box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0;
    const block = () => {
      const values: unknown[][] = [];
      const formats: string[][] = [];
      if (!box) return { values: [[""]], formats: [["General"]] };
      for (let r = box.top; r <= box.bottom; r++) {
        const vr: unknown[] = [];
        const fr: string[] = [];
        for (let c = box.left; c <= box.right; c++) {
          const cell = s.cells[toA1(r, c)];
          vr.push(cell?.value ?? "");
          fr.push(cell?.numberFormat ?? "General");
        }
        values.push(vr);
        formats.push(fr);
      }
      return { values, formats };
    };
    // Only ranges whose cells are asked for build them (a whole sheet's getRange() is used for its formats).
    const data = cellCount > 0 && cellCount <= 2_000_000 ? block() : { values: [[""]], formats: [["General"]] };
    const first = box && cellCount === 1 ? s.cells[toA1(box.top, box.left)] : undefined;
    const m = this.mock(b, {
      address: label,
      values: data.values,
      formulas: [[first?.formula ?? ""]],
      numberFormat: data.formats,
      format: { fill: { color: first?.fill ?? "#FFFFFF" }, font: { color: first?.fontColor ?? "#000000" } },
      getMergedAreasOrNullObject() {
        fake.requireApi(13, "Range.getMergedAreasOrNullObject");
        const inside = s.merges.filter((a) => {
          const mb = parseRangeA1(a)!;
          return !box || (mb.top <= box.bottom && mb.bottom >= box.top && mb.left <= box.right && mb.right >= box.left);
        });
        if (inside.length > MERGED_AREAS_LIMIT) {
          b.checks.push(() => {
            throw hostError("GeneralException", "The number of merged areas in the range exceeds the limit.");
          });
        }
        if (inside.length === 0) {
          const none = fake.mock(b, { isNullObject: true, address: "" });
          none.load("isNullObject");
          return none;
        }
        const areas = fake.mock(b, { isNullObject: false, address: inside.map((a) => `'${s.name}'!${a}`).join(",") });
        areas.load("isNullObject");
        return areas;
      },
      select() {
        b.ops.push(() => (fake.selected = label));
      },
    });
    const load = m.load.bind(m);
    m.load = (props: string) => {
      if (/values|numberFormat/.test(props)) {
        if (s.broken) {
          b.checks.push(() => {
            throw hostError("GeneralException", s.broken as string);
          });
        }
        b.payload.push(() => Buffer.byteLength(JSON.stringify({ values: data.values, numberFormat: data.formats })));
      }
      return load(props);
    };
    if (this.api >= 6) m.conditionalFormats = address === null ? this.sheetFormats(b, s) : this.rangeFormats(b, s, address);
    return this.watch(m, label);
  }

  /** The conditional formats over a whole sheet: loadable, each deletable by its id, which is its priority. */
  private sheetFormats(b: Batch, s: FakeSheet): Mock {
    const fake = this;
    const items = s.conditionalFormats.map((cf, i) => {
      const m = this.mock(b, {
        id: String(i),
        priority: i,
        customOrNullObject: { isNullObject: cf.formula === null, rule: { formula: cf.formula ?? "" } },
        // Like Excel, the proxy names the format by its id (priority) when the batch runs, not by what it loaded.
        delete() {
          b.ops.push(() => fake.deleteAt(s, i));
        },
      });
      m.customOrNullObject.load("isNullObject");
      return m;
    });
    return this.collection(b, items, {
      getItem(id: string) {
        return fake.mock(b, {
          delete() {
            b.ops.push(() => fake.deleteAt(s, Number(id)));
          },
        });
      },
    });
  }

  private rangeFormats(b: Batch, s: FakeSheet, address: string): Mock {
    const fake = this;
    return this.mock(b, {
      add(type: string) {
        if (type !== "Custom") throw new Error(`unexpected conditional format type ${type}`);
        const cf = fake.mock(b, { custom: { rule: {}, format: { fill: {}, font: {} } } });
        b.ops.push(() => {
          if (s.protected) throw hostError("AccessDenied", `${s.name} is protected`);
          // A new conditional format takes the top priority; every other one moves down.
          s.conditionalFormats.unshift({ range: address, formula: cf.custom.rule.formula, fill: cf.custom.format.fill.color, font: cf.custom.format.font.color });
        });
        return cf;
      },
    });
  }

  private deleteAt(s: FakeSheet, priority: number): void {
    if (priority < 0 || priority >= s.conditionalFormats.length) throw hostError("ItemNotFound", `conditional format ${priority}`);
    s.conditionalFormats.splice(priority, 1);
  }

  /** Before ExcelApi 1.8 the application has no calculationMode: loading it fails the request, as in Excel. */
  private application(b: Batch): Mock {
    const app = this.mock(b, this.api >= 8 ? { calculationMode: this.state.calculationMode ?? "Automatic" } : {});
    const load = app.load.bind(app);
    app.load = (props: string) => {
      if (props.includes("calculationMode")) this.requireApi(8, "Application.calculationMode");
      return load(props);
    };
    return app;
  }

  private settings(b: Batch): Mock {
    const fake = this;
    return this.mock(b, {
      add(key: string, value: unknown) {
        fake.requireApi(4, "SettingCollection.add");
        b.ops.push(() => (fake.state.settings[key] = value));
      },
      getItemOrNullObject(key: string) {
        fake.requireApi(4, "SettingCollection.getItemOrNullObject");
        const has = key in fake.state.settings;
        const m = fake.mock(b, { isNullObject: !has, value: has ? (fake.state.settings[key] as any) : "" });
        m.load("isNullObject");
        return m;
      },
    });
  }

  /** Records writes to a range's data or format properties (office-addin-mock's own bookkeeping excluded). */
  private watch(m: Mock, label: string): Mock {
    const fake = this;
    const guard = (target: any, path: string): any =>
      new Proxy(target, {
        get(t, p, r) {
          const v = Reflect.get(t, p, r);
          // load() updates the mock's own property markers: bookkeeping, not a write by the adapter.
          if (p === "load" && typeof v === "function")
            return (...args: unknown[]) => {
              fake.syncing = true;
              try {
                return v.apply(r, args);
              } finally {
                fake.syncing = false;
              }
            };
          if (typeof p === "string" && !p.startsWith("_") && v && typeof v === "object" && v instanceof OfficeMockObject) return guard(v, `${path}.${p}`);
          return v;
        },
        set(t, p, v, r) {
          if (!fake.syncing && typeof p === "string" && !p.startsWith("_") && p !== "conditionalFormats" && p !== "load") fake.rangeWrites.push(`${path}.${p}`);
          return Reflect.set(t, p, v, r);
        },
      });
    return guard(m, label);
  }
}

/** Deep copy of workbook state, as Excel would have it after save and reopen. */
export function reopen(state: FakeWorkbookState): FakeWorkbookState {
  return JSON.parse(JSON.stringify(state)) as FakeWorkbookState;
}

/** A block of rows × cols cells from `at`, each filled by `value(r, c)`: large sheets for the limits. */
export function fillBlock(sheet: FakeSheet, rows: number, cols: number, value: (r: number, c: number) => CellValue, at = { row: 0, col: 0 }): FakeSheet {
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = value(r, c);
      if (v !== null) sheet.cells[toA1(at.row + r, at.col + c)] = { value: v, formula: null, numberFormat: "General", fill: null, fontColor: null };
    }
  }
  return sheet;
}

/** n one-row merged areas down column `col` from `row` (A1:B1, A2:B2, …). */
export function mergedRows(n: number, row = 0, col = 0): string[] {
  return Array.from({ length: n }, (_, i) => rangeA1(row + i, col, row + i, col + 1));
}
