/**
 * RuleTester for the rulebook (ESLint style): a rule, a table of valid packages (no error or warning) and
 * invalid ones (exactly the listed findings, at the listed cells). Packages are built by hand from readable
 * specs: a figure is "value@cell" ("1204.37@D7"; "@D7" or "—@D7" is a blank cell), on the table's sheet.
 */
import Decimal from "decimal.js";
import { emptyPackage, type PackageModel } from "../../../src/core/model/package";
import type { Column, Line, SubjectRow } from "../../../src/core/model/common";
import type { FinalTable01, FinalTable04, FinalTable06, FinalTable09, SubjectTable } from "../../../src/core/model/final";
import type { Indicator, LevelOne, MoneyRow, OverallSelfEval, ProjectSelfEval, TaskRow } from "../../../src/core/model/selfeval";
import type { BaseData, Cover, TreeRow } from "../../../src/core/model/basedata";
import type { Signatures } from "../../../src/core/model/common";
import type { Figure, TextField } from "../../../src/core/values/figure";
import { writtenDecimals } from "../../../src/core/values/parse";
import { checkPackage } from "../../../src/core/rules/check-package";
import type { Rule } from "../../../src/core/rules/rule";
import { FindingSchema, type Finding, type Severity } from "../../../src/core/findings/finding";
import type { ScoringConfig } from "../../../src/core/scoring/config";

/** "1204.37@D7" → a figure on `sheet` at D7 with the decimals written; "@D7" / "—@D7" → a blank cell. */
export function fig(spec: string, sheet: string): Figure {
  const at = spec.lastIndexOf("@");
  if (at < 0) throw new Error(`figure spec needs a cell: ${spec}`);
  const raw = spec.slice(0, at);
  const cell = spec.slice(at + 1);
  if (raw === "" || raw === "—") return { value: null, decimals: 2, raw, sheet, cell };
  return { value: new Decimal(raw), decimals: writtenDecimals(raw), raw, sheet, cell };
}

export function text(spec: string, sheet: string): TextField {
  const at = spec.lastIndexOf("@");
  return { text: spec.slice(0, at), sheet, cell: spec.slice(at + 1) };
}

const opt = (spec: string | undefined, sheet: string) => (spec === undefined ? null : fig(spec, sheet));
const optText = (spec: string | undefined, sheet: string) => (spec === undefined ? null : text(spec, sheet));

const base = (kind: string, sheet: string, o: { unitName?: string; year?: string; unit?: "万元" | "元" }) => ({
  sheet,
  range: "A1:H40",
  title: kind,
  unit: o.unit ?? ("万元" as const),
  unitName: optText(o.unitName, sheet),
  year: optText(o.year, sheet),
});

type Common = { sheet?: string; unitName?: string; year?: string; unit?: "万元" | "元" };

function lines(specs: [string | null, string, string][], sheet: string): Line[] {
  return specs.map(([key, label, amount]) => ({ key, label, labelCell: "A1", amount: fig(amount, sheet) }));
}

export function t01(o: Common & {
  incomeLines: [string | null, string, string][];
  incomeTotal?: string;
  nonFiscalBalanceUsed?: string;
  incomeCarryIn?: string;
  incomeGrandTotal?: string;
  expenditureLines: [string, string][];
  expenditureTotal?: string;
  surplusDistribution?: string;
  expenditureCarryOut?: string;
  expenditureGrandTotal?: string;
}): FinalTable01 {
  const s = o.sheet ?? "表1";
  return {
    kind: "final.01",
    ...base("收入支出决算总表", s, o),
    incomeLines: lines(o.incomeLines, s),
    incomeTotal: opt(o.incomeTotal, s),
    nonFiscalBalanceUsed: opt(o.nonFiscalBalanceUsed, s),
    incomeCarryIn: opt(o.incomeCarryIn, s),
    incomeGrandTotal: opt(o.incomeGrandTotal, s),
    expenditureLines: o.expenditureLines.map(([label, amount]) => ({ key: label.replace(/^[一二三四五六七八九十]+、/, ""), label, labelCell: "D1", amount: fig(amount, s) })),
    expenditureTotal: opt(o.expenditureTotal, s),
    surplusDistribution: opt(o.surplusDistribution, s),
    expenditureCarryOut: opt(o.expenditureCarryOut, s),
    expenditureGrandTotal: opt(o.expenditureGrandTotal, s),
  };
}

/** A row spec: [code or null for 合计, name, ...figures in column order]. The level follows the code's length. */
export type RowSpec = [string | null, string, ...string[]];

function subjectRows(columns: string[], rows: RowSpec[], sheet: string): SubjectRow[] {
  return rows.map(([code, name, ...values]) => ({
    code,
    name,
    level: code === null ? "total" : code.length === 3 ? "class" : code.length === 5 ? "section" : "item",
    labelCell: "A1",
    values: Object.fromEntries(values.map((v, i) => [columns[i], fig(v, sheet)])),
  }));
}

function cols(keys: string[], labels: Record<string, string> = {}): Column[] {
  return keys.map((key, i) => ({ key, label: labels[key] ?? key, cell: `${String.fromCharCode(67 + i)}5` }));
}

export const COLUMN_LABELS: Record<string, string> = {
  total: "合计",
  fiscal: "财政拨款收入",
  superior: "上级补助收入",
  business: "事业收入",
  operating: "经营收入",
  affiliated: "附属单位上缴收入",
  other: "其他收入",
  basic: "基本支出",
  project: "项目支出",
  toSuperior: "上缴上级支出",
  toAffiliated: "对附属单位补助支出",
  carryIn: "年初结转和结余",
  income: "本年收入",
  carryOut: "年末结转和结余",
  general: "一般公共预算财政拨款",
  fund: "政府性基金预算财政拨款",
  stateCapital: "国有资本经营预算财政拨款",
};

export function subject<K extends SubjectTable["kind"]>(kind: K, o: Common & { columns: string[]; rows: RowSpec[]; emptyDisclosed?: boolean }): Extract<SubjectTable, { kind: K }> {
  const s = o.sheet ?? `表${kind.slice(7)}`;
  return {
    kind,
    ...base(kind, s, o),
    columns: cols(o.columns, COLUMN_LABELS),
    rows: subjectRows(o.columns, o.rows, s),
    emptyDisclosed: o.emptyDisclosed ?? false,
  } as Extract<SubjectTable, { kind: K }>;
}

type Split = Record<string, string>;
const split = (o: Split | undefined, sheet: string) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, fig(v, sheet)]));

export function t04(o: Common & {
  incomeLines: [string, string, string][];
  incomeTotal?: string;
  carryIn?: [string, string, string][];
  carryInTotal?: string;
  incomeGrandTotal?: string;
  rows?: RowSpec[];
  expenditureTotal?: Split;
  carryOut?: Split;
  expenditureGrandTotal?: Split;
}): FinalTable04 {
  const s = o.sheet ?? "表4";
  const columns = ["total", "general", "fund", "stateCapital"];
  return {
    kind: "final.04",
    ...base("财政拨款收入支出决算总表", s, o),
    incomeLines: lines(o.incomeLines, s),
    incomeTotal: opt(o.incomeTotal, s),
    carryIn: lines(o.carryIn ?? [], s),
    carryInTotal: opt(o.carryInTotal, s),
    incomeGrandTotal: opt(o.incomeGrandTotal, s),
    columns: cols(columns, COLUMN_LABELS),
    expenditureRows: subjectRows(columns, o.rows ?? [], s),
    expenditureTotal: split(o.expenditureTotal, s),
    carryOut: split(o.carryOut, s),
    expenditureGrandTotal: split(o.expenditureGrandTotal, s),
  };
}

export function t06(o: Common & { groups: [string, string, string, [string, string, string][]][]; personnelTotal?: string; publicTotal?: string }): FinalTable06 {
  const s = o.sheet ?? "表6";
  return {
    kind: "final.06",
    ...base("一般公共预算财政拨款基本支出决算表", s, o),
    groups: o.groups.map(([code, name, amount, items]) => ({
      code,
      name,
      labelCell: "A1",
      amount: fig(amount, s),
      items: items.map(([c, n, a]) => ({ code: c, name: n, labelCell: "A1", amount: fig(a, s) })),
    })),
    personnelTotal: opt(o.personnelTotal, s),
    publicTotal: opt(o.publicTotal, s),
  };
}

export function t09(o: Common & { budget: Split; actual: Split }): FinalTable09 {
  const s = o.sheet ?? "表9";
  return { kind: "final.09", ...base("三公经费", s, o), columns: [], budget: split(o.budget, s), actual: split(o.actual, s) };
}

type SignatureSpec = Partial<Record<keyof Signatures, string>>;
const signatures = (o: SignatureSpec | undefined, s: string): Signatures => ({
  preparer: optText(o?.preparer, s),
  phone: optText(o?.phone, s),
  head: optText(o?.head, s),
  date: optText(o?.date, s),
});

/** [level1, level2, name, target, actual, weight spec, score spec] */
export type IndicatorSpec = [string, string, string, string, string, string, string];

type SelfEvalSpec = Common & {
  levelOne?: [string, string | undefined][];
  indicators?: IndicatorSpec[];
  totalWeight?: string;
  totalScore?: string;
  rating?: string;
  signatures?: SignatureSpec;
};

function selfEvalCommon(o: SelfEvalSpec, s: string, title: string) {
  return {
    ...base(title, s, o),
    goals: { expected: null, actual: null },
    indicators: (o.indicators ?? []).map(
      ([level1, level2, name, target, actual, weight, score], i): Indicator => ({
        level1,
        level2,
        name: { text: name, sheet: s, cell: `C${20 + i}` },
        target: { text: target, sheet: s, cell: `D${20 + i}` },
        actual: { text: actual, sheet: s, cell: `E${20 + i}` },
        weight: fig(weight, s),
        score: fig(score, s),
        note: null,
      }),
    ),
    levelOne: (o.levelOne ?? []).map(([name, weight]): LevelOne => ({ name, labelCell: "A20", declaredWeight: opt(weight, s) })),
    totalWeight: opt(o.totalWeight, s),
    totalScore: opt(o.totalScore, s),
    rating: optText(o.rating, s),
    signatures: signatures(o.signatures, s),
  };
}

/** [initialBudget, fullYearBudget, execution, weight, rate, score] specs; undefined = no such cell. */
export type MoneySpec = Partial<Record<"initialBudget" | "fullYearBudget" | "execution" | "weight" | "rate" | "score", string>>;

function moneyRow(key: string, label: string, o: MoneySpec, s: string): MoneyRow {
  return {
    key,
    label,
    labelCell: "A8",
    initialBudget: opt(o.initialBudget, s),
    fullYearBudget: opt(o.fullYearBudget, s),
    execution: opt(o.execution, s),
    weight: opt(o.weight, s),
    rate: opt(o.rate, s),
    score: opt(o.score, s),
  };
}

export function overallHunan(o: SelfEvalSpec & { money: MoneySpec; byIncome?: [string, string, string][]; byExpenditure?: [string, string, string][] }): OverallSelfEval {
  const s = o.sheet ?? "整体自评";
  return {
    kind: "selfeval.overall",
    layout: "hunan",
    ...selfEvalCommon(o, s, "部门整体支出绩效自评表"),
    money: moneyRow("total", "年度资金总额", o.money, s),
    byIncome: lines(o.byIncome ?? [], s),
    byExpenditure: lines(o.byExpenditure ?? [], s),
    tasks: [],
    taskTotal: null,
  };
}

export type TaskSpec = { name: string } & Partial<Record<Exclude<keyof TaskRow, "name" | "content">, string>>;

function taskRow(t: TaskSpec, s: string, cell: string): TaskRow {
  return {
    name: { text: t.name, sheet: s, cell },
    content: null,
    budgetTotal: opt(t.budgetTotal, s),
    budgetFiscal: opt(t.budgetFiscal, s),
    budgetOther: opt(t.budgetOther, s),
    executionTotal: opt(t.executionTotal, s),
    executionFiscal: opt(t.executionFiscal, s),
    executionOther: opt(t.executionOther, s),
    weight: opt(t.weight, s),
    rate: opt(t.rate, s),
    score: opt(t.score, s),
  };
}

export function overallShaanxi(o: SelfEvalSpec & { tasks: TaskSpec[]; taskTotal?: TaskSpec }): OverallSelfEval {
  const s = o.sheet ?? "整体自评";
  return {
    kind: "selfeval.overall",
    layout: "shaanxi",
    ...selfEvalCommon(o, s, "部门整体支出绩效自评表"),
    money: null,
    byIncome: [],
    byExpenditure: [],
    tasks: o.tasks.map((t, i) => taskRow(t, s, `A${6 + i}`)),
    taskTotal: o.taskTotal ? taskRow(o.taskTotal, s, "A12") : null,
  };
}

export function project(o: SelfEvalSpec & { name?: string; department?: string; implementer?: string; money: Partial<Record<"total" | "currentFiscal" | "carryover" | "other", MoneySpec>> }): ProjectSelfEval {
  const s = o.sheet ?? `项目-${o.name ?? "甲"}`;
  const labels = { total: "年度资金总额", currentFiscal: "其中：当年财政拨款", carryover: "上年结转资金", other: "其他资金" };
  return {
    kind: "selfeval.project",
    ...selfEvalCommon(o, s, "项目支出绩效自评表"),
    projectName: optText(o.name === undefined ? undefined : `${o.name}@B3`, s),
    department: optText(o.department, s),
    implementer: optText(o.implementer, s),
    money: (Object.keys(labels) as (keyof typeof labels)[]).filter((k) => o.money[k]).map((k) => moneyRow(k, labels[k], o.money[k]!, s)),
  };
}

/** [key, parentKey, label, previousActual, budget, actual] */
export type TreeSpec = [string, string | null, string, string?, string?, string?];

export function basedata(o: Common & {
  staffing?: { authorized?: string; actual?: string; controlRate?: string };
  threePublic?: TreeSpec[];
  projects?: TreeSpec[];
  publicFunds?: TreeSpec[];
  signatures?: SignatureSpec;
}): BaseData {
  const s = o.sheet ?? "基础数据表";
  const tree = (rows: TreeSpec[] | undefined): TreeRow[] =>
    (rows ?? []).map(([key, parentKey, label, p, b, a]) => ({ key, parentKey, label, labelCell: "A1", previousActual: opt(p, s), budget: opt(b, s), actual: opt(a, s) }));
  return {
    kind: "basedata",
    ...base("部门整体支出绩效评价基础数据表", s, o),
    staffing: { authorized: opt(o.staffing?.authorized, s), actual: opt(o.staffing?.actual, s), controlRate: opt(o.staffing?.controlRate, s) },
    threePublic: tree(o.threePublic),
    projects: tree(o.projects),
    publicFunds: tree(o.publicFunds),
    other: [],
    buildingControl: null,
    savingMeasures: null,
    signatures: signatures(o.signatures, s),
  };
}

export function cover(o: { sheet?: string; unitName?: string; year?: string; signatures?: SignatureSpec }): Cover {
  const s = o.sheet ?? "封面";
  return { kind: "cover", sheet: s, range: "A1:F20", title: "封面", unitName: optText(o.unitName, s), year: optText(o.year, s), signatures: signatures(o.signatures, s) };
}

type FinalSpec = Partial<PackageModel["final"]>;

/** A package holding the given tables (everything else absent). */
export function pkg(o: { final?: FinalSpec; overall?: OverallSelfEval; projects?: ProjectSelfEval[]; basedata?: BaseData; cover?: Cover; problems?: PackageModel["problems"] }): PackageModel {
  const model = emptyPackage("测试材料");
  Object.assign(model.final, o.final ?? {});
  model.overall = o.overall ?? null;
  model.projects = o.projects ?? [];
  model.basedata = o.basedata ?? null;
  model.cover = o.cover ?? null;
  model.problems = o.problems ?? [];
  return model;
}

/** An expected finding: severity (the rule's by default), primary cell as "Sheet!C6", and optionally message parts. */
export interface Expected {
  severity?: Severity;
  at: string | null;
  /** Every cell the finding must list (besides the primary), as "Sheet!C6". */
  cells?: string[];
  message?: (string | RegExp)[];
  expected?: string;
  actual?: string;
  /** The findings folded under this one (one wrong figure, several identities), by where each pointed. */
  consequences?: (string | null)[];
  /** The rounding tolerance the finding carries (its figures; messages no longer state it). */
  tolerance?: string;
}

export interface ValidCase {
  name: string;
  model: PackageModel;
  scoring?: ScoringConfig;
  /** Infos the case must yield (尾差, skipped checks); when omitted, infos are not asserted. */
  infos?: Expected[];
}

export interface InvalidCase {
  name: string;
  model: PackageModel;
  scoring?: ScoringConfig;
  /** Exactly the errors and warnings (and listed infos) the rule must report. */
  findings: Expected[];
}

export function run(rule: Rule, model: PackageModel, scoring?: ScoringConfig): Finding[] {
  const findings = checkPackage(model, { rules: [rule], scoring });
  for (const f of findings) FindingSchema.parse(f);
  return findings;
}

const at = (f: Finding) => (f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null);

function matches(f: Finding, e: Expected, rule: Rule): boolean {
  if (f.severity !== (e.severity ?? rule.severity)) return false;
  if (at(f) !== e.at) return false;
  const cells = f.cells.map((c) => `${c.sheet}!${c.cell}`);
  if (e.cells && !e.cells.every((c) => cells.includes(c))) return false;
  if (e.message && !e.message.every((m) => (typeof m === "string" ? f.message.includes(m) : m.test(f.message)))) return false;
  if (e.expected !== undefined && f.expected !== e.expected) return false;
  if (e.actual !== undefined && f.actual !== e.actual) return false;
  const folded = (f.consequences ?? []).map((c) => (c.sheet && c.cell ? `${c.sheet}!${c.cell}` : null));
  if (JSON.stringify(folded) !== JSON.stringify(e.consequences ?? [])) return false;
  if (e.tolerance !== undefined && f.tolerance !== e.tolerance) return false;
  return true;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  [${f.severity}] ${at(f)} ${f.message}`).join("\n") || "  （无）";
}

/** Registers one jest test per case. */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      const findings = run(rule, c.model, c.scoring);
      const serious = findings.filter((f) => f.severity !== "info");
      if (serious.length > 0) throw new Error(`expected no errors or warnings, got:\n${describeFindings(serious)}`);
      if (c.infos) assertExactly(rule, findings.filter((f) => f.severity === "info"), c.infos);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const findings = run(rule, c.model, c.scoring);
      const checkInfos = c.findings.some((e) => e.severity === "info");
      assertExactly(rule, findings.filter((f) => checkInfos || f.severity !== "info"), c.findings);
    });
  });
}

function assertExactly(rule: Rule, findings: Finding[], expected: Expected[]): void {
  const left = [...findings];
  for (const e of expected) {
    const i = left.findIndex((f) => matches(f, e, rule));
    if (i < 0) throw new Error(`missing finding ${JSON.stringify(e)}; got:\n${describeFindings(findings)}`);
    left.splice(i, 1);
  }
  if (left.length > 0) throw new Error(`unexpected findings:\n${describeFindings(left)}`);
}

