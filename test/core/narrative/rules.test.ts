/**
 * Each narrative rule as a table of valid and invalid sentences (ESLint's RuleTester style) over the example
 * package as read from its workbook: valid ones give no finding of the rule, invalid ones give exactly one,
 * naming the paragraph and, where a table states the figure, its cell.
 */
import { checkNarrative, NARRATIVE_RULES } from "../../../src/core/narrative";
import type { PackageModel } from "../../../src/core/model/package";
import { examplePackage } from "../../fixtures/narrative/seeded-reports";

interface Invalid {
  text: string;
  message: RegExp;
  cell?: string;
  severity?: "error" | "warning";
}

const CASES: Record<string, { valid: string[]; invalid: Invalid[] }> = {
  "narrative.amount": {
    valid: [
      "2024年度一般公共预算财政拨款项目支出310.28万元。",
      "本年支出合计1,286.45万元，其中项目支出350.28万元。",
      "本年支出合计1286万元。",
      "公务接待费2.4万元。",
      "公务接待费23,500元。",
      "2024年度全年预算数1310.6万元，全年执行数1286.45万元。",
      "医疗救助资金管理：全年预算数200.00万元，自评总分97.83分。",
      "政府性基金预算财政拨款收入0万元。",
      "按经济分类，工资福利支出760.12万元，商品和服务支出118.21万元。",
      // 表6 is 基本支出 only: 项目支出 by 经济分类 is not held against it.
      "项目支出中资本性支出20.00万元。",
      // 高邑 2024: a sentence on the budget; the tables hold the 决算 基本/项目 split only.
      "本单位 2024 年度预算收入 2644.67 万元，预算支出 2644.67 万元，其中基本支出 203.07 万元，项目支出 2441.60 万元。",
      // 澧县 2021: a rate narrowed by 的 is of a part (here of the 医保基金), not the unit's 预算执行率.
      "决算支出包括新冠疫苗4218.82万元，剔除新冠疫苗接种专项支出的预算执行率为103%。",
    ],
    invalid: [
      { text: "2024年度一般公共预算财政拨款项目支出350.28万元。", message: /项目支出应为 310\.28万元/, cell: "Sheet5!D5" },
      { text: "本年支出合计1,268.45万元。", message: /本年支出合计应为 1,286\.45万元/, cell: "公开01表!F31" },
      { text: "公务接待费2.5万元。", message: /公务接待费实际应为 2\.35万元/, cell: "三公经费!D8" },
      { text: "医疗救助资金管理：全年预算数210.00万元。", message: /全年预算数应为 200\.00万元/, cell: "项目自评(1)!D5" },
      { text: "单位编制数61人。", message: /编制数应为 60人/, cell: "基础数据表!B4" },
      { text: "基本支出中工资福利支出706.12万元。", message: /工资福利支出应为 760\.12万元/, cell: "基本支出!E9" },
    ],
  },
  "narrative.share": {
    valid: ["本年支出合计1,286.45万元，其中基本支出936.17万元，占72.8%。", "公用经费123.71万元，占一般公共预算财政拨款基本支出的13.21%。"],
    invalid: [
      { text: "本年支出合计1,286.45万元，其中基本支出936.17万元，占73.77%。", message: /936\.17万元 ÷ 本年支出合计1,286\.45万元 = 72\.77%/, cell: "支出决算!D5" },
      { text: "公用经费123.71万元，占一般公共预算财政拨款基本支出的12.21%。", message: /基本支出936\.17万元（表格数） = 13\.21%/, cell: "Sheet5!C5" },
      { text: "本年支出合计1,286.45万元，其中基本支出936.17万元，占72.77。", message: /缺少百分号/, severity: "warning" },
    ],
  },
  "narrative.rate": {
    valid: [
      "单位编制数60人，实有人数57人，在职人员控制率95%。",
      "“三公”经费预算12.00万元，实际支出10.41万元，“三公”经费控制率86.75%。",
      // 攀枝花 2023: 99% is of the whole 199.87万元, not of the 追加 part stated just before.
      "此项目资金2023年共199.87万元，年初预算安排20万，追加预算179.87万元，实际完成198.96万元，完成率99%。",
    ],
    invalid: [
      { text: "“三公”经费预算12.00万元，实际支出10.41万元，“三公”经费控制率87.75%。", message: /= 86\.75%/ },
      { text: "2024年度全年预算数1,310.60万元，全年执行数1,286.45万元，预算执行率98.61%。", message: /= 98\.16%/, cell: "整体自评!G5" },
    ],
  },
  "narrative.change": {
    valid: ["“三公”经费支出10.41万元，比上年11.20万元下降7.1%。", "公用经费决算56.91万元，较上年55.30万元增加1.61万元。"],
    invalid: [
      { text: "“三公”经费支出10.41万元，比上年11.20万元增长7.05%。", message: /方向有误/, cell: "三公经费!B8" },
      { text: "公用经费决算56.91万元，较上年55.30万元增加1.71万元。", message: /相差 1\.61万元/ },
      { text: "公务用车购置费0.00万元，比上年0.00万元增长100%。", message: /上年数为0/ },
    ],
  },
  "narrative.identity": {
    valid: ["示例县医疗保障局对2024年度部门整体支出开展了绩效自评。"],
    invalid: [
      { text: "示例县医疗保障局对2023年度部门整体支出开展了绩效自评。", message: /年度“2023年度”与表格的“2024年度”不符/ },
      { text: "澧县医疗保障局对2024年度部门整体支出开展了绩效自评。", message: /单位名称“澧县医疗保障局”与表格的“示例县医疗保障局”不符/, cell: "封面!A3" },
    ],
  },
  "narrative.outdated-subject": {
    valid: ["卫生健康支出310.28万元。"],
    invalid: [{ text: "国土海洋气象等支出1.00万元。", message: /“自然资源海洋气象等支出”/, severity: "warning" }],
  },
};

describe("narrative rules: valid and invalid sentences", () => {
  let model: PackageModel;
  beforeAll(async () => {
    model = await examplePackage();
  });

  it("every rule has a table of cases (repeated is tested across paragraphs below)", () => {
    expect(Object.keys(CASES).sort()).toEqual(NARRATIVE_RULES.map((r) => r.id).filter((id) => id !== "narrative.repeated").sort());
  });

  for (const [rule, { valid, invalid }] of Object.entries(CASES)) {
    describe(rule, () => {
      it.each(valid.map((t) => [t]))("valid: %s", (text) => {
        expect(checkNarrative([{ number: 3, text }], model).filter((f) => f.rule === rule)).toEqual([]);
      });
      it.each(invalid.map((c) => [c.text, c] as const))("invalid: %s", (_, c) => {
        const found = checkNarrative([{ number: 3, text: c.text }], model).filter((f) => f.rule === rule);
        expect(found).toHaveLength(1);
        expect(found[0].message).toMatch(c.message);
        expect(found[0].severity).toBe(c.severity ?? "error");
        expect(found[0].paragraph).toEqual({ number: 3, text: c.text });
        if (c.cell) expect(`${found[0].sheet}!${found[0].cell}`).toBe(c.cell);
      });
    });
  }

  describe("narrative.repeated", () => {
    const paragraphs = (texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));
    // The rule on its own: with narrative.amount on, a contradiction it also names is folded under it (below).
    const check = (...texts: string[]) =>
      checkNarrative(paragraphs(texts), model, { suppressed: ["narrative.amount"] }).filter((f) => f.rule === "narrative.repeated");

    it("is silent when a figure is stated alike twice, or once per 口径 (表6 公用经费 and the 基础数据表's)", () => {
      expect(check("全年预算数1,310.60万元。", "全年预算数1310.6万元。")).toEqual([]);
      expect(check("公用经费123.71万元。", "公用经费决算56.91万元。")).toEqual([]);
      // 高邑 2024: 自评得分 of two different indicators.
      expect(check("部门收入预算的完成率为 100%，自评得分 2 分。", "均符合序时进度，自评得分为 4 分。")).toEqual([]);
    });

    it("names the statement the tables do not bear out and the paragraph it contradicts", () => {
      const [f, ...rest] = check("实有人数59人。", "实有人数57人。");
      expect(rest).toEqual([]);
      expect(f.paragraph).toEqual({ number: 1, text: "实有人数59人。" });
      expect(f.message).toBe("第1段“实有人数59人”与第2段“实有人数57人”是同一个数（实际在职人数），前后不一致");
      expect(`${f.sheet}!${f.cell}`).toBe("基础数据表!C4");
    });

    it("is folded under the amount finding that names the same statement: one mistake, one finding", () => {
      const findings = checkNarrative(paragraphs(["实有人数59人。", "实有人数57人。"]), model);
      expect(findings.map((f) => f.rule)).toEqual(["narrative.amount"]);
      expect(findings[0].consequences).toEqual([
        { rule: "narrative.repeated", sheet: "基础数据表", cell: "C4", message: "第1段“实有人数59人”与第2段“实有人数57人”是同一个数（实际在职人数），前后不一致" },
      ]);
    });
  });
});
