import type Decimal from "decimal.js";
import type { Run } from "./document";
import type { Lookup } from "./lookup";
import type { CellRef } from "../values/figure";
import { formatPercent, formatPlain } from "../values/format";

/**
 * Figures as real reports write them in body text: money in 万元 with 2 decimals and no thousands separators
 * ("1286.45万元"), zero as "0万元"; scores without trailing zeros ("10分", "9.5分", "9.82分"); counts whole.
 */
export function proseMoney(v: Decimal): string {
  return v.isZero() ? "0万元" : `${formatPlain(v, 2)}万元`;
}

/** A score (分值 / 得分) as reports write it: half up to 2 decimals, trailing zeros dropped: 10 → "10", 9.50 → "9.5". */
export function proseScore(v: Decimal): string {
  const s = formatPlain(v, 2);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** A rate as reports write it: "98.16%", zero as "0%". */
export function prosePercent(v: Decimal): string {
  return v.isZero() ? "0%" : formatPercent(v);
}

/**
 * A date as a person writes it in a report: "2025.3.15", "2025-03-15", "2025/3/15" → "2025年3月15日"; a text
 * already in that form is kept; anything else (a free note) is returned as it is.
 */
export function proseDate(text: string): string {
  const t = text.normalize("NFKC").trim();
  const m = /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return text.trim();
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Placeholder text for what only the author can write. */
export function placeholder(what: string): Run {
  return { kind: "placeholder", text: `【待填写：${what}】` };
}

/** A quoted text, closed with "。" unless the author already ended it with punctuation. */
export function quotedSentence(lead: string, q: { text: string; sources: CellRef[] }): Run[] {
  const runs: Run[] = [{ kind: "text", text: lead }, { kind: "quote", text: q.text, sources: q.sources }];
  if (!/[。！？；….!?;]$/.test(q.text)) runs.push({ kind: "text", text: "。" });
  return runs;
}

/**
 * Builds one sentence (or paragraph) of text and figures. If any figure is missing, the whole sentence
 * becomes one placeholder that says what it was about and which table is missing — a half-filled sentence
 * or a 0.00万元 would read as a fact.
 */
export class Sentence {
  private readonly parts: Run[] = [];
  private readonly reasons: string[] = [];

  constructor(private readonly topic: string) {}

  text(text: string): this {
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === "text") last.text += text;
    else this.parts.push({ kind: "text", text });
    return this;
  }

  /** Money in 万元: "1286.45万元", "0万元". */
  money(l: Lookup): this {
    return this.figure(l, proseMoney);
  }

  /** A rate or share in percent points: "98.16%". */
  percent(l: Lookup): this {
    return this.figure(l, prosePercent);
  }

  /** A score in points without the unit: "9.82", "10". */
  score(l: Lookup): this {
    return this.figure(l, proseScore);
  }

  /** A 分值 (weight) in points: "10", "2.5". */
  weight(l: Lookup): this {
    return this.figure(l, proseScore);
  }

  /** A head count or other whole number: "60". */
  count(l: Lookup): this {
    return this.figure(l, (v) => formatPlain(v, 0));
  }

  /** A figure written by the caller's own formatter (a 分值 shown as the table shows it). */
  figure(l: Lookup, format: (v: Decimal) => string): this {
    if (!l.ok) {
      if (!this.reasons.includes(l.missing)) this.reasons.push(l.missing);
    } else {
      this.parts.push({ kind: "figure", text: format(l.value), sources: l.sources });
    }
    return this;
  }

  /** A statement that stands for figures ("无因公出国（境）费用支出" for zeros): a figure run, traced to its cells. */
  statement(text: string, sources: CellRef[]): this {
    this.parts.push({ kind: "figure", text, sources });
    return this;
  }

  quote(q: { text: string; sources: CellRef[] }): this {
    this.parts.push({ kind: "quote", text: q.text, sources: q.sources });
    return this;
  }

  get complete(): boolean {
    return this.reasons.length === 0;
  }

  runs(): Run[] {
    if (this.reasons.length) return [placeholder(`${this.topic}（${this.reasons.join("；")}）`)];
    return this.parts;
  }
}
