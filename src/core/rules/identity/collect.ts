import type { TableKind } from "../../model/common";
import type { PackageModel } from "../../model/package";
import type { Signatures } from "../../model/common";
import type { TextField } from "../../values/figure";
import { projectName, shortName } from "../labels";

/** A text field of one table, with the table it belongs to and how to name that table. */
export interface Placed {
  table: TableKind;
  where: string;
  field: TextField;
}

/** Every recognised table with its kind and name, in reading order. */
export function tablesOf(model: PackageModel): { kind: TableKind; name: string; table: { sheet: string; range: string; unitName?: TextField | null; year?: TextField | null; unit?: string; signatures?: Signatures } }[] {
  const out: ReturnType<typeof tablesOf> = [];
  if (model.cover) out.push({ kind: "cover", name: "封面", table: model.cover });
  for (const t of Object.values(model.final)) {
    if (t) out.push({ kind: t.kind, name: shortName(t.kind), table: t });
  }
  if (model.overall) out.push({ kind: "selfeval.overall", name: "整体自评表", table: model.overall });
  model.projects.forEach((p, i) => out.push({ kind: "selfeval.project", name: projectName(p, i), table: p }));
  if (model.basedata) out.push({ kind: "basedata", name: "基础数据表", table: model.basedata });
  return out;
}

/**
 * The value most tables agree on (on a tie, the cover's: it names the package), and the fields that differ
 * from it. Values are compared through `key`. `vote`, when given, is a further source that is no table (the
 * file name): it counts for the key it names, but is never the reference nor an outlier itself.
 */
export function outliers(fields: Placed[], key: (text: string) => string, vote?: (k: string) => boolean): { reference: Placed; odd: Placed[] } | undefined {
  // Each field's key is worked out once (keys normalise the text).
  const usable: { f: Placed; k: string }[] = [];
  for (const f of fields) {
    const k = key(f.field.text);
    if (k !== "") usable.push({ f, k });
  }
  if (usable.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const { k } of usable) counts.set(k, (counts.get(k) ?? 0) + 1);
  const voted = vote ? [...counts.keys()].find(vote) : undefined;
  if (voted !== undefined) counts.set(voted, counts.get(voted)! + 1);
  const cover = usable.find((u) => u.f.table === "cover");
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const referenceKey = cover && counts.get(cover.k)! >= counts.get(top)! ? cover.k : top;
  const reference = usable.find((u) => u.k === referenceKey)!.f;
  return { reference, odd: usable.filter((u) => u.k !== referenceKey).map((u) => u.f) };
}
