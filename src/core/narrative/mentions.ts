import { quantitiesIn, type Quantity } from "./quantity";

/** A sentence of a paragraph: split at 。！？ (a 「；」 list stays one sentence, so "其中…；…" keeps its whole). */
export interface Sentence {
  text: string;
  /** Where it starts in its paragraph. */
  start: number;
}

/**
 * A figure the report states, with the words naming it: in "其中基本支出936.17万元" the label is
 * "其中基本支出" — the text back to the previous punctuation or the previous figure.
 */
export interface Mention extends Quantity {
  label: string;
  /** Text of the sentence before the figure (for scope words such as 一般公共预算 said once at its start). */
  before: string;
  sentence: Sentence;
}

export function sentencesOf(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?]+[。！？!?]*/g;
  for (const m of paragraph.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index ?? 0 });
  return out;
}

/** Punctuation that ends a label: a figure is named by the words since the last of these. */
const LABEL_STOP = /[，。；：,;:、！？]/;

export function mentionsIn(sentence: Sentence): Mention[] {
  const quantities = quantitiesIn(sentence.text);
  return quantities.map((q, i) => {
    const floor = i > 0 ? quantities[i - 1].end : 0;
    let from = q.start;
    while (from > floor && !LABEL_STOP.test(sentence.text[from - 1])) from--;
    // A bracket or an operator opening the label ("（实际支出", "÷预算") is arithmetic, not part of the name.
    const label = sentence.text.slice(from, q.start).trim().replace(/^[（(÷/×*＋+－-]+/, "");
    return { ...q, label, before: sentence.text.slice(0, q.start), sentence };
  });
}

/** Every figure mention of a paragraph, sentence by sentence. */
export function mentionsOfParagraph(text: string): Mention[] {
  return sentencesOf(text).flatMap(mentionsIn);
}
