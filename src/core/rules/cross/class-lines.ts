import type { SubjectRow, TableKind } from "../../model/common";
import type { Figure } from "../../values/figure";
import { hasValue } from "../../values/figure";
import { formatAmount, formatPlain } from "../../values/format";
import type { RuleContext } from "../context";
import { className } from "../final/subjects";
import type { PackageIndex } from "../package-index";
import { cleanLabel } from "../labels";

/** A 类 figure as one table shows it: its 科目代码 (if any), name and amount. */
export interface ClassFigure {
  code?: string | null;
  name: string;
  figure: Figure | undefined;
  label: string;
}

/**
 * Each 类 of table A must appear in table B with the same amount, and B must list no 类 with an amount
 * that A lacks. `actual` is table B (the finer table, whose figure is reported as wrong).
 */
export function matchClasses(
  ctx: RuleContext,
  reference: { kind: TableKind; name: string; classes: ClassFigure[] },
  actual: { kind: TableKind; name: string; classes: ClassFigure[] },
): void {
  // sameClass, with each 类's name normalised once rather than once per pair compared.
  const referenceNames = reference.classes.map(className);
  const actualNames = actual.classes.map(className);
  const same = (a: number, r: number) => {
    const { code: ac } = actual.classes[a];
    const { code: rc } = reference.classes[r];
    return ac && rc ? ac === rc : actualNames[a] === referenceNames[r];
  };
  reference.classes.forEach((r, ri) => {
    const a = actual.classes.find((_, ai) => same(ai, ri));
    if (a) {
      ctx.same({ table: actual.kind, actual: { label: a.label, figure: a.figure }, reference: { label: r.label, figure: r.figure } });
    } else if (hasValue(r.figure) && !r.figure.value.isZero()) {
      ctx.report({
        table: actual.kind,
        severity: ctx.rule.severity,
        message: `${r.label}为 ${formatAmount(r.figure.value)}，${actual.name}未列此类`,
        primary: r.figure,
        expected: formatPlain(r.figure.value),
        actual: null,
      });
    }
  });
  actual.classes.forEach((a, ai) => {
    if (reference.classes.some((_, ri) => same(ai, ri))) return;
    if (hasValue(a.figure) && !a.figure.value.isZero()) {
      ctx.report({
        table: actual.kind,
        severity: ctx.rule.severity,
        message: `${a.label}为 ${formatAmount(a.figure.value)}，${reference.name}未列此类`,
        primary: a.figure,
        expected: null,
        actual: formatPlain(a.figure.value),
      });
    }
  });
}

/** The 类 rows of a 科目 table, for one column. */
export function classesOf(index: PackageIndex, kind: TableKind, rows: SubjectRow[], column: string, columnLabel: string): ClassFigure[] {
  const label = cleanLabel(columnLabel);
  return rows
    .filter((r) => r.level === "class")
    .map((r) => ({ code: r.code, name: r.name, figure: r.values[column], label: `${index.rowName(kind, r)}·${label}` }));
}
