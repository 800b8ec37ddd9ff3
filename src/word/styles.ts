import { AlignmentType, LineRuleType, ShadingType, type IStylesOptions } from "docx";

/**
 * The one GB/T 9704-2012 (党政机关公文格式) style sheet of the report (domain §7). Paragraphs refer to these
 * styles by id; no paragraph sets a font, size or spacing of its own.
 */

/** Millimetres → twentieths of a point (twips). */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4);

/** Points → half-points (docx run sizes). */
const pt = (v: number): number => v * 2;

/** A4, top 37 mm, left 28 mm, text block 156 × 225 mm: right 26 mm, bottom 35 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  right: mm(210 - 28 - 156),
  bottom: mm(297 - 37 - 225),
  header: mm(15),
  // The number's top line sits 7 mm below the text block (GB/T 9704 7.5): a 4号 line above a 22 mm footer.
  footer: mm(22),
};

/** Text width in twips: what tables are fitted to. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * The document grid: 28 pt lines. 28 characters of 3号 (16 pt) need 448 pt, the text block is 442 pt wide: the
 * body is set 0.25 pt tighter (15.75 pt a character, 441 pt a line) rather than on a character grid, which
 * LibreOffice renders with a cell per digit and two cells per title character. charSpace (1/4096 pt off the
 * 16 pt font) is the pitch a Word user gets on turning the character grid on.
 */
export const GRID = {
  linePitch: 28 * 20,
  charSpace: Math.round((TEXT_WIDTH / 20 / 28 - 16) * 4096),
  charsPerLine: 28,
  /** Body character spacing in twentieths of a point. */
  bodyCharacterSpacing: -5,
};

export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;

export const SIZES = {
  /** 2号 */
  title: pt(22),
  /** 3号 */
  body: pt(16),
  /** 4号 */
  pageNumber: pt(14),
  /** 五号, for the attachment tables */
  table: pt(10.5),
  /** 小四, for captions and 金额单位 lines */
  caption: pt(12),
} as const;

/** Fixed 28 pt lines (22 lines a page). */
const LINE = { line: 28 * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters of 3号 text. */
export const TWO_CHARS = 2 * 16 * 20;

/** A font on every script slot, East Asian included (Word picks the eastAsia one for Chinese). */
function font(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

export const STYLE = {
  title: "ReportTitle",
  body: "ReportBody",
  salutation: "ReportSalutation",
  heading: ["", "ReportHeading1", "ReportHeading2", "ReportHeading3", "ReportHeading4"],
  attachmentList: "ReportAttachmentList",
  signature: "ReportSignature",
  attachmentMark: "ReportAttachmentMark",
  attachmentTitle: "ReportAttachmentTitle",
  tableCaption: "ReportTableCaption",
  unitNote: "ReportUnitNote",
  tableText: "ReportTableText",
  pageNumberOdd: "ReportPageNumberOdd",
  pageNumberEven: "ReportPageNumberEven",
  placeholder: "ReportPlaceholder",
  tableGap: "ReportTableGap",
} as const;

const heading = (id: string, name: string, fontName: string) => ({
  id,
  name,
  basedOn: STYLE.body,
  next: STYLE.body,
  quickFormat: true,
  run: { font: font(fontName), size: SIZES.body },
  paragraph: { keepNext: true, keepLines: true, indent: { firstLine: TWO_CHARS }, spacing: LINE },
});

export const GBT9704_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONTS.body), size: SIZES.body },
      paragraph: { spacing: LINE },
    },
  },
  paragraphStyles: [
    {
      // Normal at the body size: Word and LibreOffice size a character grid's cells from Normal's font size
      // (LibreOffice would take 12 pt cells otherwise, two for each 3号 character).
      id: "Normal",
      name: "Normal",
      quickFormat: true,
      run: { font: font(FONTS.body), size: SIZES.body },
    },
    {
      id: STYLE.body,
      name: "公文正文",
      quickFormat: true,
      // A quarter point tighter than the font: 28 characters a line (see GRID).
      run: { font: font(FONTS.body), size: SIZES.body, characterSpacing: GRID.bodyCharacterSpacing },
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: TWO_CHARS }, spacing: LINE },
    },
    {
      id: STYLE.title,
      name: "公文标题",
      next: STYLE.body,
      quickFormat: true,
      run: { font: font(FONTS.title), size: SIZES.title },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...LINE, line: 35 * 20 } },
    },
    heading(STYLE.heading[1], "公文一级标题", FONTS.heading1),
    heading(STYLE.heading[2], "公文二级标题", FONTS.heading2),
    heading(STYLE.heading[3], "公文三级标题", FONTS.body),
    heading(STYLE.heading[4], "公文四级标题", FONTS.body),
    {
      id: STYLE.salutation,
      name: "公文主送机关",
      basedOn: STYLE.body,
      paragraph: { indent: { firstLine: 0 } },
    },
    {
      id: STYLE.attachmentList,
      name: "公文附件说明",
      basedOn: STYLE.body,
      // "附件：1．…": later items line up under the first item's number (2 + 3 characters in).
      // Left-aligned: a justified line ending in a line break would be stretched.
      paragraph: { alignment: AlignmentType.LEFT, indent: { left: TWO_CHARS + 3 * 16 * 20, hanging: 3 * 16 * 20 } },
    },
    {
      id: STYLE.signature,
      name: "公文署名和成文日期",
      basedOn: STYLE.body,
      // 成文日期右空四字.
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: 2 * TWO_CHARS } },
    },
    {
      id: STYLE.attachmentMark,
      name: "公文附件标识",
      basedOn: STYLE.body,
      run: { font: font(FONTS.heading1), size: SIZES.body },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, keepNext: true },
    },
    {
      id: STYLE.attachmentTitle,
      name: "公文附件标题",
      basedOn: STYLE.title,
      next: STYLE.body,
    },
    {
      id: STYLE.tableCaption,
      name: "附表题注",
      basedOn: STYLE.body,
      run: { font: font(FONTS.heading2), size: SIZES.caption },
      paragraph: { indent: { firstLine: 0 }, keepNext: true, spacing: { line: 24 * 20, lineRule: LineRuleType.EXACT, before: 120, after: 0 } },
    },
    {
      id: STYLE.unitNote,
      name: "附表金额单位",
      basedOn: STYLE.body,
      run: { font: font(FONTS.body), size: SIZES.caption },
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 }, keepNext: true, spacing: { line: 24 * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    {
      id: STYLE.tableText,
      name: "附表文字",
      basedOn: STYLE.body,
      run: { font: font(FONTS.body), size: SIZES.table },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
    },
    {
      id: STYLE.tableGap,
      name: "附表间隔",
      // A hairline between two tables of one attachment: keeps Word from joining them, shows as no gap.
      run: { size: 2 },
      paragraph: { indent: { firstLine: 0 }, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    {
      id: STYLE.pageNumberOdd,
      name: "页码（单页）",
      run: { font: font(FONTS.pageNumber), size: SIZES.pageNumber },
      // 单页码居右空一字.
      paragraph: { alignment: AlignmentType.RIGHT, indent: { right: 14 * 20 }, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.pageNumberEven,
      name: "页码（双页）",
      basedOn: STYLE.pageNumberOdd,
      // 双页码居左空一字.
      paragraph: { alignment: AlignmentType.LEFT, indent: { left: 14 * 20, right: 0 } },
    },
  ],
  characterStyles: [
    {
      id: STYLE.placeholder,
      name: "待填写",
      // Yellow highlight: the author finds every gap at a glance (and with Word's Find → Highlight). The same
      // yellow as shading too, because LibreOffice and WPS ignore a highlight set in a character style.
      run: { highlight: "yellow", shading: { type: ShadingType.CLEAR, color: "auto", fill: "FFFF00" } },
    },
  ],
};
