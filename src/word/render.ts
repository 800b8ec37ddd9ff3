import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DocumentGridType,
  SectionType,
  type ICommentOptions,
  type ParagraphChild,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from "docx";
import type { Block, ReportDocument, ReportTable, Run, TableCell as ReportCell } from "../core/report/document";
import type { CellRef } from "../core/values/figure";
import { GBT9704_STYLES, GRID, PAGE, STYLE, TEXT_WIDTH } from "./styles";

/**
 * The comments of one document: each computed figure of the body is wrapped in a comment naming the cells it
 * came from, so the author (and a reviewer) can trace every number back to sheet!cell.
 */
class Comments {
  readonly list: ICommentOptions[] = [];

  /** The comment's runs around `run`: range start, the figure, range end, reference mark. */
  wrap(run: TextRun, sources: CellRef[]): ParagraphChild[] {
    const id = this.list.length;
    const cells = sources.map((c) => `${c.sheet}!${c.cell}`);
    const text = cells.length === 1 ? `数据来源：${cells[0]}` : `由以下单元格计算：${cells.join("、")}`;
    this.list.push({ id, author: "绩效自评助手", initials: "JX", children: [new Paragraph({ children: [new TextRun(text)] })] });
    return [new CommentRangeStart(id), run, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
  }
}

function textRuns(runs: Run[], bold = false): TextRun[] {
  const emphasis = bold ? { bold } : {};
  return runs.map((r) =>
    r.kind === "placeholder" ? new TextRun({ text: r.text, style: STYLE.placeholder, ...emphasis }) : new TextRun({ text: r.text, ...emphasis }),
  );
}

function paragraph(style: string, runs: Run[]): Paragraph {
  return new Paragraph({ style, children: textRuns(runs) });
}

/** Body runs: figures with sources get a comment naming their cells. */
function tracedRuns(runs: Run[], comments: Comments): ParagraphChild[] {
  return runs.flatMap((r): ParagraphChild[] => {
    if (r.kind === "placeholder") return [new TextRun({ text: r.text, style: STYLE.placeholder })];
    const run = new TextRun({ text: r.text });
    return r.kind === "figure" && r.sources.length ? comments.wrap(run, r.sources) : [run];
  });
}

function block(b: Block, comments: Comments, keepNext: boolean): Paragraph {
  if (b.kind === "heading") return paragraph(STYLE.heading[b.level], [{ kind: "text", text: `${b.number}${b.text}` }]);
  return new Paragraph({ style: STYLE.body, keepNext: keepNext || undefined, children: tracedRuns(b.runs, comments) });
}

/** Cell margins in twips: 3 pt either side, 1.5 pt above and below. */
const CELL_MARGINS = { left: 60, right: 60, top: 30, bottom: 30 };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Column widths in twips: the relative weights scaled to the text width (rounding drift goes to the last column). */
export function columnWidths(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function table(t: ReportTable): FileChild[] {
  const widths = columnWidths(t.widths);
  const out: FileChild[] = [];
  if (t.caption) out.push(paragraph(STYLE.tableCaption, [{ kind: "text", text: t.caption }]));
  if (t.unitNote) out.push(paragraph(STYLE.unitNote, [{ kind: "text", text: t.unitNote }]));
  // Which grid columns each row's cells start at, so a cell spanning columns gets their summed width;
  // columns covered by a cell from a row above (rowSpan) are skipped.
  const covered: number[] = widths.map(() => 0);
  // Heading rows repeat on each page only when they lead the table (Word's rule): mark the leading run of them.
  let leading = true;
  const rows = t.rows.map((row) => {
    leading = leading && !!row.header;
    const repeat = leading;
    let col = 0;
    const cells = row.cells.map((c: ReportCell) => {
      while (covered[col] > 0) col++;
      const span = c.colSpan ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      if ((c.rowSpan ?? 1) > 1) for (let i = col; i < col + span; i++) covered[i] = c.rowSpan ?? 1;
      col += span;
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        rowSpan: (c.rowSpan ?? 1) > 1 ? c.rowSpan : undefined,
        verticalAlign: VerticalAlignTable.CENTER,
        children: [
          new Paragraph({
            style: STYLE.tableText,
            // Left is the style's own alignment: only centred and right-aligned cells say theirs.
            alignment: c.align && c.align !== "left" ? ALIGN[c.align] : undefined,
            keepNext: t.keepWithNext || undefined,
            children: textRuns(c.runs, !!row.header),
          }),
        ],
      });
    });
    for (let i = 0; i < covered.length; i++) if (covered[i] > 0) covered[i]--;
    return new TableRow({ cantSplit: true, tableHeader: repeat || undefined, children: cells });
  });
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      // Every cell's margins, said once for the table (w:tblCellMar) rather than on each of its ~1,200 cells:
      // a full-size report's document.xml had a quarter of its elements in per-cell w:tcMar.
      margins: CELL_MARGINS,
      rows,
    }),
  );
  return out;
}

function pageNumberFooter(style: string): Footer {
  // "— 1 —": 一字线 on both sides of the number (GB/T 9704 7.5).
  return new Footer({ children: [new Paragraph({ style, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })] })] });
}

/** The 公文 itself: title, body, 附件说明, 署名 and 成文日期 (on the 28 × 22 grid). */
function mainChildren(doc: ReportDocument, comments: Comments): FileChild[] {
  const out: FileChild[] = [];
  for (const line of doc.title) out.push(paragraph(STYLE.title, line));
  out.push(paragraph(STYLE.body, []));
  if (doc.salutation) out.push(paragraph(STYLE.salutation, doc.salutation));
  // The last body paragraph keeps the 附件说明 company: 附件说明 never opens a page on its own.
  const last = doc.body.length - 1;
  out.push(...doc.body.map((b, i) => block(b, comments, i === last && doc.attachmentList.length > 0)));
  // 附件说明 one blank line below the body, one paragraph whose items line up under "1．"; then one blank line,
  // 署名 and 成文日期. The whole closing block stays on one page: a page holding only the signature is not allowed.
  const blank = () => new Paragraph({ style: STYLE.body, keepNext: true, children: [] });
  if (doc.attachmentList.length) {
    out.push(
      blank(),
      new Paragraph({
        style: STYLE.attachmentList,
        keepNext: true,
        children: doc.attachmentList.map((title, i) => new TextRun({ text: `${i ? "" : "附件："}${i + 1}．${title}`, break: i ? 1 : 0 })),
      }),
    );
  }
  out.push(blank(), new Paragraph({ style: STYLE.signature, keepNext: true, children: textRuns(doc.signature.unit) }));
  out.push(paragraph(STYLE.signature, doc.signature.date));
  return out;
}

/** The attachments: each starts a page (the first one through its section break). */
function attachmentChildren(doc: ReportDocument): FileChild[] {
  const out: FileChild[] = [];
  doc.attachments.forEach((a, i) => {
    out.push(new Paragraph({ style: STYLE.attachmentMark, pageBreakBefore: i > 0 || undefined, children: textRuns([{ kind: "text", text: `附件${i + 1}` }]) }));
    out.push(paragraph(STYLE.attachmentTitle, [{ kind: "text", text: a.title }]));
    a.tables.forEach((t, j) => {
      // Two tables back to back would be joined into one by Word (losing the second one's repeating heading
      // row): a hairline paragraph keeps them apart.
      if (j > 0 && !t.caption && !t.unitNote) out.push(new Paragraph({ style: STYLE.tableGap, keepNext: a.tables[j - 1].keepWithNext || undefined, children: [] }));
      out.push(...table(t));
    });
  });
  return out;
}

/** The Word document of a report, in GB/T 9704 layout. */
export function reportDocument(doc: ReportDocument): Document {
  const comments = new Comments();
  const body = mainChildren(doc, comments);
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
  };
  const footers = () => ({ default: pageNumberFooter(STYLE.pageNumberOdd), even: pageNumberFooter(STYLE.pageNumberEven) });
  const attachments = attachmentChildren(doc);
  return new Document({
    title: doc.fileName.replace(/\.docx$/, ""),
    creator: "绩效自评助手",
    styles: GBT9704_STYLES,
    evenAndOddHeaderAndFooters: true,
    comments: { children: comments.list },
    sections: [
      {
        properties: {
          page,
          // 22 lines × 28 characters a page (GB/T 9704): 28 pt grid lines; the 28 characters come from the body's
          // character spacing (see GRID). charSpace is kept for a user who turns on the character grid in Word.
          grid: { type: DocumentGridType.LINES, linePitch: GRID.linePitch, charSpace: GRID.charSpace },
        },
        footers: footers(),
        children: body,
      },
      // The attachments in a section of their own without the grid: table text (五号, single-spaced) would
      // otherwise snap to 28 pt lines and 3号 character cells. Page numbers run on.
      ...(attachments.length
        ? [{ properties: { page, type: SectionType.NEXT_PAGE }, footers: footers(), children: attachments }]
        : []),
    ],
  });
}

/**
 * The .docx bytes of a report. Packer.toArrayBuffer works in Node and in the browser alike (no Buffer, no Blob),
 * so the CLI writes these bytes and the task pane wraps them in a Blob for download.
 */
export async function renderReportDocx(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(doc)));
}
