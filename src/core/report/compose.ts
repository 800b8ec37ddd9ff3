import type Decimal from "decimal.js";
import type { Run } from "./document";
import type { Lookup } from "./lookup";
import type { CellRef } from "../values/figure";
import { formatMoney, formatPercent, formatPlain } from "../values/format";

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

  /** Money in 万元: "1,286.45万元". */
  money(l: Lookup): this {
    return this.figure(l, (v) => formatMoney(v));
  }

  /** A rate or share in percent points: "98.16%". */
  percent(l: Lookup): this {
    return this.figure(l, (v) => formatPercent(v));
  }

  /** A score in points, 2 decimals, without the unit: "9.82". */
  score(l: Lookup): this {
    return this.figure(l, (v) => formatPlain(v, 2));
  }

  /** A 分值 (weight) in points: whole numbers as they are ("10"), others with 2 decimals ("2.50"). */
  weight(l: Lookup): this {
    return this.figure(l, (v) => formatPlain(v, v.isInteger() ? 0 : 2));
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
