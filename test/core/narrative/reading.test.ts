import { quantitiesIn, reportedOf } from "../../../src/core/narrative/quantity";
import { mentionsOfParagraph, sentencesOf } from "../../../src/core/narrative/mentions";
import { claimsOf } from "../../../src/core/narrative/claims";
import { isBudgetSide, topicOfLabel } from "../../../src/core/narrative/topic";
import { TOPICS } from "../../../src/core/narrative/catalogue";
import { intervalOf } from "../../../src/core/rounding/interval";

const q = (s: string) => quantitiesIn(s).map((x) => ({ unit: x.unit, value: x.value.toString(), decimals: x.decimals, text: x.text }));

describe("quantitiesIn: figures with units and the precision they show", () => {
  it.each([
    ["基本支出588.30万元", [{ unit: "money", value: "588.3", decimals: 2, text: "588.30万元" }]],
    ["本年收入 2406.01 万元", [{ unit: "money", value: "2406.01", decimals: 2, text: "2406.01 万元" }]],
    ["支出合计1,286.45万元", [{ unit: "money", value: "1286.45", decimals: 2, text: "1,286.45万元" }]],
    ["公务接待费23500元", [{ unit: "money", value: "2.35", decimals: 4, text: "23500元" }]],
    ["约1.2亿元", [{ unit: "money", value: "12000", decimals: -3, text: "1.2亿元" }]],
    ["执行率98.16%，得分9.82分，在职57人", [
      { unit: "percent", value: "98.16", decimals: 2, text: "98.16%" },
      { unit: "score", value: "9.82", decimals: 2, text: "9.82分" },
      { unit: "count", value: "57", decimals: 0, text: "57人" },
    ]],
    ["其中基本支出936.17万元，占72.77；", [
      { unit: "money", value: "936.17", decimals: 2, text: "936.17万元" },
      { unit: "percent", value: "72.77", decimals: 2, text: "72.77" },
    ]],
  ])("%s", (text, expected) => {
    expect(q(text)).toEqual(expected);
  });

  it("leaves years, dates, counts of 次, 个百分点 and bare numbers alone", () => {
    expect(q("2024年度开展检查3次，2025年3月15日报送，提高2个百分点，共5项")).toEqual([]);
  });

  it("flags a share without its percent sign, and only after 占", () => {
    expect(quantitiesIn("占比为13.21，")[0].missingPercent).toBe(true);
    expect(quantitiesIn("占13.21%")[0].missingPercent).toBeUndefined();
  });

  it("gives “588.3万元” the interval [588.25, 588.35]", () => {
    const i = intervalOf(reportedOf(quantitiesIn("588.3万元")[0]));
    expect([i.low.toString(), i.high.toString()]).toEqual(["588.25", "588.35"]);
  });
});

describe("mentions: the label before each figure", () => {
  it("takes the words back to the previous punctuation or figure, sentence by sentence", () => {
    const text = "2024年度一般公共预算财政拨款支出1,246.45万元，其中基本支出936.17万元，项目支出310.28万元。政府性基金预算财政拨款收入135.00万元。";
    expect(sentencesOf(text)).toHaveLength(2);
    expect(mentionsOfParagraph(text).map((m) => m.label)).toEqual([
      "2024年度一般公共预算财政拨款支出",
      "其中基本支出",
      "项目支出",
      "政府性基金预算财政拨款收入",
    ]);
  });
});

describe("topics: which figure a label names", () => {
  it.each([
    ["其中基本支出", "basic"],
    ["2024年度一般公共预算财政拨款支出", "general-total"],
    ["2024年度一般公共预算财政拨款基本支出", "basic"],
    ["政府性基金预算财政拨款收入", "fund"],
    ["“三公”经费预算", "three-public"],
    ["（公务用车购置费", "vehicle-purchase"],
    ["公务用车购置及运行维护费", "vehicle"],
    ["预算执行率得分", "execution-score"],
    ["自评总分", "total-score"],
    ["实有人数", "staff-actual"],
  ])("%s → %s", (label, id) => {
    expect(topicOfLabel(label, TOPICS)?.id).toBe(id);
  });

  it("knows nothing of words the catalogue does not list", () => {
    expect(topicOfLabel("包括卫生健康支出", TOPICS)).toBeNull();
  });

  it("reads 预算 as the budget side only when it is not a budget family or a rate", () => {
    expect(isBudgetSide("“三公”经费预算")).toBe(true);
    expect(isBudgetSide("一般公共预算财政拨款支出")).toBe(false);
    expect(isBudgetSide("全年预算执行数")).toBe(false);
  });
});

describe("claims: shares, rates and changes with their stated parts", () => {
  const claims = (text: string) => claimsOf(mentionsOfParagraph(text));

  it("a share's whole is the figure before 其中, or named after 占", () => {
    const [a, b] = claims("本年支出合计1,286.45万元，其中基本支出936.17万元，占72.77%；项目支出350.28万元，占27.23%。");
    expect(a).toMatchObject({ kind: "share", part: { text: "936.17万元" }, whole: { text: "1,286.45万元" } });
    expect(b).toMatchObject({ kind: "share", part: { text: "350.28万元" }, whole: { text: "1,286.45万元" } });
    expect(claims("公用经费123.71万元，占一般公共预算财政拨款基本支出的13.21%。")[0]).toMatchObject({
      kind: "share",
      whole: null,
      wholeLabel: "一般公共预算财政拨款基本支出",
    });
  });

  it("a rate divides the realised figure by the planned one (预算, 编制)", () => {
    expect(claims("单位编制数60人，实有人数57人，在职人员控制率95%。")[0]).toMatchObject({
      kind: "rate",
      numerator: { text: "57人" },
      denominator: { text: "60人" },
    });
    expect(claims("全年预算数200.00万元，全年执行数196.50万元，预算执行率98.25%")[0]).toMatchObject({
      kind: "rate",
      numerator: { text: "196.50万元" },
      denominator: { text: "200.00万元" },
    });
  });

  it("a change is against the base stated after 比上年, or the 上年 figure stated before", () => {
    expect(claims("“三公”经费支出10.41万元，比上年11.20万元下降7.05%。")[0]).toMatchObject({
      kind: "change",
      current: { text: "10.41万元" },
      base: { text: "11.20万元" },
      direction: -1,
      change: { text: "7.05%" },
    });
    expect(claims("上年公务接待费为0万元，本年公务接待费2.35万元，较上年增长100%。")[0]).toMatchObject({
      kind: "change",
      current: { text: "2.35万元" },
      base: { text: "0万元" },
    });
  });
});
