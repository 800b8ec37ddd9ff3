import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { CellMark } from "../ui/marks";
import { NavigationProblem, type MarkResult, type WorkbookPort } from "../ui/port";
import { SETTINGS_KEY, parseSettings, type Settings } from "../ui/settings";
import { applyMarks, clearMarks } from "./marks";
import { readWorkbook } from "./read";
import { excelCapabilities, type ExcelCapabilities } from "./requirements";
import { RANGE_AREAS_API, excelApiSupported } from "./requirements";
import type { CellRef } from "../core/values/figure";

/** What the last read learnt about the workbook, so marking needs no further listing of sheets. */
interface Known {
  sheets: Set<string>;
  protectedSheets: Set<string>;
}

/** The WorkbookPort over Office.js: every call is one Excel.run batch. */
export class ExcelWorkbookPort implements WorkbookPort {
  readonly host = "excel" as const;
  private known: Known | null = null;
  /** Settings as last read or saved, so a check needs no extra round trip for them. */
  private settings: Settings | null = null;
  private caps: ExcelCapabilities | null = null;
  /** While the port writes its own marks, the change signal stays quiet: marks are not the user's edits. */
  private writing = 0;

  /** Detected once: what this Excel supports beyond the manifest's ExcelApi 1.1. */
  private get capabilities(): ExcelCapabilities {
    this.caps ??= excelCapabilities();
    return this.caps;
  }

  async read(): Promise<WorkbookSnapshot> {
    return Excel.run(async (context) => {
      const { snapshot, settings } = await readWorkbook(context, { capabilities: this.capabilities });
      this.settings = settings;
      this.known = {
        sheets: new Set(snapshot.sheets.map((s) => s.name)),
        protectedSheets: new Set(snapshot.sheets.filter((s) => s.protected).map((s) => s.name)),
      };
      return snapshot;
    });
  }

  async mark(marks: CellMark[]): Promise<MarkResult> {
    // Marks are conditional formats (ExcelApi 1.6): older Excel checks and reports, without marks.
    if (!this.capabilities.marks) return { marked: 0, protectedSheets: [], unsupported: true };
    const fresh = this.known !== null;
    if (!fresh) await this.read();
    const apply = () => {
      const known = this.known as Known;
      return this.writingMarks(() =>
        Excel.run((context) => applyMarks(context, { marks, sheets: known.sheets, protectedSheets: known.protectedSheets })),
      );
    };
    try {
      return await apply();
    } catch (e) {
      // The workbook changed since it was read (a sheet deleted, renamed or protected): read again, retry once.
      if (!fresh) throw e;
      await this.read();
      return apply();
    }
  }

  async clearMarks(): Promise<number> {
    if (!this.capabilities.marks) return 0;
    const { removed } = await this.writingMarks(() => Excel.run((context) => clearMarks(context)));
    return removed;
  }

  private async writingMarks<T>(write: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await write();
    } finally {
      this.writing--;
    }
  }

  /**
   * Selects the cell of a finding. A sheet deleted or renamed since the check, or hidden, is said plainly
   * (NavigationProblem) rather than failing inside Excel; a hidden sheet is not unhidden behind the user's back.
   */
  async select(cells: CellRef[]): Promise<void> {
    const sheet = cells[0]?.sheet;
    if (!sheet) return;
    const addresses = cells.filter((c) => c.sheet === sheet).map((c) => c.cell);
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/visibility");
      await context.sync();
      const ws = worksheets.items.find((w) => w.name === sheet);
      if (!ws) throw new NavigationProblem("missing", sheet);
      if (ws.visibility !== "Visible") throw new NavigationProblem("hidden", sheet);
      ws.activate();
      // Every involved cell of the sheet selected together (a total and its parts); older Excel: the first.
      if (addresses.length > 1 && excelApiSupported(RANGE_AREAS_API)) ws.getRanges(addresses.join(",")).select();
      else ws.getRange(addresses[0]).select();
      await context.sync();
    });
  }

  async onChanged(listener: () => void): Promise<() => Promise<void>> {
    if (!this.capabilities.changeEvents) return async () => {};
    const handler = await Excel.run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(async () => {
        if (this.writing === 0) listener();
      });
      await context.sync();
      return added;
    });
    return async () => {
      await Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
    };
  }

  /** Clicking a marked cell in the sheet shows its finding: the pane listens to the workbook's selection. */
  async onSelectionChanged(listener: (sheet: string, cell: string) => void): Promise<() => void> {
    const handler = async () => {
      await Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        const at = splitAddress(range.address);
        if (at) listener(at.sheet, at.cell);
      });
    };
    const registration = await Excel.run(async (context) => {
      const r = context.workbook.onSelectionChanged.add(handler);
      await context.sync();
      return r;
    });
    return () => {
      Excel.run(async (context) => {
        registration.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }

  async loadSettings(): Promise<Settings> {
    if (this.settings) return this.settings;
    if (!this.capabilities.settings) return parseSettings(null);
    return Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await context.sync();
      return parseSettings(item.isNullObject ? null : item.value);
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
    // Workbook settings are ExcelApi 1.4: before that the choices last for the session only.
    if (!this.capabilities.settings) return;
    await Excel.run(async (context) => {
      // Stored as JSON text: workbook settings are saved inside the file with the workbook.
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }
}

/** "'表1 收入'!C5:D6" → 表1 收入, C5 (the first cell of what was selected). */
export function splitAddress(address: string): { sheet: string; cell: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: `${m[3]}${m[4]}` };
}
