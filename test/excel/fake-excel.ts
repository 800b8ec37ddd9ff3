import { OfficeMockObject } from "office-addin-mock";
import { parseA1, toA1 } from "../../src/core/sheet/a1";
import type { CellValue } from "../../src/core/sheet/snapshot";

/**
 * A small Excel for the adapter tests: workbook state held as plain data, exposed through office-addin-mock
 * objects (load/sync semantics: a property read before load + sync is an error marker). It counts
 * context.sync() calls and records every property written on a range the adapter obtained, so a test can
 * prove that no user cell's value, formula or format was written.
 */
export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
}
export interface FakeConditionalFormat {
  id: string;
  range: string;
  /** The custom rule formula, or null for another type of conditional format (a user's data bar, say). */
  formula: string | null;
  fill: string | null;
  font: string | null;
}
export interface FakeSheet {
  name: string;
  protected: boolean;
  cells: Record<string, FakeCell>;
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
}
export interface FakeWorkbookState {
  sheets: FakeSheet[];
  settings: Record<string, unknown>;
}

/** Builds a sheet from rows written from A1 down (null = empty), with optional per-cell formats. */
export function fakeSheet(
  name: string,
  rows: CellValue[][],
  extra: { protected?: boolean; merges?: string[]; formats?: Record<string, Partial<FakeCell>>; conditionalFormats?: FakeConditionalFormat[] } = {},
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
  return { name, protected: extra.protected ?? false, cells, merges: extra.merges ?? [], conditionalFormats: extra.conditionalFormats ?? [] };
}

type Mock = OfficeMockObject & Record<string, any>;

export class FakeExcel {
  syncs = 0;
  /** "Sheet!A1.format.fill.color" etc.: every write the adapter made on a range object. */
  rangeWrites: string[] = [];
  selected: string | null = null;
  active: string | null = null;
  private mocks: Mock[] = [];
  private ops: (() => void)[] = [];
  private syncing = false;
  private nextId = 1;
  readonly context: Mock;

  constructor(readonly state: FakeWorkbookState) {
    for (const s of state.sheets) for (const cf of s.conditionalFormats) this.nextId = Math.max(this.nextId, Number(cf.id.replace(/\D/g, "")) + 1);
    this.context = this.mock({ workbook: {} });
    const workbook = this.context.workbook as Mock;
    workbook.worksheets = this.worksheets();
    workbook.settings = this.settings();
    this.context.sync = async () => {
      this.syncs++;
      const ops = this.ops;
      this.ops = [];
      for (const op of ops) op();
      this.syncing = true;
      for (const m of this.mocks) await OfficeMockObject.prototype.sync.call(m);
      // office-addin-mock resolves nested properties in un-awaited callbacks: let them all settle.
      await new Promise((r) => setTimeout(r, 0));
      this.syncing = false;
    };
  }

  /** The globals the adapter uses: Excel.run and Office.context.requirements. */
  install(options: { excelApi?: string } = {}): void {
    const supported = options.excelApi ?? "1.17";
    const g = globalThis as any;
    g.Excel = { run: async <T>(cb: (ctx: Mock) => Promise<T>) => cb(this.context) };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= Number(supported.split(".")[1]),
        },
      },
    };
  }

  sheet(name: string): FakeSheet {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  private mock(data: object): Mock {
    const m = new OfficeMockObject(data) as Mock;
    this.mocks.push(m);
    return m;
  }

  /** A collection whose load("items/a,items/b") loads a and b on every item, as Office.js does. */
  private collection(items: Mock[], methods: object): Mock {
    const coll = this.mock({ items, ...methods });
    const loadItems = coll.load.bind(coll);
    coll.load = (props: string) => {
      loadItems("items");
      const own = props.split(",").map((p) => p.trim().replace(/^items\//, "")).join(",");
      for (const item of items) item.load(own);
      return coll;
    };
    return coll;
  }

  private worksheets(): Mock {
    const items = this.state.sheets.map((s) => this.worksheet(s));
    const fake = this;
    return this.collection(items, {
      getItem(name: string) {
        const s = fake.sheet(name);
        return fake.worksheet(s);
      },
    });
  }

  private worksheet(s: FakeSheet): Mock {
    const fake = this;
    return this.mock({
      name: s.name,
      protection: { protected: s.protected },
      getUsedRangeOrNullObject() {
        return fake.usedRange(s);
      },
      getRange(address?: string) {
        return fake.range(s, address ?? null);
      },
      getRanges(address: string) {
        return fake.mock({
          select() {
            fake.ops.push(() => (fake.selected = `${s.name}!${address}`));
          },
        });
      },
      activate() {
        fake.ops.push(() => (fake.active = s.name));
      },
    });
  }

  private usedRange(s: FakeSheet): Mock {
    const keys = Object.entries(s.cells).filter(([, c]) => c.value !== null).map(([k]) => parseA1(k)!);
    if (keys.length === 0) return this.nullObject();
    const top = Math.min(...keys.map((k) => k.row));
    const left = Math.min(...keys.map((k) => k.col));
    const bottom = Math.max(...keys.map((k) => k.row));
    const right = Math.max(...keys.map((k) => k.col));
    const values: unknown[][] = [];
    const formats: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      values.push([]);
      formats.push([]);
      for (let c = left; c <= right; c++) {
        const cell = s.cells[toA1(r, c)];
        values[values.length - 1].push(cell?.value ?? "");
        formats[formats.length - 1].push(cell?.numberFormat ?? "General");
      }
    }
    const m = this.mock({ values, numberFormat: formats, rowIndex: top, columnIndex: left, isNullObject: false });
    m.load("isNullObject");
    return this.watch(m, `${s.name}!used`);
  }

  private nullObject(): Mock {
    const m = this.mock({ isNullObject: true, values: [], numberFormat: [], rowIndex: 0, columnIndex: 0, address: "" });
    m.load("isNullObject");
    return m;
  }

  private range(s: FakeSheet, address: string | null): Mock {
    const fake = this;
    const label = `${s.name}!${address ?? "*"}`;
    const first = address ? s.cells[address] : undefined;
    const m = this.mock({
      address: label,
      values: [[first?.value ?? ""]],
      formulas: [[first?.formula ?? ""]],
      numberFormat: [[first?.numberFormat ?? "General"]],
      format: { fill: { color: first?.fill ?? "#FFFFFF" }, font: { color: first?.fontColor ?? "#000000" } },
      getMergedAreasOrNullObject() {
        if (s.merges.length === 0) return fake.nullObject();
        const areas = fake.mock({ isNullObject: false, address: s.merges.map((a) => `'${s.name}'!${a}`).join(",") });
        areas.load("isNullObject");
        return areas;
      },
      select() {
        fake.ops.push(() => (fake.selected = label));
      },
    });
    m.conditionalFormats = address === null ? this.sheetFormats(s) : this.rangeFormats(s, address);
    return this.watch(m, label);
  }

  /** The conditional formats over a whole sheet: loadable, each deletable. */
  private sheetFormats(s: FakeSheet): Mock {
    const fake = this;
    const items = s.conditionalFormats.map((cf) => {
      const m = this.mock({
        id: cf.id,
        customOrNullObject: { isNullObject: cf.formula === null, rule: { formula: cf.formula ?? "" } },
        delete() {
          fake.ops.push(() => fake.deleteFormat(s, cf.id));
        },
      });
      m.customOrNullObject.load("isNullObject");
      return m;
    });
    return this.collection(items, {
      getItem(id: string) {
        return fake.mock({
          delete() {
            fake.ops.push(() => fake.deleteFormat(s, id));
          },
        });
      },
    });
  }

  private rangeFormats(s: FakeSheet, address: string): Mock {
    const fake = this;
    return this.mock({
      add(type: string) {
        if (type !== "Custom") throw new Error(`unexpected conditional format type ${type}`);
        const cf = fake.mock({ custom: { rule: {}, format: { fill: {}, font: {} } } });
        fake.ops.push(() => {
          if (s.protected) throw new Error(`AccessDenied: ${s.name} is protected`);
          s.conditionalFormats.push({
            id: `cf${fake.nextId++}`,
            range: address,
            formula: cf.custom.rule.formula,
            fill: cf.custom.format.fill.color,
            font: cf.custom.format.font.color,
          });
        });
        return cf;
      },
    });
  }

  private deleteFormat(s: FakeSheet, id: string): void {
    const i = s.conditionalFormats.findIndex((cf) => cf.id === id);
    if (i < 0) throw new Error(`ItemNotFound: conditional format ${id}`);
    s.conditionalFormats.splice(i, 1);
  }

  private settings(): Mock {
    const fake = this;
    return this.mock({
      add(key: string, value: unknown) {
        fake.ops.push(() => (fake.state.settings[key] = value));
      },
      getItemOrNullObject(key: string) {
        const has = key in fake.state.settings;
        const m = fake.mock({ isNullObject: !has, value: has ? (fake.state.settings[key] as any) : "" });
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
          if (!fake.syncing && typeof p === "string" && !p.startsWith("_") && p !== "conditionalFormats") fake.rangeWrites.push(`${path}.${p}`);
          return Reflect.set(t, p, v, r);
        },
      });
    return guard(m, label);
  }
}

/** Deep copy of workbook state, as Excel would have it after save and reopen (ids are the host's business). */
export function reopen(state: FakeWorkbookState): FakeWorkbookState {
  const copy = JSON.parse(JSON.stringify(state)) as FakeWorkbookState;
  let n = 100;
  for (const s of copy.sheets) for (const cf of s.conditionalFormats) cf.id = `cf${n++}`;
  return copy;
}

