import Decimal from "decimal.js";
import type { Reported } from "../rounding/interval";

/**
 * A number as the report writes it, with the precision it shows: "588.3万元" stands for [588.25, 588.35] —
 * the rounding model of the tables (src/core/rounding) applied to prose. Money is held in 万元 (元 and 亿元
 * converted, their precision shifted with them); percents in percent points; scores in 分; counts in 人.
 */
export type QuantityUnit = "money" | "percent" | "score" | "count";

export interface Quantity {
  unit: QuantityUnit;
  /** In 万元 for money, percent points for percent, as written otherwise. */
  value: Decimal;
  /** Decimals shown, in the unit of `value` (元 → 万元 adds 4; 亿元 → 万元 removes 4). */
  decimals: number;
  /** The words as written ("1,286.45万元", "98.16%", "占72.77"). */
  text: string;
  /** Where the quantity starts and ends in its sentence. */
  start: number;
  end: number;
  /** A share or rate written without its percent sign ("占72.77"): read as percent points, flagged by the share rule. */
  missingPercent?: boolean;
}

const NUMBER = String.raw`(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?`;
// 万元 before 元; "个百分点" is a difference of rates, not a rate, and is left alone; 名 counts people like 人.
const QUANTITY = new RegExp(String.raw`(?<![\d.])${NUMBER}\s*(亿元|万元|元|%|％|个百分点|分|人|名)?`, "g");

const UNIT_OF: Record<string, QuantityUnit | undefined> = { 亿元: "money", 万元: "money", 元: "money", "%": "percent", "％": "percent", 分: "score", 人: "count", 名: "count" };

/** What may follow "占" before its number and the number may still be a share ("占比为", "占基本支出的"). */
const SHARE_LEAD = /占(?:[^，。；,;0-9]{0,30}的)?(?:比(?:重|例)?)?(?:为|达)?\s*$/;

/** Every quantity with a unit in a sentence, and shares missing their percent sign. Years, dates and bare numbers are not quantities. */
export function quantitiesIn(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const [text, intPart, frac = "", unitWord] = m;
    const start = m.index ?? 0;
    const digits = intPart.replace(/[,，]/g, "") + (frac ? `.${frac}` : "");
    const after = sentence.slice(start + text.length);
    let unit = unitWord ? UNIT_OF[unitWord] : undefined;
    let missingPercent = false;
    if (!unitWord) {
      // A bare number after "占…" is a share that lost its "%"; any other bare number (a year, a count of 次) is not ours.
      if (!SHARE_LEAD.test(sentence.slice(0, start)) || /^\s*[年月日次个项件家户万亿元%％]/.test(after)) continue;
      unit = "percent";
      missingPercent = true;
    }
    if (!unit) continue;
    // "1,286.45万元" in prose: 分 after a date ("5月17日") or inside words like "部分" is not a score.
    if (unitWord === "分" && /^[值数钟]/.test(after)) continue;
    let value = new Decimal(digits);
    let decimals = frac.length;
    if (unitWord === "元") {
      value = value.dividedBy(10000);
      decimals += 4;
    } else if (unitWord === "亿元") {
      value = value.times(10000);
      decimals -= 4;
    }
    out.push({ unit, value, decimals, text: text.trim(), start, end: start + text.length, ...(missingPercent ? { missingPercent } : {}) });
  }
  return out;
}

/** The quantity as a reported figure of the rounding model; counts of people are exact. */
export function reportedOf(q: Pick<Quantity, "unit" | "value" | "decimals">): Reported {
  return { value: q.value, decimals: q.unit === "count" ? Math.max(q.decimals, 12) : q.decimals };
}
