import type { Mention } from "./mentions";

/**
 * What a sentence claims beyond single figures: a share of a stated whole (占), a rate of two stated figures
 * (执行率/完成率/控制率), a change against a stated base (比上年增长/下降). Each names the mentions it rests on,
 * so a rule can recompute it from the words of the report itself.
 */

/** "公用经费123.71万元，占…基本支出的13.21%": the share, its part, and its whole (stated or named). */
export interface ShareClaim {
  kind: "share";
  share: Mention;
  part: Mention | null;
  /** The whole as stated in the sentence (the figure before 其中), if any. */
  whole: Mention | null;
  /** The whole as named after 占 ("一般公共预算财政拨款基本支出"), when the sentence does not state it. */
  wholeLabel: string | null;
}

/** "全年预算数200.00万元，全年执行数196.50万元，预算执行率98.25%". */
export interface RateClaim {
  kind: "rate";
  rate: Mention;
  numerator: Mention;
  denominator: Mention;
}

/** "比上年12.00万元下降13.25%" or "较上年增加1.59万元": a change of `current` against `base`. */
export interface ChangeClaim {
  kind: "change";
  current: Mention;
  base: Mention;
  /** +1 for 增长/增加/上升/提高, −1 for 下降/减少/降低. */
  direction: 1 | -1;
  verb: string;
  /** The change as stated: a percent, or an amount. */
  change: Mention;
}

export type Claim = ShareClaim | RateClaim | ChangeClaim;

const SHARE = /占(?:([^，。；,;0-9]{1,30}?)的)?(?:比(?:重|例)?)?(?:为|达)?\s*$/;
/** Rates the report recomputes from the two figures before them. */
export const RATE_LABEL = /(执行率|完成率|控制率)(?:为|达到?|是)?$/;
/** A rate's denominator is the planned side: budget, 编制, plan — the whole of it, not 年初 or 追加 alone. */
const PLANNED = /预算|编制|计划|核定/;
const PART_OF_PLAN = /追加|调增|调减|调整|年初/;
const REALISED = /执行|实际|决算|完成|在职|实有/;
const CHANGE = /(?:比|较|同比)(?:上年|上一年度?|上年度|去年|\d{4}年度?)([^，。；]*?)(增长|增加|上升|提高|下降|减少|降低)了?\s*$/;

const sameSentence = (a: Mention, b: Mention) => a.sentence === b.sentence;

/** The figures inside a bracket that opens right after `m` ("86.75%（实际支出10.41万元÷预算12.00万元）"). */
function bracketAfter(m: Mention, later: Mention[]): Mention[] {
  const inside: Mention[] = [];
  for (const e of later) {
    if (!sameSentence(e, m)) break;
    const between = e.before.slice(m.end);
    if (!/^[（(]/.test(between) || /[）)]/.test(between)) break;
    inside.push(e);
  }
  return inside;
}

/** The claims of one sentence's mentions (mentions of one sentence, in order). */
export function claimsOf(mentions: Mention[]): Claim[] {
  const claims: Claim[] = [];
  mentions.forEach((m, i) => {
    const earlier = mentions.slice(0, i).filter((e) => sameSentence(e, m));
    if (m.unit === "percent") {
      const share = SHARE.exec(m.before);
      if (share) {
        const part = [...earlier].reverse().find((e) => e.unit === "money") ?? null;
        const other = m.before.lastIndexOf("其中");
        const whole = other >= 0 ? ([...earlier].reverse().find((e) => e.unit === "money" && e.end <= other) ?? null) : null;
        claims.push({ kind: "share", share: m, part, whole, wholeLabel: share[1]?.trim() || null });
        return;
      }
      if (RATE_LABEL.test(m.label)) {
        // The two figures since the previous rate: one planned (预算, 编制), one realised; or, when the rate comes
        // first, the two in the bracket after it ("控制率86.75%（实际支出10.41万元÷预算12.00万元）").
        const before = earlier.slice(earlier.map((e) => e.unit).lastIndexOf("percent") + 1);
        const since = (before.some((e) => e.unit !== "percent") ? before : bracketAfter(m, mentions.slice(i + 1))).filter(
          (e) => e.unit === "money" || e.unit === "count",
        );
        const denominator = [...since].reverse().find((e) => PLANNED.test(e.label) && !REALISED.test(e.label));
        if (denominator && PART_OF_PLAN.test(denominator.label)) return;
        const numerator = [...since].reverse().find((e) => e !== denominator && e.unit === denominator?.unit);
        if (denominator && numerator) claims.push({ kind: "rate", rate: m, numerator, denominator });
        return;
      }
    }
    const change = CHANGE.exec(m.before);
    if (change && (m.unit === "percent" || m.unit === "money")) {
      const from = m.before.length - change[0].length;
      // The base is stated after 比上年 ("比上年12.00万元下降"), or earlier as the 上年 figure ("上年…为0万元，本年…").
      const between = earlier.filter((e) => e.start >= from && e.unit === "money");
      const base = between[between.length - 1] ?? earlier.find((e) => e.unit === "money" && /上年|上一年|去年/.test(e.label));
      const current = [...earlier].reverse().find((e) => e.start < from && e.unit === "money" && e !== base);
      if (current && base) {
        const verb = change[2];
        claims.push({ kind: "change", current, base, direction: /下降|减少|降低/.test(verb) ? -1 : 1, verb, change: m });
      }
    }
  });
  return claims;
}
