import Decimal from "decimal.js";
import type { PackageModel } from "../model/package";
import type { TableKind } from "../model/common";
import type { Figure, CellRef } from "../values/figure";
import { hasValue } from "../values/figure";
import { compareDerived, compareRate, compareSame, compareSum, rateDefined, rateOf, type Comparison } from "../rounding/compare";
import { roundHalfUp, type Interval } from "../rounding/interval";
import { formatAmount, formatPercent, formatPlain } from "../values/format";
import type { Finding, FindingType, Severity } from "../findings/finding";
import type { ScoringConfig } from "../scoring/config";
import type { Rule } from "./rule";
import { PackageIndex } from "./package-index";
import type { Identity, Valued as IdValued } from "../attribution/identity";

/** A labelled figure in an identity. `label` names it the way a reviewer would ("表2 合计行·本年收入合计"). */
export interface Term {
  label: string;
  figure: Figure | null | undefined;
  /** −1 for a figure subtracted in a sum (表7: 年初 + 收入 − 支出 = 年末). */
  weight?: 1 | -1;
}

/** What the compared figures measure, for formatting: 万元, percent points, or points of score. */
export type Measure = "money" | "rate" | "score";

interface Located {
  table: TableKind | null;
  /** Severity when broken beyond rounding; defaults to the rule's. */
  severity?: Severity;
  /** The parts are a "其中" list that may be incomplete: a total above them is only a warning. */
  partialParts?: boolean;
  /** Appended to the message when the identity is broken (e.g. why a 口径 difference is only a warning). */
  note?: string;
}

/** A finding before the rule's id and title are attached. */
export interface Draft extends Located {
  severity: Severity;
  message: string;
  primary: CellRef | null;
  /** The sheet, when the finding concerns a whole sheet rather than a cell. */
  sheet?: string;
  related?: (CellRef | null | undefined)[];
  expected?: string | null;
  actual?: string | null;
  difference?: string | null;
  tolerance?: string | null;
  /** Said by the helpers that know it (尾差: "rounding"); checkPackage derives it from the severity otherwise. */
  type?: FindingType;
}

type Valued = Figure & { value: Decimal };

const ZERO = new Decimal(0);

/** Adds a cell to a finding's list once (the primary first, then each related cell not yet listed). */
function addCell(cells: CellRef[], c: CellRef | null | undefined): void {
  if (c && !cells.some((x) => x.sheet === c.sheet && x.cell === c.cell)) cells.push({ sheet: c.sheet, cell: c.cell });
}

/**
 * What a rule sees: the package, the scoring configuration, and helpers that judge an identity under the
 * rounding model (domain §6) and word the finding. Blank is not zero: a helper that meets a blank figure it
 * needs reports an info saying what is missing instead of computing with 0; blank parts of a sum are
 * amounts the table does not show and add nothing.
 */
export class RuleContext {
  constructor(
    readonly rule: Rule,
    readonly model: PackageModel,
    readonly scoring: ScoringConfig,
    /** What rules derive from the package, shared by all the rules of one check. */
    readonly index: PackageIndex = new PackageIndex(model),
    /** Where findings go: checkPackage passes one list for the whole rulebook. */
    readonly findings: Finding[] = [],
    /**
     * Where the helpers record every identity they judge, holding or not, for error localisation after the
     * rules (core/attribution); none is recorded without it.
     */
    readonly identities?: Identity[],
  ) {}


  report(d: Draft): Finding {
    const cells: CellRef[] = [];
    addCell(cells, d.primary);
    if (d.related) for (const c of d.related) addCell(cells, c);
    const finding: Finding = {
      rule: this.rule.id,
      severity: d.severity,
      title: this.rule.title,
      message: d.message,
      table: d.table,
      sheet: d.primary?.sheet ?? d.sheet ?? null,
      cell: d.primary?.cell ?? null,
      cells,
      expected: d.expected ?? null,
      actual: d.actual ?? null,
      difference: d.difference ?? null,
      tolerance: d.tolerance ?? null,
      ...(d.type ? { type: d.type } : {}),
    };
    this.findings.push(finding);
    return finding;
  }

  /** An info: the identity could not be checked because `what` is missing. */
  skip(table: TableKind | null, what: string, cells: (CellRef | null | undefined)[] = []): void {
    const [primary = null, ...related] = cells.filter((c): c is CellRef => !!c);
    this.report({ table, severity: "info", message: `${what}，未核对此项`, primary, related });
  }

  /** total = Σ parts (weights ±1), judged on intervals. Returns the comparison when the figures differ at all. */
  sum(o: Located & { total: Term; parts: Term[]; partsLabel?: string; measure?: Measure }): Comparison | undefined {
    const { total, parts } = o;
    // Fast path, one pass and no arrays: most identities hold exactly, and intervals are only needed when
    // they do not. Blank parts add nothing; the exact Σ is accumulated from 0 in the parts' order.
    let exact = ZERO;
    let shownCount = 0;
    let shownNonZero = false;
    for (const p of parts) {
      if (!hasValue(p.figure)) continue;
      shownCount++;
      if (!shownNonZero && !p.figure.value.isZero()) shownNonZero = true;
      exact = p.weight === -1 ? exact.minus(p.figure.value) : exact.plus(p.figure.value);
    }
    if (!hasValue(total.figure)) {
      if (shownNonZero) this.skip(o.table, `${total.label}未填列`, [total.figure, ...parts.map((p) => p.figure)]);
      return undefined;
    }
    if (shownCount === 0) {
      if (!total.figure.value.isZero()) this.skip(o.table, `${o.partsLabel ?? parts.map((p) => p.label).join("、")}均未填列`, [total.figure, ...parts.map((p) => p.figure)]);
      return undefined;
    }
    const measure = o.measure ?? "money";
    // Recorded for error localisation as judged (the terms as they are: a small object per identity).
    const record = (finding?: Finding) => this.identities?.push({ kind: "sum", rule: this.rule.id, finding, measure, total: total.figure as Valued, parts });
    if (exact.eq(total.figure.value)) {
      record();
      return undefined;
    }
    const shown = parts.filter((p): p is Term & { figure: Valued } => hasValue(p.figure));
    const partCells = parts.map((p) => p.figure);
    const c = compareSum(reported(measure, total.figure), shown.map((p) => ({ ...reported(measure, p.figure), weight: p.weight ?? 1 })));
    const fmt = formatter(measure, total.figure);
    const sourceText = () => o.partsLabel ?? shown.map((p, i) => `${i === 0 ? (p.weight === -1 ? "− " : "") : p.weight === -1 ? " − " : " + "}${p.label} ${fmt(p.figure.value)}`).join("");
    const finding = this.judge(o, c, measure, total.figure, partCells, {
      broken: () => `${total.label}应为 ${fmt(c.expected)}（${sourceText()}），实际为 ${fmt(c.actual)}`,
      tail: () => `${total.label}为 ${fmt(c.actual)}，${o.partsLabel ? `${o.partsLabel}为` : `${sourceText()} =`} ${fmt(c.expected)}`,
      // "请核对金额合计或任务1–2": the parts named the way a reviewer looks them up, without "之和".
      check: () => `请核对${total.label}或${o.partsLabel?.replace(/之和$/, "") ?? shown.map((p) => p.label).join("、")}`,
    });
    record(finding);
    return c;
  }

  /** The same amount reported twice; `actual` is the figure held to be wrong, `reference` the one it must equal. */
  same(o: Located & { actual: Term; reference: Term; measure?: Measure }): Comparison | undefined {
    const { actual, reference } = o;
    if (!hasValue(actual.figure) || !hasValue(reference.figure)) {
      const missing = !hasValue(actual.figure) ? actual : reference;
      const other = missing === actual ? reference : actual;
      if (hasValue(other.figure) && !other.figure.value.isZero()) this.skip(o.table, `${missing.label}未填列`, [actual.figure, reference.figure]);
      return undefined;
    }
    const measure = o.measure ?? "money";
    const record = (finding?: Finding) =>
      this.identities?.push({ kind: "same", rule: this.rule.id, finding, measure, actual: actual.figure as Valued, reference: reference.figure as Valued });
    if (actual.figure.value.eq(reference.figure.value)) {
      record();
      return undefined;
    }
    const c = compareSame(reported(measure, actual.figure), reported(measure, reference.figure));
    const fmt = formatter(measure, actual.figure);
    const [a, r] = [actual.figure.value, reference.figure.value];
    const hint = () => {
      if (r.isZero()) return "";
      const ratio = a.dividedBy(r).abs();
      if (ratio.gte(9000) && ratio.lte(11000)) return "；两数相差约一万倍，疑似把以元为单位的金额填入了万元栏";
      if (ratio.gte(0.00009) && ratio.lte(0.00011)) return "；两数相差约一万倍，疑似金额单位（元/万元）不一致";
      return "";
    };
    const finding = this.judge(o, c, measure, actual.figure, [reference.figure], {
      broken: () => `${actual.label}应为 ${fmt(c.expected)}（同${reference.label}），实际为 ${fmt(c.actual)}`,
      tail: () => `${actual.label}为 ${fmt(c.actual)}，${reference.label}为 ${fmt(c.expected)}`,
      check: () => `请核对${actual.label}或${reference.label}`,
      hint,
    });
    record(finding);
    return c;
  }

  /**
   * rate (percent points) = numerator / denominator × 100, judged at the rate's recorded precision. Returns
   * the comparison unless the rate is exactly that value rounded half up (nothing to say).
   */
  rate(o: Located & { rate: Term; numerator: Term; denominator: Term; counts?: boolean }): Comparison | undefined {
    const { rate, numerator, denominator } = o;
    if (!hasValue(numerator.figure) || !hasValue(denominator.figure)) {
      if (hasValue(rate.figure)) {
        const missing = [numerator, denominator].filter((t) => !hasValue(t.figure)).map((t) => t.label);
        this.skip(o.table, `${missing.join("、")}未填列`, [rate.figure, numerator.figure, denominator.figure]);
      }
      return undefined;
    }
    if (!hasValue(rate.figure)) {
      this.skip(o.table, `${rate.label}未填列`, [rate.figure, numerator.figure, denominator.figure]);
      return undefined;
    }
    // 人数 are counted, not rounded: exact.
    const term = (f: Valued) => (o.counts ? { value: f.value, decimals: 12 } : reported("money", f));
    const n = term(numerator.figure);
    const d = term(denominator.figure);
    if (!rateDefined(d)) {
      this.skip(o.table, `${denominator.label}为 0，${rate.label}无从计算`, [rate.figure, denominator.figure]);
      return undefined;
    }
    const record = (finding?: Finding) =>
      this.identities?.push({
        kind: "rate",
        rule: this.rule.id,
        finding,
        rate: rate.figure as Valued,
        numerator: numerator.figure as Valued,
        denominator: denominator.figure as Valued,
        counts: !!o.counts,
      });
    // Fast path: a rate written as its exact value rounded half up is not judged (one division, no intervals).
    if (this.shownExactly(rateOf(n, d), "rate", rate.figure)) {
      record();
      return undefined;
    }
    const c = compareRate(rate.figure, n, d)!;
    const fmtRate = formatter("rate", rate.figure);
    // Money parts show as amounts; counts (人数) as written.
    const part = (f: Valued) => (o.counts ? formatPlain(f.value, f.decimals) : formatter("money", f)(f.value));
    const { figure: a } = numerator;
    const { figure: b } = denominator;
    const source = () => `${numerator.label} ${part(a)} ÷ ${denominator.label} ${part(b)}`;
    const finding = this.judge(o, c, "rate", rate.figure, [a, b], {
      broken: () => `${rate.label}应为 ${fmtRate(c.expected)}（${source()}），实际为 ${fmtRate(c.actual)}`,
      tail: () => `${rate.label}为 ${fmtRate(c.actual)}，按 ${source()} 计算为 ${fmtRate(c.expected)}`,
      check: () => `请核对${rate.label}、${numerator.label}或${denominator.label}`,
    });
    record(finding);
    return c;
  }

  /**
   * A figure against a value the rule derived from other figures. The interval of its possible values and
   * the wording of its source are asked for only when the figure is not the value rounded half up (and the
   * comparison is returned only then).
   */
  derived(
    o: Located & {
      actual: Term;
      expected: Decimal;
      interval: () => Interval;
      source: () => string;
      related: (Figure | null | undefined)[];
      measure: Measure;
      /**
       * The expected value and its interval from the inputs' values, for error localisation to try another
       * value of an input (the inputs being the figures of `related` that hold a value).
       */
      recompute?: (valueOf: (f: IdValued) => Decimal) => { expected: Decimal; interval: Interval } | undefined;
    },
  ): Comparison | undefined {
    if (!hasValue(o.actual.figure)) {
      this.skip(o.table, `${o.actual.label}未填列`, o.related);
      return undefined;
    }
    const measure = o.measure;
    const actual = o.actual.figure;
    const record = (finding?: Finding) =>
      this.identities?.push({ kind: "derived", rule: this.rule.id, finding, measure, actual, expected: o.expected, interval: o.interval, inputs: o.related, recompute: o.recompute });
    if (this.shownExactly(o.expected, o.measure, o.actual.figure)) {
      record();
      return undefined;
    }
    const c = compareDerived(reported(o.measure, o.actual.figure), o.expected, o.interval());
    const fmt = formatter(o.measure, o.actual.figure);
    const finding = this.judge(o, c, o.measure, o.actual.figure, o.related, {
      broken: () => `${o.actual.label}应为 ${fmt(c.expected)}（${o.source()}），实际为 ${fmt(c.actual)}`,
      tail: () => `${o.actual.label}为 ${fmt(c.actual)}，按 ${o.source()} 计算为 ${fmt(c.expected)}`,
    });
    record(finding);
    return c;
  }

  /** The reported figure is the expected value rounded half up at its own precision: exact, not 尾差. */
  private shownExactly(expected: Decimal, measure: Measure, primary: Valued): boolean {
    return roundHalfUp(expected, reported(measure, primary).decimals).eq(primary.value);
  }

  /**
   * Words the outcome of a comparison: nothing when exact, an info 尾差 inside the tolerance, the rule's
   * severity beyond it — the figures always carry expected, actual, difference and tolerance; the message says
   * the figures, the difference and what to check, never the tolerance itself.
   */
  judge(
    o: Located,
    c: Comparison,
    measure: Measure,
    primary: Figure,
    related: (Figure | null | undefined)[],
    /** The wording, built only when there is something to say, and only the one said. */
    words: { broken: () => string; tail: () => string; hint?: () => string; check?: () => string },
  ): Finding | undefined {
    // c.actual is the primary figure's value.
    if (this.shownExactly(c.expected, measure, primary as Valued)) return undefined;
    const dp = displayDecimals(primary);
    const unit = measure === "rate" ? " 个百分点" : "";
    const diff = `${fmtAbs(measure, c.difference, dp)}${unit}`;
    // The tolerance stays in the finding's figures (JSON, 检查结果); the message speaks a reviewer's words.
    const tolerance = trimmed(c.tolerance, dp + 2);
    const check = words.check ? `，${words.check()}` : "";
    const base = {
      table: o.table,
      primary,
      related,
      expected: formatPlain(c.expected, dp),
      actual: formatPlain(c.actual, dp),
      difference: formatPlain(c.difference, dp),
      tolerance,
    };
    if (c.holds) {
      return this.report({ ...base, severity: "info", type: "rounding", message: `${words.tail()}，相差 ${diff}，系四舍五入造成，属尾差，无需修改` });
    } else if (o.partialParts && c.difference.isPositive()) {
      return this.report({ ...base, severity: "warning", message: `${words.broken()}，相差 ${diff}（“其中”各项可能未列全）${check}` });
    } else {
      return this.report({ ...base, severity: o.severity ?? this.rule.severity, message: `${words.broken()}，相差 ${diff}${words.hint?.() ?? ""}${o.note ?? ""}${check}` });
    }
  }
}

/**
 * A figure as the rounding model sees it.
 * - Scores and weights are written to 2 decimals (domain §3): a "10" typed in a General cell means 10.00,
 *   not anything from 9.5 to 10.5.
 * - Money converted from 元 shows 6 decimals of 万元, but a whole multiple of 100 元 (1,603,200.00 元) was
 *   rounded to 0.01 万元 like the rest of the package, and carries that 尾差: its precision is taken as the
 *   decimals its 万元 value needs, at least 2.
 */
export function reported(measure: Measure, f: Valued): { value: Decimal; decimals: number } {
  if (measure === "score") return { value: f.value, decimals: Math.max(f.decimals, 2) };
  if (measure === "money") return { value: f.value, decimals: Math.min(f.decimals, Math.max(2, f.value.decimalPlaces())) };
  return { value: f.value, decimals: f.decimals };
}

/** Display precision: what the figure shows (at least 2 places), without the zeros a 元 → 万元 conversion adds. */
export function displayDecimals(f: Figure): number {
  const shown = f.value ? Math.min(f.decimals, f.value.decimalPlaces()) : f.decimals;
  return Math.max(2, shown);
}

/** A formatter for figures of one measure at the display precision of `like`. */
export function formatter(measure: Measure, like: Figure): (d: Decimal) => string {
  const dp = displayDecimals(like);
  if (measure === "rate") return (d) => formatPercent(d, dp);
  if (measure === "score") return (d) => formatPlain(d, dp);
  return (d) => formatAmount(d, dp);
}

function fmtAbs(measure: Measure, d: Decimal, dp: number): string {
  return measure === "money" ? formatAmount(d.abs(), dp) : formatPlain(d.abs(), dp);
}

/** Up to maxDp places, half up, without trailing zeros ("0.015", "0.01"). */
export function trimmed(d: Decimal, maxDp: number): string {
  return roundHalfUp(d, maxDp).toString();
}
