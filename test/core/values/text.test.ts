import { isStable, nfkc, normalizeLabel, tidyText } from "../../../src/core/values/text";
import { seededRandom } from "../../support/random";

/** normalizeLabel as specified: NFKC, then every kind of white space removed. */
const byDefinition = (s: string) => s.normalize("NFKC").replace(/[\s\u3000\u00a0]+/g, "");

describe("normalizeLabel", () => {
  test.each([
    ["本年收 入合计", "本年收入合计"],
    ["全年\n预算数", "全年预算数"],
    ["（一）基本支出", "(一)基本支出"],
    ["１２３　万元", "123万元"],
    ["财政拨款“三公”经费", "财政拨款“三公”经费"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  test("null and undefined are empty; numbers are read as their text", () => {
    expect(normalizeLabel(null)).toBe("");
    expect(normalizeLabel(undefined)).toBe("");
    expect(normalizeLabel(2024)).toBe("2024");
  });

  test("every code point the fast path accepts is left unchanged by NFKC and is not white space", () => {
    const accepted: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isStable(String.fromCharCode(c))) accepted.push(c);
    expect(accepted.length).toBeGreaterThan(20000);
    for (const c of accepted) {
      const ch = String.fromCharCode(c);
      if (ch.normalize("NFKC") !== ch || /[\s\u3000\u00a0]/.test(ch)) throw new Error(`U+${c.toString(16)} is not stable`);
    }
  });

  test("every single code point is normalised as the definition says (the hand-made NFKC of full-width forms included)", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (normalizeLabel(ch) !== byDefinition(ch) || nfkc(ch) !== ch.normalize("NFKC")) throw new Error(`U+${c.toString(16)} differs`);
    }
  });

  test("agrees with the definition on 5,000 random labels mixing CJK, full-width forms, punctuation and spaces", () => {
    const rnd = seededRandom(7);
    const pool = [
      "本", "年", "收", "入", "合", "计", "（", "）", "(", ")", "１", "2", " ", "\u3000", "\n", "\t", "\r", "\u00a0", "\u2003",
      "\ufeff", "“", "”", "、", "：", ":", "﹣", "ｋ", "Ⅳ", "㈠", "【", "】", "%", "％", "e", "\u0301", "ｶ", "\uff9e", "가",
    ];
    for (let i = 0; i < 5000; i++) {
      let s = "";
      for (let n = Math.floor(rnd() * 12); n > 0; n--) s += pool[Math.floor(rnd() * pool.length)];
      expect(normalizeLabel(s)).toBe(byDefinition(s));
      expect(nfkc(s)).toBe(s.normalize("NFKC"));
    }
  });
});

test("tidyText keeps single spaces between words", () => {
  expect(tidyText("  示例县\u3000医疗保障局 \n")).toBe("示例县 医疗保障局");
  expect(tidyText("示例县医疗保障局")).toBe("示例县医疗保障局");
  expect(tidyText("\u00a0示例县\t\t局")).toBe("示例县 局");
});
