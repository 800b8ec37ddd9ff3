import type Decimal from "decimal.js";
import type { PackageModel } from "../model/package";
import type { TableKind } from "../model/common";
import type { ProjectSelfEval } from "../model/selfeval";
import type { CellRef, Figure } from "../values/figure";
import type { Lookup } from "../report/lookup";
import type { Reported } from "../rounding/interval";
import type { QuantityUnit } from "./quantity";
import type { Mention } from "./mentions";

/**
 * What a figure of the report is about, read from its label: the thing named (基本支出, 三公经费, 预算执行率…)
 * and where the sentence places it — within 一般公共预算财政拨款 or the whole budget, the budget or the
 * actual side, the unit as a whole or one of its projects.
 */
export interface Scope {
  model: PackageModel;
  /** The sentence speaks of 一般公共预算 / 财政拨款 money (表5) rather than all funds (表1/表3). */
  general: boolean;
  /** The label says 预算 and not 执行/决算/实际: the budget side of the figure. */
  budget: boolean;
  /** The paragraph is about one project (it names a 项目自评表's project). */
  project: ProjectSelfEval | null;
  /** The sentence up to the figure. */
  before: string;
}

/** A topic of the catalogue: label words and the table figures the words may stand for, preferred first. */
export interface Topic {
  id: string;
  /** How a reviewer names it in a message ("基本支出", "“三公”经费"). */
  name: string;
  unit: QuantityUnit;
  /** Words naming it; the match ending nearest the figure wins, the longer on a tie. */
  pattern: RegExp;
  /** Whether 预算/实际 in the label select a side (三公, 公用经费, 政府采购). */
  sided?: boolean;
  /** A 决算 figure the tables hold only as spent: in a sentence on the budget ("预算支出…，其中基本支出…") it means the budget's, which no table states. */
  settled?: boolean;
  /** Every table figure the label may mean in this scope; the first is the one a finding quotes. */
  resolve(scope: Scope): Lookup[];
}

/** A table figure a mention is compared with: the value, its precision, and the cells it came from. */
export interface Candidate extends Reported {
  value: Decimal;
  sources: CellRef[];
  table: TableKind | null;
}

/** Figures of the package by "sheet!cell", with the table they belong to: precision and table of a lookup's source. */
export class FigureIndex {
  private readonly byCell = new Map<string, { figure: Figure; table: TableKind }>();

  constructor(model: PackageModel) {
    const tables = [...Object.values(model.final), model.overall, ...model.projects, model.basedata, model.cover];
    for (const t of tables) if (t) this.walk(t, t.kind);
  }

  private walk(node: unknown, table: TableKind): void {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const child of node) this.walk(child, table);
      return;
    }
    const o = node as Record<string, unknown>;
    if ("decimals" in o && "raw" in o && "cell" in o && "value" in o) {
      const f = o as unknown as Figure;
      this.byCell.set(`${f.sheet}!${f.cell}`, { figure: f, table });
      return;
    }
    for (const child of Object.values(o)) this.walk(child, table);
  }

  /** A found lookup as a candidate: the coarsest precision of its sources (a difference is no finer than its parts). */
  candidate(lookup: Lookup, unit: QuantityUnit): Candidate | null {
    if (!lookup.ok) return null;
    const found = lookup.sources.map((c) => this.byCell.get(`${c.sheet}!${c.cell}`));
    const decimals = unit === "count" ? 12 : Math.min(...found.map((f) => f?.figure.decimals ?? 2));
    return { value: lookup.value, decimals, sources: lookup.sources, table: found[0]?.table ?? null };
  }
}

/** Words that put a figure on the actual side even when 预算 is said (全年预算执行数, 预算执行率). */
const ACTUAL_WORDS = /执行|决算|实际|完成|支出数/;

/** Budget families and rates whose names say 预算 without being the budget side of a figure. */
const NOT_A_SIDE = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算执行率?|预算调整率?/g;

/** Whether a label names the budget side ("“三公”经费预算", "公用经费预算数"), not the actual. */
export function isBudgetSide(label: string): boolean {
  const words = label.replace(NOT_A_SIDE, "");
  return /预算/.test(words) && !ACTUAL_WORDS.test(words);
}

/** Words that turn a sentence back to the actual side ("全年预算数1310.60万元，全年支出1286.45万元，其中…"). */
const ACTUAL_TURN = /执行|决算|实际|完成|(?:全年|本年|年度)支出|支出(?:合计|总计)/g;

/**
 * Whether the sentence, up to and with a figure's label, speaks of the budget: the last side word decides, so
 * "年初预算1000万元，其中基本支出800万元" is a budget part while "全年预算数…，全年支出…，其中基本支出…" is not.
 */
function budgetSoFar(prefix: string): boolean {
  const words = prefix.replace(NOT_A_SIDE, (m) => "·".repeat(m.length));
  const lastBudget = words.lastIndexOf("预算");
  if (lastBudget < 0) return false;
  let lastActual = -1;
  for (const m of words.matchAll(ACTUAL_TURN)) lastActual = m.index ?? lastActual;
  return lastBudget > lastActual;
}

/** The topic a label names, from the catalogue: the match ending nearest the figure, the longest on a tie. */
export function topicOfLabel(label: string, topics: readonly Topic[]): Topic | null {
  return matchTopic(label, topics)?.topic ?? null;
}

function matchTopic(label: string, topics: readonly Topic[]): { topic: Topic; start: number } | null {
  let best: { topic: Topic; start: number; end: number; length: number } | null = null;
  for (const topic of topics) {
    for (const m of label.matchAll(new RegExp(topic.pattern.source, "g"))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { topic, start, end, length: m[0].length };
    }
  }
  return best;
}

/**
 * A figure narrowed by words before its name ("剔除新冠疫苗接种专项支出的预算执行率", "城乡居民医保基金的全年预算数")
 * is a part or another fund, not the figure the tables state: 的 before the name marks it.
 */
function qualified(label: string, start: number): boolean {
  return label.slice(0, start).includes("的");
}

/**
 * Labels that only say which side ("实际支出", "决算数", "执行数", "÷预算" in a rate's bracket): the figure
 * continues the topic before it.
 */
const SIDE_ONLY = /^(?:其中|，)?(?:实际支出|实际|决算数?|执行数?|支出|预算数?)$/;

/** The project a paragraph is about: the first project whose name it quotes. */
export function projectOf(paragraph: string, model: PackageModel): ProjectSelfEval | null {
  return model.projects.find((p) => p.projectName && p.projectName.text.trim() && paragraph.includes(p.projectName.text.trim())) ?? null;
}

export interface ResolvedMention {
  mention: Mention;
  topic: Topic;
  scope: Scope;
  candidates: Candidate[];
}

/**
 * Resolves each mention of a sentence to its topic and the table figures it may stand for. A label that only
 * names a side ("实际支出10.41万元" after "“三公”经费预算12.00万元") continues the topic before it.
 */
export function resolveMentions(
  mentions: Mention[],
  base: Omit<Scope, "general" | "budget" | "before">,
  topics: readonly Topic[],
  figures: FigureIndex,
): (ResolvedMention | null)[] {
  let previous: Topic | null = null;
  return mentions.map((mention) => {
    const match = matchTopic(mention.label, topics);
    let topic = match?.topic ?? null;
    if (!topic && previous?.sided && SIDE_ONLY.test(mention.label)) topic = previous;
    if (!topic || topic.unit !== mention.unit) {
      previous = topic;
      return null;
    }
    previous = topic;
    const scope: Scope = {
      ...base,
      before: mention.before,
      general: /一般公共预算|财政拨款/.test(mention.before),
      budget: isBudgetSide(mention.label),
    };
    const budgetSentence = topic.settled && budgetSoFar(mention.before);
    const narrowed = !!match && qualified(mention.label, match.start);
    const candidates = (budgetSentence || narrowed ? [] : topic.resolve(scope))
      .map((l) => figures.candidate(l, topic!.unit))
      .filter((c): c is Candidate => !!c);
    return { mention, topic, scope, candidates };
  });
}
