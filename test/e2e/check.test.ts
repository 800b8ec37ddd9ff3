/**
 * End to end: the example package written as a real .xlsx (varied layouts), read back, recognised and checked.
 * Each seeded mistake changes one figure of the readable data; the test proves it is reported as an error
 * at the cell that holds the wrong figure (or lists that cell). Clean packages — the example is full of
 * realistic 尾差 — must yield zero errors.
 */
import Decimal from "decimal.js";
import { buildPackageSnapshot, exampleData, EXAMPLE_LAYOUT, SHAANXI_LAYOUT, type PackageData } from "../fixtures/build-package";
import { analyzeWorkbook } from "../../src/core/analyze";
import type { PackageModel } from "../../src/core/model/package";
import type { Finding } from "../../src/core/findings/finding";
import type { CellRef } from "../../src/core/values/figure";

/** A 万元 string moved by delta, keeping 2 decimals. */
const plus = (money: string | null, delta: string) => new Decimal(money ?? "0").plus(delta).toDecimalPlaces(2).toFixed(2);

async function check(data: PackageData, layout = undefined as Parameters<typeof buildPackageSnapshot>[1]) {
  return analyzeWorkbook(await buildPackageSnapshot(data, layout));
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
const lists = (f: Finding, c: CellRef) => f.cells.some((x) => x.sheet === c.sheet && x.cell === c.cell);

let clean: PackageModel;
let cleanFindings: Finding[];

beforeAll(async () => {
  ({ model: clean, findings: cleanFindings } = await check(exampleData()));
});

describe("clean packages", () => {
  test("the Hunan example (尾差 in 表2/表3/表5, 公用经费 口径) yields zero errors, its 尾差 as infos", () => {
    expect(clean.tables.length).toBeGreaterThanOrEqual(14);
    expect(errors(cleanFindings)).toEqual([]);
    expect(cleanFindings.filter((f) => f.message.includes("属尾差")).length).toBeGreaterThanOrEqual(3);
    // The narrower 公用经费 口径 of the 基础数据表 is the only warning, as domain §5 says.
    expect(cleanFindings.filter((f) => f.severity === "warning").map((f) => f.rule)).toEqual(["cross.basedata-t06.public-funds"]);
  });

  test("the Shaanxi example yields zero errors", async () => {
    const { findings } = await check(exampleData(), SHAANXI_LAYOUT);
    expect(errors(findings)).toEqual([]);
  });

  test("a package whose tables are all in 元 (figures ×10000, the same 尾差) yields zero errors", async () => {
    const layout = EXAMPLE_LAYOUT.map((s) => ({ ...s, tables: s.tables.map((t) => ({ ...t, variant: { name: "yuan", unitYuan: true } })) }));
    const { model, findings } = await check(exampleData(), layout);
    expect(model.final.t03?.unit).toBe("元");
    expect(errors(findings)).toEqual([]);
  });

  test("a package with 尾差 added to totals across tables (each within its tolerance) still yields zero errors", async () => {
    const d = exampleData();
    d.final.t01.incomeTotal = plus(d.final.t01.incomeTotal, "0.01");
    d.final.t01.incomeGrandTotal = plus(d.final.t01.incomeGrandTotal, "0.01");
    d.final.t03.rows[0].values.total = plus(d.final.t03.rows[0].values.total!, "-0.01");
    d.final.t06.publicTotal = plus(d.final.t06.publicTotal, "0.01");
    d.final.t09.actual.total = plus(d.final.t09.actual.total, "0.01");
    d.selfEval.baseData.threePublic.total.actual = plus(d.selfEval.baseData.threePublic.total.actual, "0.01");
    const { findings } = await check(d);
    expect(errors(findings)).toEqual([]);
    expect(findings.filter((f) => f.message.includes("属尾差")).length).toBeGreaterThan(cleanFindings.filter((f) => f.message.includes("属尾差")).length);
  });
});

interface Seed {
  name: string;
  seed: (d: PackageData) => void;
  /** The rule that must report it, and the wrong figure's cell in the clean model. */
  rule: string;
  at: (m: PackageModel) => CellRef;
  /** The finding points at the wrong cell itself (else: lists it among its cells). */
  primary?: boolean;
  /**
   * The rule's finding is folded, as a consequence, under the one error at the wrong cell: one wrong figure
   * breaks several identities, and error localisation reports it once (core/attribution).
   */
  consequence?: boolean;
  layout?: Parameters<typeof buildPackageSnapshot>[1];
}

const SEEDS: Seed[] = [
  {
    name: "表1 本年收入合计 36.00 too high (digits transposed)",
    seed: (d) => (d.final.t01.incomeTotal = plus(d.final.t01.incomeTotal, "36.00")),
    rule: "final.t01.income-total",
    at: (m) => m.final.t01!.incomeTotal!,
    primary: true,
  },
  {
    name: "表1 本年收入合计 36.00 too high also breaks 表1 = 表2 合计",
    seed: (d) => (d.final.t01.incomeTotal = plus(d.final.t01.incomeTotal, "36.00")),
    rule: "cross.t01-t02.income-total",
    at: (m) => m.final.t01!.incomeTotal!,
    primary: true,
    consequence: true,
  },
  {
    name: "表3 a 项 changed by 10.00: its 款 no longer adds up",
    seed: (d) => {
      const row = d.final.t03.rows.find((r) => r.code?.length === 7 && r.values.total)!;
      row.values.total = plus(row.values.total!, "10.00");
    },
    rule: "final.subject-hierarchy",
    at: (m) => m.final.t03!.rows.find((r) => r.level === "item" && r.values.total?.value)!.values.total,
    primary: true,
    consequence: true,
  },
  {
    name: "表3 合计 基本支出 off by 5.00: the 合计 row no longer adds up",
    seed: (d) => (d.final.t03.rows[0].values.basic = plus(d.final.t03.rows[0].values.basic!, "5.00")),
    rule: "final.t03.row-kinds",
    at: (m) => m.final.t03!.rows[0].values.basic,
    primary: true,
    consequence: true,
  },
  {
    name: "表4 一般公共预算 income differs from 表1",
    seed: (d) => (d.final.t04.incomeLines[0].amount = plus(d.final.t04.incomeLines[0].amount, "-20.00")),
    rule: "cross.t01-t04.income-lines",
    at: (m) => m.final.t04!.incomeLines.find((l) => l.key === "general")!.amount,
    primary: true,
  },
  {
    name: "表5 合计 基本支出 differs from 表6 人员 + 公用",
    seed: (d) => (d.final.t06.publicTotal = plus(d.final.t06.publicTotal, "-13.00")),
    rule: "cross.t05-t06.basic",
    at: (m) => m.final.t06!.publicTotal!,
    primary: true,
    consequence: true,
  },
  {
    name: "表6 公用经费合计 leaves out a group",
    seed: (d) => (d.final.t06.publicTotal = plus(d.final.t06.publicTotal, "-13.00")),
    rule: "final.t06.personnel-public",
    at: (m) => m.final.t06!.publicTotal!,
    primary: true,
  },
  {
    name: "表9 决算 小计 not the sum of its items",
    seed: (d) => (d.final.t09.actual.total = plus(d.final.t09.actual.total, "1.00")),
    rule: "final.t09.three-public",
    at: (m) => m.final.t09!.actual.total,
    primary: true,
  },
  {
    name: "整体自评表 执行率 truncated (98.15% for 98.157…%) instead of rounded",
    seed: (d) => (d.selfEval.overall.money.rate = "98.15"),
    rule: "selfeval.execution-rate",
    at: (m) => m.overall!.money!.rate!,
    primary: true,
  },
  {
    name: "整体自评表 全年执行数 taken from the 财政拨款 part only (表4 本年收入合计 1,246.45), rate and score recomputed from it",
    seed: (d) => {
      d.selfEval.overall.money.execution = d.final.t04.incomeTotal;
      d.selfEval.overall.money.rate = "95.11";
      d.selfEval.overall.money.score = "9.51";
    },
    rule: "cross.selfeval-t01.execution",
    at: (m) => m.overall!.money!.execution!,
    primary: true,
  },
  {
    name: "整体自评表 an indicator 分值 changed: 一级 weight no longer matches",
    seed: (d) => (d.selfEval.overall.indicators[0].weight = "15"),
    rule: "selfeval.level-one-weights",
    at: (m) => m.overall!.indicators[0].weight,
  },
  {
    name: "项目自评表 得分 above its 分值",
    seed: (d) => (d.selfEval.projects[0].indicators[1].score = "18"),
    rule: "selfeval.score-range",
    at: (m) => m.projects[0].indicators[1].score,
    primary: true,
  },
  {
    name: "项目自评表 rating 良 for a total of 97.83",
    seed: (d) => (d.selfEval.projects[0].rating = "良"),
    rule: "selfeval.rating",
    at: (m) => m.projects[0].rating!,
    primary: true,
  },
  {
    name: "基础数据表 “三公” 决算 differs from 表9",
    seed: (d) => {
      const t = d.selfEval.baseData.threePublic;
      t.total.actual = plus(t.total.actual, "2.00");
      t.reception.actual = plus(t.reception.actual, "2.00");
    },
    rule: "cross.basedata-t09.three-public",
    at: (m) => m.basedata!.threePublic.find((r) => r.key === "total")!.actual!,
    primary: true,
  },
  {
    name: "表3 copied from another unit's template (编制单位)",
    seed: (d) => (d.final.t03.unitName = "邻县医疗保障局"),
    rule: "identity.unit-name",
    at: (m) => m.final.t03!.unitName!,
    primary: true,
  },
  {
    name: "Shaanxi 金额合计（全年执行数·财政拨款）36.00 too high",
    seed: (d) => (d.overallShaanxi.taskTotal.executionFiscal = plus(d.overallShaanxi.taskTotal.executionFiscal, "36.00")),
    rule: "selfeval.task-total",
    at: (m) => m.overall!.taskTotal!.executionFiscal!,
    primary: true,
    layout: SHAANXI_LAYOUT,
  },
  {
    // The brief's case: 金额合计 财政拨款 breaks Σ 任务 and 总额 = 财政拨款 + 其他资金; 1,615.60 → 1,270.60 mends
    // both, so the error is that cell, not 总额, and the split is its consequence.
    name: "Shaanxi 金额合计（全年预算数·财政拨款）1,615.60 for 1,270.60: one error there, 总额 = 财政拨款 + 其他资金 its consequence",
    seed: (d) => (d.overallShaanxi.taskTotal.budgetFiscal = "1615.60"),
    rule: "selfeval.task-split",
    at: (m) => m.overall!.taskTotal!.budgetFiscal!,
    primary: true,
    consequence: true,
    layout: SHAANXI_LAYOUT,
  },
  {
    // 99.39% written for 98.16%, the score 9.82 kept: the score looks wrong (10 × 99.39% = 9.94) only because of
    // the rate; 98.16 mends both, so one error at the rate with the score as its consequence.
    name: "整体自评表 执行率 99.39% for 98.16%: one error at the rate, its 得分 a consequence",
    seed: (d) => (d.selfEval.overall.money.rate = "99.39"),
    rule: "selfeval.execution-score",
    at: (m) => m.overall!.money!.rate!,
    primary: true,
    consequence: true,
  },
];

describe("seeded mistakes are errors at the right cell", () => {
  test.each(SEEDS.map((s) => [s.name, s] as const))("%s", async (_name, s) => {
    const data = exampleData();
    s.seed(data);
    const { findings } = await check(data, s.layout);
    const reference = s.layout ? (await check(exampleData(), s.layout)).model : clean;
    const cell = s.at(reference);
    const byRule = (f: Finding) => (s.consequence ? !!f.consequences?.some((c) => c.rule === s.rule) : f.rule === s.rule);
    const hits = errors(findings).filter((f) => byRule(f) && (s.primary ? f.sheet === cell.sheet && f.cell === cell.cell : lists(f, cell)));
    if (hits.length === 0) {
      throw new Error(`no ${s.rule} error at ${cell.sheet}!${cell.cell}; errors:\n${errors(findings).map((f) => `  ${f.rule} ${f.sheet}!${f.cell} ${f.message}`).join("\n")}`);
    }
    expect(hits[0].message).toMatch(/应为|不是同一单位|对应等级|超过分值/);
    if (s.consequence) {
      expect(hits[0].consequences!.find((c) => c.rule === s.rule)!.message).toMatch(/应为/);
      // Folded, not repeated: no error of that rule stands on its own for the same wrong figure.
      expect(errors(findings).some((f) => f.rule === s.rule && lists(f, cell))).toBe(false);
      // One wrong figure, one error.
      expect(errors(findings).map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${cell.sheet}!${cell.cell}`]);
    }
  });

  test("填表人 spelled differently on one sheet is a warning there", async () => {
    const data = exampleData();
    data.selfEval.baseData.signatures = { ...data.selfEval.baseData.signatures, preparer: "张莉" };
    const { findings } = await check(data);
    const cell = clean.basedata!.signatures.preparer!;
    expect(findings.some((f) => f.rule === "identity.signatures" && f.severity === "warning" && f.sheet === cell.sheet && f.cell === cell.cell)).toBe(true);
  });
});
