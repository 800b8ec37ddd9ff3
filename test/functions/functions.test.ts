import Decimal from "decimal.js";
import { CellError, type Result } from "../../src/functions/cell";
import { callAsExcel, excelArguments, functionsJson, type FormulaArg, type FunctionsJson } from "./excel-call";
import { JX_FUNCTIONS } from "../../src/functions/functions";

/** An error result as code + message, so a table can say which argument the message names. */
const err = (code: string, message?: string) => ({ code, message });
const shown = (r: unknown) => (r instanceof CellError ? err(r.code, r.message) : r);
const ratio = (a: string, b: string) => new Decimal(a).dividedBy(b).toNumber();

// Every call below goes through Excel's calling convention, built from the generated functions.json.
let json: FunctionsJson;
beforeAll(async () => {
  json = await functionsJson();
});
const call = (id: string, args: unknown[]) => callAsExcel(json, id, args as FormulaArg[]);
/** A call whose result spills over several cells. */
const spill = (id: string, ...args: unknown[]) => call(id, args) as Result[][];

describe("EXECRATE(执行数, 预算数[, 小数位])", () => {
  it.each<[unknown[], unknown]>([
    [[452.37, 500], ratio("452.37", "500")],
    [[500, 500], 1],
    [[612.5, 500], 1.225],
    [[0, 500], 0],
    [[756.78, 800.01], ratio("756.78", "800.01")],
    [[1, 3], ratio("1", "3")],
    // 小数位 rounds half up in percent terms: 98.565% → 98.57%, 12.5% → 13%.
    [[985.65, 1000, 2], 0.9857],
    [[125, 1000, 0], 0.13],
    [[1, 3, 2], 0.3333],
    [[452.37, 500, null], ratio("452.37", "500")],
    // Text figures are read like table cells.
    [["1,204.37", "1,500.00"], ratio("1204.37", "1500")],
    [["１２３．４", 1234], 0.1],
    [["12.5万元", "250000元"], 0.5],
    [[" 526.04 ", 1052.08], 0.5],
    [[0.1 + 0.2, 3], 0.1],
  ])("EXECRATE(%j) = %p", (args, expected) => {
    expect(shown(call("EXECRATE", args))).toEqual(expected);
  });

  it.each<[unknown[], { code: string; message?: string }]>([
    [[5, 0], err("#DIV/0!", "预算数为 0，无法计算预算执行率")],
    [[5, "0.00"], err("#DIV/0!", "预算数为 0，无法计算预算执行率")],
    [[null, 500], err("#N/A", "参数“执行数”为空或为“—”，没有可用的数字")],
    [["—", 500], err("#N/A", "参数“执行数”为空或为“—”，没有可用的数字")],
    [[452.37, "-"], err("#N/A", "参数“预算数”为空或为“—”，没有可用的数字")],
    [[452.37, ""], err("#N/A", "参数“预算数”为空或为“—”，没有可用的数字")],
    [["约450", 500], err("#VALUE!", "参数“执行数”的值“约450”不是数字")],
    [[452.37, "五百"], err("#VALUE!", "参数“预算数”的值“五百”不是数字")],
    [[true, 500], err("#VALUE!", "参数“执行数”是逻辑值 TRUE，不是数字")],
    [["12..5", 500], err("#VALUE!", "参数“执行数”“12..5”不是有效数字")],
    [[Number.NaN, 500], err("#NUM!", "参数“执行数”不是有限数值")],
    [[452.37, 500, 2.5], err("#NUM!", "参数“小数位”须为 0 到 10 的整数")],
    [[452.37, 500, -1], err("#NUM!", "参数“小数位”须为 0 到 10 的整数")],
    // Excel takes #REF! and #NAME? as inputs but not as a result: #VALUE! names them.
    [["#REF!", 500], err("#VALUE!", "参数“执行数”是错误值 #REF!")],
    [[{ code: "#NAME?" }, 500], err("#VALUE!", "参数“执行数”是错误值 #NAME?")],
    [[{ code: "#DIV/0!" }, 500], err("#DIV/0!", "参数“执行数”是错误值 #DIV/0!")],
    [[new CellError("#N/A", "上游错误"), 500], err("#N/A", "上游错误")],
  ])("EXECRATE(%j) → error", (args, expected) => {
    expect(shown(call("EXECRATE", args))).toEqual(expected);
  });

  it("returns a same-shaped array for ranges, with an error in the cells that have one", () => {
    const result = spill("EXECRATE", [[452.37], [500], ["—"], [10]], [[500], [500], [500], [0]]);
    expect(result.map((row) => row.map(shown))).toEqual([
      [ratio("452.37", "500")],
      [1],
      [err("#N/A", "参数“执行数”为空或为“—”，没有可用的数字")],
      [err("#DIV/0!", "预算数为 0，无法计算预算执行率")],
    ]);
  });

  it("stretches a single cell or a one-row range along a range, and marks cells beyond a shorter range", () => {
    expect(spill("EXECRATE", [[100], [250]], 500)).toEqual([[0.2], [0.5]]);
    expect(spill("EXECRATE", [[100], [250]], [[500]])).toEqual([[0.2], [0.5]]);
    expect(spill("EXECRATE", [[100, 200]], [[400], [800]])).toEqual([
      [0.25, 0.5],
      [0.125, 0.25],
    ]);
    expect(spill("EXECRATE", [[100], [200], [300]], [[500], [500]], [[0]]).map((row) => row.map(shown))).toEqual([
      [0.2],
      [0.4],
      [err("#N/A", "各参数区域的行列数不一致")],
    ]);
  });

  it("gives a 1×1 array for Excel's 1×1 matrices (a single cell passed to a matrix parameter)", () => {
    const execRate = json.functions.find((f) => f.id === "EXECRATE")!;
    expect(JX_FUNCTIONS.EXECRATE.apply(null, excelArguments(execRate, [452.37, 500, 2]) as never)).toEqual([[0.9047]]);
    // Left out, the optional 小数位 arrives as null: not rounded.
    expect(excelArguments(execRate, [452.37, 500])).toEqual([[[452.37]], [[500]], null]);
    expect(JX_FUNCTIONS.EXECRATE.apply(null, excelArguments(execRate, [452.37, 500]) as never)).toEqual([[ratio("452.37", "500")]]);
  });
});

describe("CONTROLRATE, SHARE, CHANGERATE", () => {
  it.each<[string, null, unknown[], unknown]>([
    ["CONTROLRATE", null, [8.5, 10], 0.85],
    ["CONTROLRATE", null, [52, 50], 1.04],
    ["CONTROLRATE", null, [2.345, 3.1, 2], 0.7565],
    ["CONTROLRATE", null, [1, 0], err("#DIV/0!", "预算数为 0，无法计算控制率")],
    ["CONTROLRATE", null, ["/", 5], err("#N/A", "参数“实际数”为空或为“—”，没有可用的数字")],
    ["SHARE", null, [588.3, 756.78], ratio("588.3", "756.78")],
    ["SHARE", null, [588.3, 756.78, 2], 0.7774],
    ["SHARE", null, [0, 756.78], 0],
    ["SHARE", null, [1, 0], err("#DIV/0!", "合计为 0，无法计算占比")],
    ["SHARE", null, ["一", 5], err("#N/A", "参数“部分”为空或为“—”，没有可用的数字")],
    ["CHANGERATE", null, [110, 100], 0.1],
    ["CHANGERATE", null, [90, 100], -0.1],
    ["CHANGERATE", null, [756.78, 600, 2], 0.2613],
    ["CHANGERATE", null, [100, 100], 0],
    ["CHANGERATE", null, ["(12.50)", 25], -1.5],
    ["CHANGERATE", null, [5, 0], err("#DIV/0!", "上年数为 0，无法计算变动率")],
    ["CHANGERATE", null, [5, "上年无"], err("#VALUE!", "参数“上年数”的值“上年无”不是数字")],
  ])("%s(%j)", (name, _fn, args, expected) => {
    expect(shown(call(name, args))).toEqual(expected);
  });

  it("fill a column from ranges", () => {
    expect(spill("CHANGERATE", [[110], [90]], [[100], [100]])).toEqual([[0.1], [-0.1]]);
    expect(spill("SHARE", [[25], [75]], 100)).toEqual([[0.25], [0.75]]);
    expect(spill("CONTROLRATE", [[9, 12]], [[10, 10]])).toEqual([[0.9, 1.2]]);
  });
});

describe("EXECSCORE(执行数, 预算数, 分值)", () => {
  it.each<[unknown[], unknown]>([
    [[452.37, 500, 10], 9.05],
    [[500, 500, 10], 10],
    [[612.5, 500, 10], 10],
    [[0, 500, 10], 0],
    [[985.65, 1000, 20], 19.71],
    [[452.37, 0, 10], err("#DIV/0!", "预算数为 0，无法计算预算执行率得分")],
    [[452.37, 500, null], err("#N/A", "参数“分值”为空或为“—”，没有可用的数字")],
    [[452.37, 500, "十分"], err("#VALUE!", "参数“分值”的值“十分”不是数字")],
  ])("EXECSCORE(%j) = %p", (args, expected) => {
    expect(shown(call("EXECSCORE", args))).toEqual(expected);
  });

  it("fills a column", () => {
    expect(spill("EXECSCORE", [[452.37], [600]], [[500], [500]], 10)).toEqual([[9.05], [10]]);
  });
});

describe("INDSCORE(年度指标值, 实际完成值, 分值)", () => {
  it.each<[unknown[], unknown]>([
    [["≥95%", "98%", 10], 10],
    [["≥95%", "90%", 10], 9.47],
    [["大于等于95%", 0.9, 10], 9.47],
    [["不低于90%", "92.5%", 5], 5],
    [["不超过100万元", "125万元", 5], 4],
    [["≤预算", "98%", 5], 5],
    [["100%", 1, 4], 4],
    [[0.95, 0.97, 4], 4],
    [["15 人", "12 人", 6], 4.8],
    [["2 次", "2次", 3], 3],
    [["287 万元", "287万元", 3], 3],
    [["3 批次", 2, 3], 2],
    [["2024 年底", "2024年11月", 3], 3],
    [["12月底", "11月底", 3], 3],
    [["明显提高", "明显提高", 5], 5],
    [["明显提高", "有所提高", 5], err("#N/A", "定性指标“明显提高”需人工评定")],
    [["较好", "好", 5], err("#N/A", "定性指标“较好”需人工评定")],
    [["长期", "长期", 5], 5],
    [["2023 年底", "2024年3月", 3], err("#N/A", "时效指标未按期完成，需人工评定")],
    [["15 人", "15 次", 3], err("#N/A", "单位不一致（目标为人，实际为次），需人工评定")],
    [[null, "98%", 3], err("#N/A", "参数“年度指标值”为空")],
    [["≥95%", "—", 3], err("#N/A", "参数“实际完成值”为空")],
    [["≥95%", "98%", ""], err("#N/A", "参数“分值”为空或为“—”，没有可用的数字")],
    [["≥95%", true, 3], err("#VALUE!", "参数“实际完成值”是逻辑值，不是指标值")],
  ])("INDSCORE(%j) = %p", (args, expected) => {
    expect(shown(call("INDSCORE", args))).toEqual(expected);
  });

  it("scores a whole indicator table at once", () => {
    const result = spill("INDSCORE", [["≥95%"], ["15 人"], ["明显提高"]], [["90%"], ["15人"], ["明显提高"]], [[10], [5], [5]]);
    expect(result).toEqual([[9.47], [5], [5]]);
  });
});

describe("GRADE(总分)", () => {
  it.each<[unknown, unknown]>([
    [95.5, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [60, "中"],
    [59.9, "差"],
    ["92.30", "优"],
    [null, err("#N/A", "参数“总分”为空或为“—”，没有可用的数字")],
    ["优秀", err("#VALUE!", "参数“总分”的值“优秀”不是数字")],
  ])("GRADE(%p) = %p", (total, expected) => {
    expect(shown(call("GRADE", [total]))).toEqual(expected);
  });

  it("grades a column", () => {
    expect(spill("GRADE", [[91], [85], [70], [40]])).toEqual([["优"], ["良"], ["中"], ["差"]]);
  });
});

describe("SUMCHECK(合计, 分项…)", () => {
  it.each<[unknown[], unknown]>([
    [[100, 40, 60], true],
    [[100.01, [[40], [60]]], true],
    [[100.02, [[33.33], [33.33], [33.34]]], true],
    // Three 2-decimal parts: tolerance 0.005 × 4 = 0.02.
    [[600.08, [[100.01], [200.02], [300.03]]], true],
    [[600.09, [[100.01], [200.02], [300.03]]], 0.03],
    [[1240.37, 1000, 204.37], 36],
    [[100, [[40], ["—"], [60]]], true],
    [[100, [[40, 30]], [[30]]], true],
    [[100, [[null], [50]]], 50],
    [["1,204.37", "1,000.00", "204.37"], true],
    [[null, 40, 60], err("#N/A", "参数“合计”为空或为“—”，没有可用的数字")],
    [[100, [["—"], [null]]], err("#N/A", "参数“分项”没有可用的数字")],
    [[100, [[40], ["六十"]]], err("#VALUE!", "参数“分项”的值“六十”不是数字")],
    [[[[100], [200]], 40], err("#VALUE!", "参数“合计”须为单个单元格")],
    [[100, [["#REF!"]]], err("#VALUE!", "参数“分项”是错误值 #REF!")],
    [[100, [[40], [{ code: "#REF!" }]]], err("#VALUE!", "参数“分项”是错误值 #REF!")],
  ])("SUMCHECK(%j) = %p", (args, expected) => {
    expect(shown(call("SUMCHECK", args))).toEqual(expected);
  });
});

describe("WANYUAN(元[, 小数位])", () => {
  it.each<[unknown[], unknown]>([
    [[7567800], 756.78],
    [[7567849], 756.78],
    [[7567850], 756.79],
    [[7567849, 4], 756.7849],
    [[12345, 0], 1],
    [["1,234,567.89"], 123.46],
    [[-7567850], -756.79],
    [[null], err("#N/A", "参数“金额（元）”为空或为“—”，没有可用的数字")],
    [["七百万"], err("#VALUE!", "参数“金额（元）”的值“七百万”不是数字")],
    [[100, 11], err("#NUM!", "参数“小数位”须为 0 到 10 的整数")],
  ])("WANYUAN(%j) = %p", (args, expected) => {
    expect(shown(call("WANYUAN", args))).toEqual(expected);
  });

  it("converts a column", () => {
    expect(spill("WANYUAN", [[10000], [25000]])).toEqual([[1], [2.5]]);
  });
});

describe("RMBUPPER(金额)", () => {
  it.each<[unknown, unknown]>([
    [1005.2, "壹仟零伍元贰角整"],
    [16409.02, "壹万陆仟肆佰零玖元零贰分"],
    [100000001, "壹亿零壹元整"],
    [0, "零元整"],
    ["7,567,800.00", "柒佰伍拾陆万柒仟捌佰元整"],
    ["756.78万元", "柒佰伍拾陆万柒仟捌佰元整"],
    [1e12, err("#NUM!", "金额超出可转换范围（须小于一万亿元）")],
    [null, err("#N/A", "参数“金额”为空或为“—”，没有可用的数字")],
    ["壹佰元", err("#VALUE!", "参数“金额”的值“壹佰元”不是数字")],
  ])("RMBUPPER(%p) = %p", (amount, expected) => {
    expect(shown(call("RMBUPPER", [amount]))).toEqual(expected);
  });

  it("converts a column", () => {
    expect(spill("RMBUPPER", [[10], [0.5]])).toEqual([["壹拾元整"], ["伍角整"]]);
  });
});

describe("error values in a range (allowErrorForDataTypeAny)", () => {
  it("functions.json lets errors reach the functions, so one bad cell spoils only its own row", () => {
    expect(json.allowErrorForDataTypeAny).toBe(true);
    const column = spill("EXECRATE", [[452.37], [{ code: "#REF!" }], [{ code: "#N/A", message: "上游缺数" }], [250]], [[500], [500], [500], [500]]);
    expect(column.map((row) => row.map(shown))).toEqual([
      [ratio("452.37", "500")],
      [err("#VALUE!", "参数“执行数”是错误值 #REF!")],
      [err("#N/A", "上游缺数")],
      [0.5],
    ]);
  });

  it("without the flag Excel would not call the function and the whole column would be the error", () => {
    const withoutFlag = { ...json, allowErrorForDataTypeAny: undefined };
    const whole = callAsExcel(withoutFlag, "EXECRATE", [[[452.37], [{ code: "#REF!" }]], [[500], [500]]]);
    expect(whole).toEqual({ code: "#REF!" });
  });

  it("SUMCHECK takes its repeating 分项 as the one list Excel passes", () => {
    const sumCheck = json.functions.find((f) => f.id === "SUMCHECK")!;
    expect(sumCheck.parameters.map((p) => [p.name, p.repeating === true, p.optional === true])).toEqual([
      ["total", false, false],
      ["parts", true, false],
    ]);
    // =SUMCHECK(A1, B1:B2, C1): Excel's values are [[[100]], [[[40], [30]], [[30]]]].
    const values = excelArguments(sumCheck, [100, [[40], [30]], 30]);
    expect(values).toEqual([[[100]], [[[40], [30]], [[30]]]]);
    expect(JX_FUNCTIONS.SUMCHECK.apply(null, values as never)).toBe(true);
  });
});
