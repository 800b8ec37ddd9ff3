import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { CellMark } from "../ui/marks";
import type { MarkResult, WorkbookPort } from "../ui/port";
import { SETTINGS_KEY, parseSettings, type Settings } from "../ui/settings";
import { applyMarks, clearMarks } from "./marks";
import { readWorkbook } from "./read";
import { MERGED_AREAS_API, RANGE_AREAS_API, excelApiSupported } from "./requirements";
import type { CellRef } from "../core/values/figure";

/** What the last read learnt about the workbook, so marking needs no further reading. */
interface Known {
  sheets: Set<string>;
  protectedSheets: Set<string>;
  marks: Map<string, string[]>;
}

/** The WorkbookPort over Office.js: every call is one Excel.run batch. */
export class ExcelWorkbookPort implements WorkbookPort {
  readonly host = "excel" as const;
  private known: Known | null = null;
  /** Settings as last read or saved, so a check needs no extra round trip for them. */
  private settings: Settings | null = null;

  async read(): Promise<WorkbookSnapshot> {
    const merges = excelApiSupported(MERGED_AREAS_API);
    return Excel.run(async (context) => {
      const { snapshot, marks, settings } = await readWorkbook(context, { merges });
      this.settings = settings;
      this.known = {
        sheets: new Set(snapshot.sheets.map((s) => s.name)),
        protectedSheets: new Set(snapshot.sheets.filter((s) => s.protected).map((s) => s.name)),
        marks,
      };
      return snapshot;
    });
  }

  async mark(marks: CellMark[]): Promise<MarkResult> {
    const fresh = this.known !== null;
    if (!fresh) await this.read();
    try {
      return await this.apply(marks);
    } catch (e) {
      // The workbook changed since it was read (a mark deleted by hand, a sheet renamed or protected):
      // read again and retry once, rather than fail the check.
      if (!fresh) throw e;
      await this.read();
      return this.apply(marks);
    }
  }

  private async apply(marks: CellMark[]): Promise<MarkResult> {
    const known = this.known as Known;
    // The ids of the marks added now are not known until read again: the next marking re-reads first.
    this.known = null;
    return Excel.run((context) => applyMarks(context, { marks, existing: known.marks, sheets: known.sheets, protectedSheets: known.protectedSheets }));
  }

  async clearMarks(): Promise<number> {
    this.known = null;
    const { removed } = await Excel.run((context) => clearMarks(context));
    return removed;
  }

  async select(cells: CellRef[]): Promise<void> {
    const sheet = cells[0]?.sheet;
    if (!sheet) return;
    const addresses = cells.filter((c) => c.sheet === sheet).map((c) => c.cell);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      // Every involved cell of the sheet selected together (a total and its parts); older Excel: the first.
      if (addresses.length > 1 && excelApiSupported(RANGE_AREAS_API)) ws.getRanges(addresses.join(",")).select();
      else ws.getRange(addresses[0]).select();
      await context.sync();
    });
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
    return Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await context.sync();
      return parseSettings(item.isNullObject ? null : item.value);
    });
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
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
