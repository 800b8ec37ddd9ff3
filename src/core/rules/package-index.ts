import type { SubjectRow, TableKind } from "../model/common";
import type { PackageModel } from "../model/package";
import { tablesOf } from "./identity/collect";
import { selfEvals, type SelfEvalEntry } from "./selfeval/tables";
import { rowName } from "./final/subjects";

/**
 * What several rules derive from the same package — the 自评表 entries, the tables with their names, the
 * names of 科目 rows — built once per check (on first use) instead of once per rule. Rules only read it.
 */
export class PackageIndex {
  private selfEvalEntries: SelfEvalEntry[] | undefined;
  private tableList: ReturnType<typeof tablesOf> | undefined;
  private readonly rowNames = new Map<TableKind, Map<SubjectRow, string>>();

  constructor(readonly model: PackageModel) {}

  /** The 整体自评表 (if any) and every 项目自评表 (see selfEvals). */
  selfEvals(): SelfEvalEntry[] {
    return (this.selfEvalEntries ??= selfEvals(this.model));
  }

  /** Every recognised table with its kind and name, in reading order (see tablesOf). */
  tables(): ReturnType<typeof tablesOf> {
    return (this.tableList ??= tablesOf(this.model));
  }

  /** rowName(kind, row), worded once per row. */
  rowName(kind: TableKind, row: SubjectRow): string {
    let names = this.rowNames.get(kind);
    if (!names) this.rowNames.set(kind, (names = new Map()));
    let name = names.get(row);
    if (name === undefined) names.set(row, (name = rowName(kind, row)));
    return name;
  }
}
