import Decimal from "decimal.js";
import { buildReport, allRuns, runText, reportFileName, numberingOf, chineseNumeral, OUTLINES, type ReportDocument, type Run } from "../../../src/core/report";
import { emptyPackage, type PackageModel } from "../../../src/core/model/package";
import type { Figure } from "../../../src/core/values/figure";
import { formatAmount, formatPercent, formatPlain } from "../../../src/core/values/format";
import { proseMoney, prosePercent, proseScore } from "../../../src/core/report/compose";
import { ratingOf } from "../../../src/core/scoring/rates";
import { exampleModel } from "./support";

/** Every Figure of the model, by "sheet!cell". */
function figuresByCell(model: PackageModel): Map<string, Figure> {
  const found = new Map<string, Figure>();
  const walk = (v: unknown) => {
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if ("decimals" in o && "raw" in o && "sheet" in o && "cell" in o && "value" in o) {
      found.set(`${o.sheet}!${o.cell}`, o as unknown as Figure);
      return;
    }
    for (const child of Object.values(o)) walk(child);
  };
  walk(model);
  return found;
}

const bodyText = (doc: ReportDocument) => doc.body.map((b) => (b.kind === "heading" ? b.number + b.text : runText(b.runs))).join("\n");
const headings = (doc: ReportDocument) => doc.body.flatMap((b) => (b.kind === "heading" ? [b.number + b.text] : []));
const paragraphWith = (doc: ReportDocument, needle: string) =>
  doc.body.flatMap((b) => (b.kind === "paragraph" && runText(b.runs).includes(needle) ? [runText(b.runs)] : []));

describe("buildReport on the example package (Hunan outline by default)", () => {
  const model = exampleModel();
  const doc = buildReport(model);

  it("follows the Hunan ten-section outline with GB/T 9704 numbering", () => {
    const level1 = doc.body.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.number + b.text] : []));
    expect(level1).toEqual([
      "一、单位基本情况",
      "二、一般公共预算支出情况",
      "三、政府性基金预算支出情况",
      "四、国有资本经营预算支出情况",
      "五、社会保险基金预算支出情况",
      "六、部门整体支出绩效情况",
      "七、存在的问题及原因分析",
      "八、下一步改进措施",
      "九、绩效自评结果拟应用和公开情况",
      "十、其他需要说明的情况",
    ]);
    expect(headings(doc)).toEqual(
      expect.arrayContaining([
        "（一）机构人员情况及主要职能",
        "（二）整体支出规模、使用方向",
        "（一）基本支出",
        "（二）项目支出",
        "（一）运行成本",
        "（二）管理效率",
        "（五）服务对象满意度",
        "（一）自评结果",
        "（二）结果应用",
        "（三）公开情况",
      ]),
    );
    expect(doc.attachmentList).toEqual(["部门整体支出绩效评价基础数据表", "部门整体支出绩效自评表", "项目支出绩效自评表"]);
  });

  it("titles and names the report after the unit and the year", () => {
    expect(doc.title.map(runText)).toEqual(["2024年度示例县医疗保障局", "整体支出绩效自评报告"]);
    expect(doc.fileName).toBe("2024年度示例县医疗保障局整体支出绩效自评报告.docx");
    expect(reportFileName(model)).toBe(doc.fileName);
    expect(runText(doc.signature.date)).toBe("2025年3月15日");
  });

  it("writes every single-cell figure exactly as its cell holds it (money half up to 2 decimals)", () => {
    const cells = figuresByCell(model);
    const figureRuns = allRuns(doc).filter((r): r is Extract<Run, { kind: "figure" }> => r.kind === "figure" && r.sources.length === 1);
    expect(figureRuns.length).toBeGreaterThan(100);
    for (const run of figureRuns) {
      const source = cells.get(`${run.sources[0].sheet}!${run.sources[0].cell}`);
      expect(source?.value).toBeTruthy();
      const v = source!.value!;
      const renderings = [proseMoney(v), proseScore(v), prosePercent(v), formatAmount(v), formatPercent(v), formatPlain(v, 2), formatPlain(v, 0), formatPlain(v, source!.decimals), ratingOf(v)];
      // "无因公出国（境）费用支出": a statement standing for zero figures.
      if (run.text.startsWith("无")) {
        expect(v.isZero()).toBe(true);
        continue;
      }
      expect(renderings).toContain(run.text);
    }
  });

  it("computes the package's figures from the tables (EXAMPLE.md)", () => {
    const text = bodyText(doc);
    expect(text).toContain("全年支出1286.45万元，其中基本支出936.17万元，占72.77%；项目支出350.28万元，占27.23%。");
    expect(text).toContain("一般公共预算财政拨款支出1246.45万元，其中基本支出936.17万元，项目支出310.28万元。");
    expect(text).toContain("其中人员经费812.46万元，占86.79%；公用经费123.71万元，占13.21%。");
    expect(text).toContain("“三公”经费预算12.00万元，实际支出10.41万元。其中公务接待费2.35万元，公务用车运行维护费8.06万元；无因公出国（境）费用、公务用车购置费支出。");
    expect(text).toContain("“三公”经费控制率86.75%（实际支出10.41万元÷预算12.00万元）");
    expect(text).toContain("年初预算数1250.00万元，全年预算数1310.60万元，追加（调整）预算60.60万元，预算调整率4.85%。");
    expect(text).toContain("全年预算数1310.60万元，全年执行数1286.45万元，预算执行率98.16%。预算执行率分值10分，自评得分9.82分。");
    expect(text).toContain("本单位编制数60人，实际在职人数57人，在职人员控制率95.00%。");
    expect(text).toContain("整体支出绩效自评得分98.15分，评价等级为“优”。");
    expect(text).toContain("2024年度本单位无政府性基金预算财政拨款收入和支出。");
  });

  it("computes shares and rates from the model's Decimal figures (not from the rounded text)", () => {
    const basic = model.final.t03!.rows[0].values.basic.value!;
    const total = model.final.t01!.expenditureTotal!.value!;
    const share = basic.dividedBy(total).times(100);
    expect(bodyText(doc)).toContain(`基本支出936.17万元，占${formatPercent(share)}`);
    expect(bodyText(doc)).not.toMatch(/\d,\d{3}/);
    expect(formatPercent(share)).toBe("72.77%");
  });

  it("lists each project with its execution rate, score and rating", () => {
    expect(paragraphWith(doc, "医疗救助资金管理：")).toEqual([
      "1.医疗救助资金管理：全年预算数200.00万元，全年执行数196.50万元，预算执行率98.25%，预算执行率得分9.83分；自评总分97.83分，评价等级为“优”。",
    ]);
    expect(paragraphWith(doc, "医保信息化建设：")[0]).toContain("预算执行率91.67%");
    expect(paragraphWith(doc, "医保信息化建设：")[0]).toContain("评价等级为“良”");
  });

  it("sums each 一级指标's scores and names the indicators that lost points", () => {
    expect(bodyText(doc)).toContain("产出指标分值50分，得分49.33分。");
    expect(bodyText(doc)).toContain("效益指标分值30分，得分29分。");
    // Numbered one level below their heading （三）履职效能: 1. 2. …, never （1） straight under （三）.
    expect(bodyText(doc)).toContain("1.数量指标“困难群众医疗救助覆盖率”：年度指标值≥95%，实际完成值100%，分值10分，得分10分。");
    expect(paragraphWith(doc, "未得满分")[0]).toContain("“培训医保经办人员”（分值10分，得分9.33分）");
    expect(bodyText(doc)).toContain("部门整体支出绩效自评表未设置成本指标。");
  });

  it("leaves visible placeholders for what only the author knows", () => {
    const placeholders = allRuns(doc).filter((r) => r.kind === "placeholder");
    expect(placeholders.map((p) => p.text)).toEqual(expect.arrayContaining(["【待填写：单位主要职能】", "【待填写：下一步改进措施】"]));
    for (const p of placeholders) expect(p.text).toMatch(/^【待填写：.+】$/);
  });

  it("reproduces the three attachments as tables with a row per indicator and per tree row", () => {
    const [base, overall, projects] = doc.attachments;
    expect(base.title).toBe("部门整体支出绩效评价基础数据表");
    const b = model.basedata!;
    const treeRows = b.threePublic.length + b.projects.length + b.publicFunds.length + b.other.length;
    // 编制数 table (2 rows), then the tree table opening with its heading row.
    expect(base.tables.map((t) => t.rows.length)).toEqual([2, 1 + treeRows + 3]);
    expect(overall.tables).toHaveLength(4);
    // 预算部门名称 | header, 年度资金总额, 4 按收入性质 + 2 按支出性质 lines | 2 goal rows | header, indicators, 总分, 评价等级, signatures.
    expect(overall.tables.map((t) => t.rows.length)).toEqual([
      1,
      2 + model.overall!.byIncome.length + model.overall!.byExpenditure.length,
      2,
      1 + model.overall!.indicators.length + 3,
    ]);
    expect(projects.tables).toHaveLength(4 * model.projects.length);
    expect(projects.tables[0].caption).toBe("1. 医疗救助资金管理");
    // Every project's money rows and indicators are copied, none dropped.
    model.projects.forEach((p, i) => {
      expect(projects.tables[4 * i + 1].rows).toHaveLength(1 + p.money.length);
      expect(projects.tables[4 * i + 3].rows).toHaveLength(1 + p.indicators.length + 3);
    });
  });

  it("starts every table that has heading rows with them, so Word can repeat them on each page", () => {
    for (const t of doc.attachments.flatMap((a) => a.tables)) {
      const firstHeader = t.rows.findIndex((r) => r.header);
      if (firstHeader >= 0) expect(firstHeader).toBe(0);
    }
  });

  it("writes head counts in the attachments as whole numbers", () => {
    const m = exampleModel();
    m.basedata!.staffing.authorized!.decimals = 2;
    const staffing = buildReport(m).attachments[0].tables[0].rows[0].cells.map((c) => runText(c.runs));
    expect(staffing).toEqual(["编制数（人）", "60", "实际在职人数（人）", "57"]);
  });

  it("merges 一级/二级 cells over their 三级 rows so every row covers the whole grid", () => {
    const table = doc.attachments[1].tables[3];
    const width = table.widths.length;
    const pending = new Array(width).fill(0);
    for (const row of table.rows) {
      const covered = pending.filter((n) => n > 0).length;
      const spanned = row.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
      expect(spanned + covered).toBe(width);
      let col = 0;
      for (let i = 0; i < width; i++) if (pending[i] > 0) pending[i]--;
      for (const c of row.cells) {
        while (pending[col] > 0 && col < width) col++;
        if ((c.rowSpan ?? 1) > 1) pending[col] = (c.rowSpan ?? 1) - 1;
        col += c.colSpan ?? 1;
      }
    }
  });
});

describe("missing tables and blank cells become placeholders, never zeros", () => {
  it("a package without 表9, 基础数据表 and 整体支出绩效自评表 names what is missing", () => {
    const model = exampleModel();
    model.final.t09 = null;
    model.basedata = null;
    model.overall = null;
    const doc = buildReport(model);
    const text = bodyText(doc);
    expect(text).toContain("【待填写：“三公”经费预算及支出情况（缺少公开09表 财政拨款“三公”经费及会议费、培训费支出决算表）】");
    expect(text).toContain("【待填写：编制数、实际在职人数及在职人员控制率（缺少部门整体支出绩效评价基础数据表）】");
    expect(text).toContain("【待填写：预算执行情况（缺少部门整体支出绩效自评表）】");
    expect(text).not.toMatch(/(^|[^\d.])0\.00万元/);
    expect(text).not.toMatch(/(^|[^\d,.])0\.00万元/);
    expect(text).not.toContain("NaN");
    expect(runText(doc.attachments[0].tables[0].rows[0].cells[0].runs)).toContain("缺少部门整体支出绩效评价基础数据表");
  });

  it("a blank 基本支出 in 表3 says which cell is blank instead of writing 0", () => {
    const model = exampleModel();
    const basic = model.final.t03!.rows[0].values.basic;
    basic.value = null;
    model.overall!.byExpenditure = [];
    const text = bodyText(buildReport(model));
    expect(text).toContain(`【待填写：整体支出规模（公开03表 支出决算表中“合计”行的“基本支出”为空（工作表“${basic.sheet}”${basic.cell}））】`);
  });

  it("a zero 年初预算数 gives no 预算调整率 rather than a division by zero", () => {
    const model = exampleModel();
    model.overall!.money!.initialBudget!.value = new Decimal(0);
    expect(bodyText(buildReport(model))).toContain("年初预算数为0，无法计算比率");
  });

  it("an empty package still yields the whole outline, with placeholders for unit, date and every figure", () => {
    const doc = buildReport(emptyPackage("空白.xlsx"));
    expect(runText(doc.title[0])).toBe("本年度【待填写：单位名称】");
    expect(doc.title[0].some((r) => r.kind === "placeholder")).toBe(true);
    expect(doc.fileName).toBe("整体支出绩效自评报告.docx");
    expect(allRuns(doc).filter((r) => r.kind === "figure")).toEqual([]);
    expect(bodyText(doc)).not.toContain("万元，");
    expect(headings(doc).filter((h) => /^[一二三四五六七八九十]+、/.test(h))).toHaveLength(10);
  });
});

describe("other outlines", () => {
  const model = exampleModel();

  it("Hebei: 部门基本情况 → 自评方法 → 指标分析 → 结论 → 问题 → 评价工作组, with 决算 收支 figures", () => {
    const doc = buildReport(model, { outline: "hebei" });
    expect(headings(doc).filter((h) => /^[一二三四五六]、/.test(h))).toEqual([
      "一、部门基本情况",
      "二、自评的方法和过程",
      "三、部门整体支出绩效目标实现情况及指标分析",
      "四、评价结论",
      "五、存在的问题及改进措施",
      "六、评价工作组人员名单及签字",
    ]);
    expect(headings(doc)).toEqual(expect.arrayContaining(["1.投入指标", "（1）收入预算完成率", "（5）“三公经费”控制率", "2.过程指标", "（1）预算执行率", "3.产出指标"]));
    // Each 共性指标 with its figure, then its 自评得分 (or a prompt when the 自评表 has no such indicator).
    expect(bodyText(doc)).toContain("本年度“三公经费”实际支出10.41万元，预算12.00万元，控制率为86.75%。【待填写：“三公经费”控制率的自评得分（部门整体支出绩效自评表中没有“三公经费”控制率指标）】");
    expect(bodyText(doc)).toContain("全年预算数1310.60万元，全年执行数1286.45万元，预算执行率为98.16%。");
    expect(bodyText(doc)).toContain(
      "2024年度本单位年初结转和结余35.20万元，本年收入合计1286.45万元，收入总计1321.65万元。本年支出合计1286.45万元，其中基本支出936.17万元，项目支出350.28万元；年末结转和结余35.20万元。",
    );
    expect(bodyText(doc)).toContain("年末结转和结余35.20万元，结转结余率为2.69%。");
    expect(doc.title.map(runText)).toEqual(["示例县医疗保障局", "2024年度整体支出绩效自评报告"]);
    expect(doc.attachmentList).toEqual(["部门整体支出绩效自评表", "项目支出绩效自评表"]);
  });

  it("Sichuan: addressed to the finance bureau, 财政拨款 收支 from 表4/表5/表6", () => {
    const doc = buildReport(model, { outline: "sichuan" });
    expect(runText(doc.salutation!)).toBe("【待填写：主送机关，如“市财政局”】：");
    expect(headings(doc).filter((h) => /^[一二三四]、/.test(h))).toEqual([
      "一、部门概况",
      "二、部门财政资金收支情况",
      "三、部门整体预算绩效管理情况",
      "四、评价结论及建议",
    ]);
    expect(bodyText(doc)).toContain("2024年度本单位财政拨款收入总额1246.45万元，其中：一般公共预算财政拨款1246.45万元");
    expect(bodyText(doc)).toContain("基本支出936.17万元（其中人员经费支出812.46万元，公用经费支出123.71万元），项目支出310.28万元。");
  });

  it("every outline's paragraphs exist (outlines are data checked against the generators)", () => {
    for (const id of Object.keys(OUTLINES) as (keyof typeof OUTLINES)[]) {
      expect(() => buildReport(model, { outline: id })).not.toThrow();
    }
  });
});

describe("findings", () => {
  it("errors left in the tables are announced at the top", () => {
    const doc = buildReport(exampleModel(), { findings: [{ severity: "error" }, { severity: "warning" }, { severity: "error" }] });
    const first = doc.body[0];
    expect(first.kind === "paragraph" && runText(first.runs)).toContain("表格检查发现2处错误");
  });

  it("warnings alone add no notice", () => {
    const doc = buildReport(exampleModel(), { findings: [{ severity: "warning" }] });
    const first = doc.body[0];
    expect(first.kind === "paragraph" && runText(first.runs)).toMatch(/^根据/);
  });
});

describe("GB/T 9704 heading numbers", () => {
  it.each([
    [1, 1, "一、"],
    [1, 10, "十、"],
    [2, 3, "（三）"],
    [3, 12, "12."],
    [4, 2, "（2）"],
  ] as const)("level %i, item %i → %s", (level, n, expected) => {
    expect(numberingOf(level, n)).toBe(expected);
  });

  it("Chinese numerals up to 99", () => {
    expect([11, 20, 21, 99].map(chineseNumeral)).toEqual(["十一", "二十", "二十一", "九十九"]);
  });
});

describe("共性指标, 成本指标 and zeros as real reports write them", () => {
  const figure = (v: string, cell: string) => ({ value: new Decimal(v), decimals: v.includes(".") ? 2 : 0, raw: v, sheet: "整体自评表", cell });
  const text = (t: string, cell: string) => ({ text: t, sheet: "整体自评表", cell });
  const indicator = (level1: string, level2: string, name: string, weight: string, score: string, row: number) => ({
    level1,
    level2,
    name: text(name, `C${row}`),
    target: text("≤5%", `D${row}`),
    actual: text("4.85%", `E${row}`),
    weight: figure(weight, `F${row}`),
    score: figure(score, `G${row}`),
    note: null,
  });

  it("Hebei: a 投入 indicator of the 自评表 gives its 自评得分 under its numbered sub-item", () => {
    const model = exampleModel();
    model.overall!.indicators.unshift(indicator("投入指标", "预算执行", "预算调整率", "2", "1.5", 90));
    const doc = buildReport(model, { outline: "hebei" });
    const at = doc.body.findIndex((b) => b.kind === "heading" && b.text === "预算调整率");
    expect(doc.body[at].kind === "heading" && doc.body[at].number).toBe("（2）");
    const next = doc.body[at + 1];
    expect(next.kind === "paragraph" && runText(next.runs)).toBe(
      "本年度追加（调整）预算60.60万元，与年初预算数1250.00万元的比率为4.85%。自评得分1.5分。",
    );
    const score = next.kind === "paragraph" ? next.runs.find((r) => r.text === "1.5") : undefined;
    expect(score && score.kind === "figure" && score.sources).toEqual([{ sheet: "整体自评表", cell: "G90" }]);
  });

  it("Hunan: 成本指标 are narrated under 运行成本 and left out of the 产出 lines (the 产出 total still counts them)", () => {
    const model = exampleModel();
    model.overall!.indicators.splice(3, 0, indicator("产出指标（50分）", "成本指标", "人均培训成本", "5", "5", 91));
    const doc = buildReport(model);
    const body = bodyText(doc);
    expect(body).toContain("成本指标分值5分，得分5分。");
    expect(body).toContain("1.成本指标“人均培训成本”：年度指标值≤5%，实际完成值4.85%，分值5分，得分5分。");
    expect(body).toContain("产出指标分值50分，得分54.33分。");
    expect(body.match(/“人均培训成本”/g)).toHaveLength(1);
  });

  it("writes a zero amount as 0万元 and a zero-spending item as 无…", () => {
    const model = exampleModel();
    model.basedata!.publicFunds.find((r) => r.key === "office")!.actual!.value = new Decimal(0);
    model.final.t06 = null;
    const body = bodyText(buildReport(model));
    expect(body).toContain("其中办公经费0万元，");
    expect(body).toContain("无因公出国（境）费用、公务用车购置费支出");
    expect(body).not.toMatch(/(^|[^\d.])0\.00万元/);
  });
});
