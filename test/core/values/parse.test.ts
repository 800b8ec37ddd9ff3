import Decimal from "decimal.js";
import { parseCell, formatPrecision } from "../../../src/core/values/parse";
import { readMoney, readPercent } from "../../../src/core/values/figure";
import { normalizeLabel } from "../../../src/core/values/text";

const where = { sheet: "表1", cell: "D7" };

describe("parseCell: every variant of domain §3", () => {
  const numbers: [string | number, string, number, boolean?, string?][] = [
    ["1,234.56", "1234.56", 2],
    ["１２３．４", "123.4", 1],
    [" 526.04 ", "526.04", 2],
    ["(12.50)", "-12.5", 2],
    ["（12.50）", "-12.5", 2],
    ["-3.10", "-3.1", 2],
    ["12.5万元", "12.5", 1, false, "万元"],
    ["29.3%", "29.3", 1, true],
    ["２９．３％", "29.3", 1, true],
    ["1，234.56", "1234.56", 2],
    [1204.37, "1204.37", 2],
    [0.30000000000000004, "0.3", 1],
  ];
  it.each(numbers)("%p is the number %s with %i decimals", (input, value, decimals, percent = false, unit = undefined) => {
    const p = parseCell(input);
    expect(p.kind).toBe("number");
    if (p.kind !== "number") return;
    expect(p.value.equals(new Decimal(value))).toBe(true);
    expect(p.decimals).toBe(decimals);
    expect(p.percent).toBe(percent);
    if (unit) expect(p.unit).toBe(unit);
  });

  it.each(["", "—", "——", "-", "一", "/", " — ", "－", null])("%p is blank, not zero", (input) => {
    expect(parseCell(input as string | null).kind).toBe("blank");
  });

  it.each(["#REF!", "#DIV/0!", "12..5", "1,23,4"])("%p is an unreadable figure", (input) => {
    expect(parseCell(input).kind).toBe("error");
  });

  it.each(["明显提高", "单位：万元", "合计"])("%p is text", (input) => {
    expect(parseCell(input).kind).toBe("text");
  });

  it("takes precision and percent from the number format", () => {
    expect(formatPrecision("#,##0.00_ ")).toEqual({ decimals: 2, percent: false });
    expect(formatPrecision("0.0%")).toEqual({ decimals: 1, percent: true });
    expect(formatPrecision('#,##0.00;[Red]\\-#,##0.00')).toEqual({ decimals: 2, percent: false });
    expect(formatPrecision("General")).toBeNull();
    const p = parseCell(0.9816, "0.00%");
    expect(p.kind === "number" && p.value.equals(new Decimal("98.16")) && p.decimals === 2 && p.percent).toBe(true);
  });
});

describe("readMoney / readPercent", () => {
  it("converts 元 to 万元 and keeps the precision (2 decimals of 元 = 6 of 万元)", () => {
    const { figure } = readMoney(12864500, "#,##0.00", where, "元");
    expect(figure.value!.equals(new Decimal("1286.45"))).toBe(true);
    expect(figure.decimals).toBe(6);
  });
  it("gives a General integer in 万元 the default 2 decimals", () => {
    expect(readMoney(452, "General", where).figure.decimals).toBe(2);
  });
  it("keeps a blank as null and reports an unreadable cell with sheet and cell, without throwing", () => {
    expect(readMoney("——", "General", where).figure.value).toBeNull();
    const bad = readMoney("#REF!", "General", where);
    expect(bad.figure.value).toBeNull();
    expect(bad.problem?.message).toContain("表1");
    expect(bad.problem?.message).toContain("D7");
  });
  it("reads rates in percent points whether typed, formatted or a bare ratio", () => {
    expect(readPercent("98.16%", "General", where).figure.value!.toString()).toBe("98.16");
    expect(readPercent(0.9816, "0.00%", where).figure.value!.toString()).toBe("98.16");
    expect(readPercent(0.9816, "General", where).figure).toMatchObject({ decimals: 2 });
    expect(readPercent(98.16, "General", where).figure.value!.toString()).toBe("98.16");
  });
});

describe("normalizeLabel", () => {
  it("removes stray spaces and line breaks and folds full-width forms", () => {
    expect(normalizeLabel("本年收 入合计")).toBe("本年收入合计");
    expect(normalizeLabel("全年\n预算数")).toBe("全年预算数");
    expect(normalizeLabel("因公出国（境）费用")).toBe(normalizeLabel("因公出国(境)费用"));
  });
});
