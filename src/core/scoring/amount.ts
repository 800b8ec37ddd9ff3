import Decimal from "decimal.js";
import { roundHalfUp } from "../rounding/interval";

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const PLACES = ["", "拾", "佰", "仟"];
const GROUPS = ["", "万", "亿"];
/** 人民币大写 covers amounts below one 万亿 (亿 groups beyond that need a different grouping). */
export const RMB_UPPER_LIMIT = new Decimal("1e12");

/**
 * 人民币大写 of an amount in 元, rounded half up to 分 (会计基础工作规范 第五十二条):
 * "…元整" when the amount stops at 元, "…角整" when it stops at 角, no 整 after 分;
 * one 零 for any run of zeros inside the number; "元零…分" when 角 is zero but 分 is not;
 * no 零 between 元 and a non-zero 角 (the rule allows either). Negative amounts start with 负.
 * Throws a RangeError (with a Chinese message) at or above 一万亿元.
 */
export function rmbUpper(amount: Decimal): string {
  const fen = roundHalfUp(amount, 2).times(100);
  if (fen.abs().gte(RMB_UPPER_LIMIT.times(100))) throw new RangeError("金额超出可转换范围（须小于一万亿元）");
  const negative = fen.isNegative() && !fen.isZero();
  // Whole 分 as a digit string: the last two digits are 角 and 分.
  const cents = fen.abs().toString().padStart(3, "0");
  const yuan = cents.slice(0, -2).replace(/^0+(?=\d)/, "");
  const jiao = cents.charCodeAt(cents.length - 2) - 48;
  const fenDigit = cents.charCodeAt(cents.length - 1) - 48;

  let text = yuan === "0" ? "" : integerUpper(yuan) + "元";
  if (jiao === 0 && fenDigit === 0) text = (text || "零元") + "整";
  else if (fenDigit === 0) text += DIGITS[jiao] + "角整";
  else if (jiao === 0) text += (text ? "零" : "") + DIGITS[fenDigit] + "分";
  else text += DIGITS[jiao] + "角" + DIGITS[fenDigit] + "分";
  return (negative ? "负" : "") + text;
}

/** The integer part: digits with 拾佰仟 places in groups of four (万, 亿); one 零 per run of zeros. */
function integerUpper(digits: string): string {
  let out = "";
  let pendingZero = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const d = digits.charCodeAt(i) - 48;
    if (d === 0) {
      pendingZero = out !== "";
    } else {
      if (pendingZero) out += "零";
      pendingZero = false;
      out += DIGITS[d] + PLACES[position % 4];
      groupHasDigit = true;
    }
    if (position % 4 === 0) {
      if (groupHasDigit) out += GROUPS[position / 4];
      groupHasDigit = false;
    }
  }
  return out;
}

/** 元 → 万元, rounded half up to `decimals` when given (exact otherwise). */
export function yuanToWanyuan(yuan: Decimal, decimals?: number): Decimal {
  const wanyuan = yuan.dividedBy(10000);
  return decimals === undefined ? wanyuan : roundHalfUp(wanyuan, decimals);
}
