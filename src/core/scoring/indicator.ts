import Decimal from "decimal.js";
import { parseNumberText } from "../values/parse";
import { normalizeLabel } from "../values/text";
import { DEFAULT_SCORING, type ScoringConfig } from "./config";

export type Comparator = ">=" | "<=" | "=" | ">" | "<";

/**
 * A 年度指标值 or 实际完成值 as staff write it (domain §2).
 * - quantitative: a comparator, a number, its unit as written ("人", "次", "万元", "批次", "年"), whether it
 *   is a percent; `relative: "budget"` for "≤预算" (stored as ≤ 100% of the budget).
 *   Date-like targets ("2024 年底", "12月底", "2024年6月") carry unit "年底" (value = year), "月底" (value =
 *   month) or "年月" (value = year × 100 + month), with comparator "<=" (by that time).
 * - qualitative: words the product cannot measure ("明显提高", "较好", "长期").
 */
export type IndicatorValue =
  | { kind: "quantitative"; comparator: Comparator; value: Decimal; unit: string | null; percent: boolean; relative?: "budget" }
  | { kind: "qualitative"; text: string };

export type IndicatorScore = { kind: "computed"; score: Decimal; met: boolean } | { kind: "manual"; reason: string };

/** Comparator words written before the figure, longest first so "大于等于" wins over "大于". */
const PREFIXES: [string, Comparator][] = [
  [">=", ">="],
  ["≥", ">="],
  ["≧", ">="],
  ["大于等于", ">="],
  ["大于或等于", ">="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["至少", ">="],
  ["达到", ">="],
  ["<=", "<="],
  ["≤", "<="],
  ["≦", "<="],
  ["小于等于", "<="],
  ["小于或等于", "<="],
  ["不超过", "<="],
  ["不高于", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["控制在", "<="],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  [">", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["<", "<"],
  ["等于", "="],
  ["=", "="],
].sort((a, b) => b[0].length - a[0].length) as [string, Comparator][];

/** Comparator words written after the figure ("95%以上", "100万元以内"). */
const SUFFIXES: [string, Comparator][] = [
  ["及以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
];

const NUMBER = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(%)?([^\d]{0,4})$/;
const BUDGET = /^(预算|预算数|预算金额|预算资金|年度预算)$/;
const MONEY_UNITS: Record<string, Decimal> = { 元: new Decimal(1), 万元: new Decimal(10000), 亿元: new Decimal(100000000) };

/** Reads a 年度指标值 or 实际完成值. Anything that is not one figure with a comparator and a unit is qualitative. */
export function parseIndicatorValue(text: string): IndicatorValue {
  const original = String(text ?? "").trim();
  let s = normalizeLabel(original).replace(/[（(][^）)]*[)）]$/, "");
  let comparator: Comparator | null = null;
  for (const [word, c] of PREFIXES) {
    if (s.startsWith(word)) {
      comparator = c;
      s = s.slice(word.length);
      break;
    }
  }
  const date = parseDeadline(s);
  if (date) return { kind: "quantitative", comparator: comparator ?? "<=", ...date, percent: false };
  for (const [word, c] of SUFFIXES) {
    if (s.endsWith(word) && s.length > word.length) {
      comparator = comparator ?? c;
      s = s.slice(0, -word.length);
      break;
    }
  }
  if (BUDGET.test(s) && (comparator === "<=" || comparator === "<")) {
    return { kind: "quantitative", comparator, value: new Decimal(100), unit: null, percent: true, relative: "budget" };
  }
  const m = NUMBER.exec(s);
  if (!m) return { kind: "qualitative", text: original };
  const unit = m[3] === "" ? null : m[3];
  if (unit !== null && !/^[\p{Script=Han}A-Za-z·/]+$/u.test(unit)) return { kind: "qualitative", text: original };
  return {
    kind: "quantitative",
    comparator: comparator ?? "=",
    value: new Decimal(m[1].replace(/,/g, "")),
    unit,
    percent: m[2] === "%",
  };
}

function parseDeadline(s: string): { value: Decimal; unit: "年底" | "月底" | "年月" } | null {
  let m = /^(\d{4})年(?:(?:底|末)(?:前|以前|之前)?|前|以前|之前|内)$/.exec(s);
  if (m) return { value: new Decimal(m[1]), unit: "年底" };
  m = /^(\d{1,2})月(?:(?:底|末)(?:前|以前|之前)?|前|以前|之前|内)$/.exec(s);
  if (m) return { value: new Decimal(m[1]), unit: "月底" };
  m = /^(\d{4})年(\d{1,2})月(?:\d{1,2}日)?(?:底|末|前|内)?$/.exec(s);
  if (m) return { value: new Decimal(m[1]).times(100).plus(m[2]), unit: "年月" };
  return null;
}

type Quantity = Extract<IndicatorValue, { kind: "quantitative" }>;

/** A comparable key for a date-like value: year × 100 + month, or the month alone when no year is written. */
function deadlineKey(v: Quantity): { key: Decimal; hasYear: boolean } | null {
  if (v.unit === "年底") return { key: v.value.times(100).plus(12), hasYear: true };
  if (v.unit === "年月") return { key: v.value, hasYear: true };
  if (v.unit === "月底") return { key: v.value, hasYear: false };
  return null;
}

/**
 * 三级指标 得分 (domain §4): a met target earns the full 分值; a missed one 分值 × 实际/目标
 * (分值 × 目标/实际 for ≤ targets), or nothing in all-or-nothing mode. A bare target ("100%", "15 人")
 * is read as "at least". Qualitative targets, missed deadlines, and figures in different units are
 * left to the evaluator (manual) — unless the actual value is written exactly as the target.
 * The score is exact and within 0..分值; callers round what they write.
 */
export function indicatorScore(
  target: string,
  actual: string,
  weight: Decimal,
  config: ScoringConfig = DEFAULT_SCORING,
): IndicatorScore {
  const targetText = normalizeLabel(target);
  const actualText = normalizeLabel(actual);
  if (parseNumberText(targetText).kind === "blank") return { kind: "manual", reason: "年度指标值为空，需人工评定" };
  if (parseNumberText(actualText).kind === "blank") return { kind: "manual", reason: "实际完成值为空，需人工评定" };
  if (targetText === actualText) return { kind: "computed", score: weight, met: true };

  const t = parseIndicatorValue(target);
  if (t.kind === "qualitative") return { kind: "manual", reason: `定性指标“${target.trim()}”需人工评定` };
  const a = parseIndicatorValue(actual);
  if (a.kind === "qualitative") {
    return { kind: "manual", reason: `实际完成值“${actual.trim()}”不是可比的数值，需人工评定` };
  }

  const tDeadline = deadlineKey(t);
  if (tDeadline) {
    const aDeadline = deadlineKey(a);
    if (!aDeadline) return { kind: "manual", reason: `实际完成值“${actual.trim()}”不是时间，需人工评定` };
    const both = tDeadline.hasYear && aDeadline.hasYear;
    const tk = both ? tDeadline.key : tDeadline.key.mod(100);
    const ak = both ? aDeadline.key : aDeadline.key.mod(100);
    if (meets(t.comparator, ak, tk)) return { kind: "computed", score: weight, met: true };
    return { kind: "manual", reason: "时效指标未按期完成，需人工评定" };
  }

  const pair = comparable(t, a);
  if (typeof pair === "string") return { kind: "manual", reason: pair };
  const { targetValue, actualValue } = pair;
  if (meets(t.comparator, actualValue, targetValue)) return { kind: "computed", score: weight, met: true };
  if (config.quantitativeMode === "all-or-nothing") return { kind: "computed", score: new Decimal(0), met: false };

  const atMost = t.comparator === "<=" || t.comparator === "<";
  const numerator = atMost ? targetValue : actualValue;
  const denominator = atMost ? actualValue : targetValue;
  if (denominator.lte(0) || numerator.lte(0)) return { kind: "computed", score: new Decimal(0), met: false };
  const score = Decimal.min(weight, weight.times(numerator).dividedBy(denominator));
  return { kind: "computed", score, met: false };
}

function meets(comparator: Comparator, actual: Decimal, target: Decimal): boolean {
  switch (comparator) {
    case ">=":
    case "=":
      return actual.gte(target);
    case ">":
      return actual.gt(target);
    case "<=":
      return actual.lte(target);
    case "<":
      return actual.lt(target);
  }
}

/** Brings target and actual to one scale (percent points, 万元), or says why they cannot be compared. */
function comparable(t: Quantity, a: Quantity): { targetValue: Decimal; actualValue: Decimal } | string {
  let targetValue = t.value;
  let actualValue = a.value;
  if (t.percent !== a.percent) {
    // A bare number against a percent is a ratio up to 2 (0.985 → 98.5%), else percent points — as
    // readPercent reads a cell; this is how a %-formatted cell reaches a custom function.
    const bare = t.percent ? a : t;
    if (bare.unit !== null) return `年度指标值与实际完成值一为百分比一为数量，需人工评定`;
    const points = bare.value.abs().lte(2) ? bare.value.times(100) : bare.value;
    if (t.percent) actualValue = points;
    else targetValue = points;
  }
  if (t.unit !== null && a.unit !== null && t.unit !== a.unit) {
    const tm = MONEY_UNITS[t.unit];
    const am = MONEY_UNITS[a.unit];
    if (!tm || !am) return `单位不一致（目标为${t.unit}，实际为${a.unit}），需人工评定`;
    targetValue = targetValue.times(tm);
    actualValue = actualValue.times(am);
  }
  return { targetValue, actualValue };
}
