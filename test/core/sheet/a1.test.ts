import { columnLetters, parseA1, parseRangeA1, toA1 } from "../../../src/core/sheet/a1";

describe("A1 addressing", () => {
  it("round-trips columns and cells", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(toA1(4, 2)).toBe("C5");
    expect(parseA1("$AA$10")).toEqual({ row: 9, col: 26 });
    expect(parseA1("not a cell")).toBeUndefined();
    expect(parseRangeA1("'表1'!C5:A1")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
  });
});
