/**
 * The synonym catalogue of the 决算公开表 (表1–表9): for every row and column the recognisers read, the model's
 * canonical key and the labels real templates print for it. Data only — the recognisers in locate/final read it,
 * so a new wording seen in a published package is one line here, not a code change.
 *
 * Every pattern is matched against a normalised label (NFKC, no spaces or line breaks, list numbering such as
 * "一、" stripped for row labels). Entries are tried in order; the first match wins, so a more specific entry
 * ("本年支出合计") precedes a general one ("合计").
 */

/** A canonical label and the ways templates write it. */
export interface Synonym {
  key: string;
  /** Accepted labels. */
  labels: RegExp[];
  /** For a column: some header above it must match (e.g. 小计 under 公务用车…). */
  under?: RegExp;
  /** For a column: no header above it may match. */
  notUnder?: RegExp;
}

export type SynonymCatalogue = readonly Synonym[];

/** Titles, most specific first: 表4 also contains "收入支出决算总表", 表5/6/7/8/9 also contain "支出决算表". */
export const FINAL_TITLES: readonly (readonly [kind: `final.0${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, title: RegExp])[] = [
  ["final.09", /三公.*经费.*决算表/],
  ["final.06", /一般公共预算财政拨款基本支出决算表/],
  ["final.05", /一般公共预算财政拨款(收入)?支出决算表/],
  ["final.07", /政府性基金预算财政拨款(收入)?支出决算表/],
  ["final.08", /国有资本经营预算财政拨款(收入)?支出决算表/],
  ["final.04", /财政拨款收入支出决算总表/],
  ["final.01", /收入支出决算总表/],
  ["final.02", /收入决算表/],
  ["final.03", /支出决算表/],
];

/** The 合计/总计 row of a 科目 table. */
export const SUBJECT_TOTAL_ROW = /^(合计|总计)$/;

/**
 * Header words that only say "an amount" (决算数, 金额…): a column headed so is named by the group header above
 * it ("基本支出 / 决算数" is the 基本支出 column).
 */
export const GENERIC_AMOUNT_HEADER = /^(决算数|金额|本年数|本年决算数|决算金额|金额\(万元\)|金额\(元\))$/;

/** 表1 and 表4: the amount column of a half (else the first column after the label that is not 行次). */
export const SUMMARY_AMOUNT_HEADER = /决算数|金额|本年数|决算/;
export const LINE_NUMBER_HEADER = /行次|栏次/;

/** 表1 收入 lines 一 … 八, by what their label says. */
export const FINAL01_INCOME_LINES: SynonymCatalogue = [
  { key: "generalBudget", labels: [/一般公共预算财政拨款/] },
  { key: "govFund", labels: [/政府性基金预算财政拨款/] },
  { key: "stateCapital", labels: [/国有资本经营预算财政拨款/] },
  { key: "superiorSubsidy", labels: [/上级补助/] },
  { key: "affiliatedIncome", labels: [/附属单位上缴/] },
  { key: "businessIncome", labels: [/事业收入/] },
  { key: "operatingIncome", labels: [/经营收入/] },
  { key: "otherIncome", labels: [/其他收入/] },
];

/** 表1 total lines of each half (checked before ordinary lines: "本年收入合计" is no income line). */
export const FINAL01_INCOME_TOTALS: SynonymCatalogue = [
  { key: "incomeTotal", labels: [/本年收入合计/, /^收入合计$/, /^本年收入总计$/] },
  { key: "nonFiscalBalanceUsed", labels: [/使用非财政拨款结余/] },
  { key: "incomeCarryIn", labels: [/年初结转和结余/] },
  { key: "incomeGrandTotal", labels: [/^(收入)?总计$/] },
];
export const FINAL01_EXPENDITURE_TOTALS: SynonymCatalogue = [
  { key: "expenditureTotal", labels: [/本年支出合计/, /^支出合计$/, /^本年支出总计$/] },
  { key: "surplusDistribution", labels: [/结余分配/] },
  { key: "expenditureCarryOut", labels: [/年末结转和结余/] },
  { key: "expenditureGrandTotal", labels: [/^(支出)?总计$/] },
];
/** A 表1 支出 line is a 类 when its label names a kind of 支出. */
export const FINAL01_EXPENDITURE_LINE = /支出$/;

/** Which budget a 表4 label names (income line, carry-over line or expenditure column). */
export const BUDGETS: SynonymCatalogue = [
  { key: "general", labels: [/一般公共预算/] },
  { key: "fund", labels: [/政府性基金/] },
  { key: "stateCapital", labels: [/国有资本经营/] },
];

/**
 * 表4 total lines. "本年支出总计" (some templates) is the 本年支出合计 line, not the 支出总计 line: it is tried
 * first. Ordinary lines are the income lines (left) and the 类 (right).
 */
export const FINAL04_INCOME_TOTALS: SynonymCatalogue = [
  { key: "incomeTotal", labels: [/本年收入合计/, /^收入合计$/, /^本年收入总计$/] },
  { key: "carryIn", labels: [/年初.*结转和结余/] },
  { key: "incomeGrandTotal", labels: [/总计$/] },
];
export const FINAL04_EXPENDITURE_TOTALS: SynonymCatalogue = [
  { key: "expenditureTotal", labels: [/本年支出合计/, /^支出合计$/, /^本年支出总计$/] },
  { key: "carryOut", labels: [/年末.*结转和结余/] },
  { key: "expenditureGrandTotal", labels: [/总计$/] },
];
/** 表4 支出 columns: 合计 and the three budgets. */
export const FINAL04_COLUMNS: SynonymCatalogue = [{ key: "total", labels: [/^(合计|小计)$/, /支出合计$/] }, ...BUDGETS];

/** 表2 columns (leaf first: "本年收入合计" before "财政拨款收入"). */
export const FINAL02_COLUMNS: SynonymCatalogue = [
  { key: "total", labels: [/本年收入合计/, /^收入合计$/, /^合计$/, /^小计$/] },
  { key: "fiscal", labels: [/财政拨款/] },
  { key: "superior", labels: [/上级补助/] },
  { key: "affiliated", labels: [/附属单位/] },
  { key: "business", labels: [/事业收入/] },
  { key: "operating", labels: [/经营收入/] },
  { key: "other", labels: [/其他收入/] },
];

/** 表3 columns. */
export const FINAL03_COLUMNS: SynonymCatalogue = [
  { key: "total", labels: [/本年支出合计/, /^支出合计$/, /^合计$/, /^小计$/] },
  { key: "basic", labels: [/基本支出/] },
  { key: "project", labels: [/项目支出/] },
  { key: "toSuperior", labels: [/上缴上级/] },
  { key: "toAffiliated", labels: [/附属单位/] },
  { key: "operating", labels: [/经营支出/] },
];

/** 本年支出 小计 (or 合计) / 基本支出 / 项目支出: the columns of 表5 and of 表8. */
export const SPENDING_COLUMNS: SynonymCatalogue = [
  { key: "total", labels: [/^(小计|合计)$/, /支出合计$/] },
  { key: "basic", labels: [/基本支出/] },
  { key: "project", labels: [/项目支出/] },
];

/** 表7 columns; 小计/合计/基本支出/项目支出 are those of 本年支出. */
export const FINAL07_COLUMNS: SynonymCatalogue = [
  { key: "carryIn", labels: [/年初.*结转和结余/] },
  { key: "carryOut", labels: [/年末.*结转和结余/] },
  { key: "basic", labels: [/基本支出/] },
  { key: "project", labels: [/项目支出/] },
  { key: "income", labels: [/本年收入/] },
  { key: "total", labels: [/本年支出/] },
  { key: "total", labels: [/^(小计|合计)$/], under: /支出/ },
];

/** 表9 columns; a 小计/合计 under 公务用车购置及运行(维护)费 is the vehicle subtotal, any other the total. */
export const FINAL09_COLUMNS: SynonymCatalogue = [
  { key: "abroad", labels: [/因公出国/] },
  { key: "reception", labels: [/公务接待/] },
  { key: "meeting", labels: [/会议费/] },
  { key: "training", labels: [/培训费/] },
  { key: "vehicleTotal", labels: [/购置.*运行/] },
  { key: "vehiclePurchase", labels: [/购置/] },
  { key: "vehicleOperation", labels: [/运行/] },
  { key: "vehicleTotal", labels: [/^(小计|合计)$/, /合计$/], under: /公务用车/ },
  { key: "total", labels: [/^(小计|合计)$/, /合计$/] },
];
/** 表9 labels that tell 预算数 from 决算数, as row labels (Hunan) or as column headers (national, Shanghai). */
export const FINAL09_BUDGET = /^(全年)?预算数?$/;
export const FINAL09_ACTUAL = /^(全年)?决算数?$/;
export const FINAL09_BUDGET_ROW = /预算/;
export const FINAL09_ACTUAL_ROW = /决算/;
/** A header row of 表9 (its first column labels). */
export const FINAL09_HEADER = /因公出国|公务接待/;

/** 表6 经济分类 科目代码 header ("科目代码", "经济分类科目编码"), and the 类 / 款 sub-headers of a split code. */
export const ECONOMIC_CODE_HEADER = /^(科目)?(代码|编码)$|^经济分类科目(代码|编码)$/;
export const CODE_PART_HEADERS = { class: /^类$/, section: /^款$/, item: /^项$/ } as const;
export const ECONOMIC_AMOUNT_HEADER = /决算数|金额|合计|本年数/;
/** 表6 closing lines. */
export const FINAL06_TOTALS: SynonymCatalogue = [
  { key: "personnelTotal", labels: [/^人员经费(合计)?$/] },
  { key: "publicTotal", labels: [/^公用经费(合计)?$/] },
];

/** Finds the key a label names in a catalogue (row labels: no header path). */
export function synonymOf(catalogue: SynonymCatalogue, label: string): string | null {
  for (const s of catalogue) if (!s.under && s.labels.some((re) => re.test(label))) return s.key;
  return null;
}

/** Finds the key of a column from its leaf label and the headers above it. */
export function columnSynonym(catalogue: SynonymCatalogue, leaf: string, above: readonly string[]): string | null {
  for (const s of catalogue) {
    if (!s.labels.some((re) => re.test(leaf))) continue;
    if (s.under && !above.some((p) => s.under!.test(p))) continue;
    if (s.notUnder && above.some((p) => s.notUnder!.test(p))) continue;
    return s.key;
  }
  return null;
}
