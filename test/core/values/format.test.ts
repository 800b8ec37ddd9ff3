import Decimal from "decimal.js";
import { formatAmount, formatMoney, formatPercent, formatPlain } from "../../../src/core/values/format";

const d = (s: string) => new Decimal(s);

describe("formatting figures the product writes", () => {
  it.each([
    ["1286.45", "1,286.45万元"],
    ["1286.454", "1,286.45万元"],
    ["1286.455", "1,286.46万元"], // half up, not half even
    ["0.005", "0.01万元"],
    ["40", "40.00万元"],
    ["1234567.8", "1,234,567.80万元"],
    ["999.995", "1,000.00万元"],
    ["0", "0.00万元"],
    ["-12.5", "-12.50万元"],
    ["-0.001", "0.00万元"], // no "-0.00"
  ])("money %s → %s", (value, expected) => {
    expect(formatMoney(d(value))).toBe(expected);
  });

  it("rounds exactly from decimal digits, where binary floats would round 1.005 down", () => {
    expect(formatAmount(d("1.005"))).toBe("1.01");
    expect(formatPlain(d("2.675"), 2)).toBe("2.68");
  });

  it.each([
    ["98.1576", "98.16%"],
    ["95", "95.00%"],
    ["72.765", "72.77%"],
  ])("percent points %s → %s", (value, expected) => {
    expect(formatPercent(d(value))).toBe(expected);
  });

  it("plain numbers: fixed decimals, no grouping", () => {
    expect(formatPlain(d("9.8158"), 2)).toBe("9.82");
    expect(formatPlain(d("60"), 0)).toBe("60");
    expect(formatPlain(d("12345.6"), 1)).toBe("12345.6");
    expect(formatAmount(d("12345.678"), 0)).toBe("12,346");
  });

  it("very small and very large values are not written in exponent form", () => {
    expect(formatMoney(d("0.0000001"))).toBe("0.00万元");
    expect(formatAmount(d("123456789012345678901234"))).toBe("123,456,789,012,345,678,901,234.00");
  });
});
