import type Decimal from "decimal.js";
import type { Finding } from "../findings/finding";
import { figuresOf, holdsWith, keyOf, showIn, solveFor, type Identity, type Valued } from "./identity";

/**
 * Error localisation after the rules have run (Fellegi–Holt, as Statistics Netherlands' errorlocate does it):
 * when several errors share figures, the likeliest explanation is the fewest wrong figures. Among the errors
 * of one connected group, find the single figure whose correction makes the most broken identities hold
 * without breaking one that held; report one error at that figure, the others folded under it as its
 * consequences. A group where no figure repairs two errors, or where two figures tie, is left as it is: one
 * wrong figure does not explain it better than another.
 *
 * Works on the identities the rules' helpers recorded (./identity), never on a rule's own logic: a rule that
 * checks its identity through RuleContext takes part without knowing it.
 */
export function localiseErrors(findings: Finding[], identities: readonly Identity[]): Finding[] {
  const broken = identities.filter((id) => id.finding?.severity === "error");
  if (broken.length < 2) return findings;
  // Identities that hold (exactly or within rounding) must keep holding; warnings are 口径 and neither count.
  const holding = identities.filter((id) => !id.finding || id.finding.severity === "info");
  const holdingByCell = indexByCell(holding);
  const folded = new Set<Finding>();
  for (let group of groupsSharingFigures(broken)) {
    // Blame one figure at a time until the group has nothing left to explain.
    for (;;) {
      const blame = bestCorrection(group, holdingByCell);
      if (!blame) break;
      const [main, ...rest] = orderForReport(blame.repaired, blame.cell);
      attribute(main, rest, blame);
      for (const id of rest) folded.add(id.finding!);
      group = group.filter((id) => !blame.repaired.includes(id));
      if (group.length < 2) break;
    }
  }
  return folded.size ? findings.filter((f) => !folded.has(f)) : findings;
}

interface Blame {
  cell: string;
  figure: Valued;
  value: Decimal;
  repaired: Identity[];
}

function indexByCell(ids: readonly Identity[]): Map<string, Identity[]> {
  const map = new Map<string, Identity[]>();
  for (const id of ids) {
    for (const f of figuresOf(id)) {
      const k = keyOf(f);
      const list = map.get(k);
      if (!list) map.set(k, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }
  return map;
}

/** Connected groups of broken identities: two are joined when they share a figure. */
function groupsSharingFigures(broken: Identity[]): Identity[][] {
  const parent = broken.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstAt = new Map<string, number>();
  broken.forEach((id, i) => {
    for (const f of figuresOf(id)) {
      const k = keyOf(f);
      const j = firstAt.get(k);
      if (j === undefined) firstAt.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Identity[]>();
  broken.forEach((id, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), id]));
  return [...groups.values()].filter((g) => g.length >= 2);
}

/**
 * The figure whose correction repairs the most identities of the group (at least two), breaking none that
 * held; undefined when there is none or when two figures repair as many.
 */
function bestCorrection(group: Identity[], holdingByCell: Map<string, Identity[]>): Blame | undefined {
  const byCell = indexByCell(group);
  let best: Blame | undefined;
  let tie = false;
  for (const [cell, ids] of byCell) {
    if (ids.length < 2) continue;
    const figure = figuresOf(ids[0]).find((f) => keyOf(f) === cell)!;
    const tried = new Set<string>();
    for (const source of ids) {
      const value = solveFor(source, cell);
      if (!value || tried.has(value.toString())) continue;
      tried.add(value.toString());
      const sub = new Map([[cell, value]]);
      const repaired = ids.filter((id) => holdsWith(id, sub) === true);
      if (repaired.length < 2) continue;
      if ((holdingByCell.get(cell) ?? []).some((id) => holdsWith(id, sub) === false)) continue;
      if (best && best.cell !== cell && repaired.length === best.repaired.length) tie = true;
      if (!best || repaired.length > best.repaired.length) {
        best = { cell, figure, value, repaired };
        tie = false;
      }
    }
  }
  return tie ? undefined : best;
}

/** The finding that already points at the blamed figure reports it; otherwise the first one, moved there. */
function orderForReport(repaired: Identity[], cell: string): Identity[] {
  const at = repaired.findIndex((id) => id.finding!.sheet !== null && keyOf({ sheet: id.finding!.sheet, cell: id.finding!.cell ?? "" }) === cell);
  if (at <= 0) return repaired;
  return [repaired[at], ...repaired.slice(0, at), ...repaired.slice(at + 1)];
}

function attribute(main: Identity, rest: Identity[], blame: Blame): void {
  const f = main.finding!;
  const pointsThere = f.sheet === blame.figure.sheet && f.cell === blame.figure.cell;
  if (!pointsThere) {
    f.message = `${blame.figure.sheet}!${blame.figure.cell} 的数字 ${showIn(main, blame.figure, blame.figure.value)} 疑为错填：${f.message}`;
    f.sheet = blame.figure.sheet;
    f.cell = blame.figure.cell;
    f.cells = [{ sheet: blame.figure.sheet, cell: blame.figure.cell }, ...f.cells.filter((c) => c.sheet !== blame.figure.sheet || c.cell !== blame.figure.cell)];
  }
  f.message += `；此数改为 ${showIn(main, blame.figure, blame.value)} 后，另 ${rest.length} 处不符随之消除`;
  f.consequences = [
    ...(f.consequences ?? []),
    ...rest.map((id) => ({ rule: id.finding!.rule, sheet: id.finding!.sheet, cell: id.finding!.cell, message: id.finding!.message })),
  ];
  for (const id of rest) {
    for (const c of id.finding!.cells) if (!f.cells.some((x) => x.sheet === c.sheet && x.cell === c.cell)) f.cells.push(c);
  }
}
