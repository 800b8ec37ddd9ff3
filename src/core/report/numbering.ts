import type { HeadingLevel } from "./document";

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens] : ""}十${DIGITS[n % 10]}`;
}

/** GB/T 9704 heading numbers: 一、 （一） 1. （1）. */
export function numberingOf(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** The number of the n-th item written under a heading of `level` (0: before any heading): one level deeper. */
export function itemNumber(level: 0 | HeadingLevel, n: number): string {
  return numberingOf(Math.min(level + 1, 4) as HeadingLevel, n);
}
