import JSZip from "jszip";
import type { ReportParagraph } from "../core/narrative";

export type { ReportParagraph };

/** A file that is not a readable .docx: the message says why, in the user's words. */
export class ReportReadError extends Error {}

/** Compound File (OLE2) signature: Word 97-2003 .doc, and .docx files encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** "附件1" alone on its line starts the attachments: tables reproduced from the package, not narrative. */
const ATTACHMENT_HEADING = /^附件\s*[0-9０-９一二三四五六七八九十]+\s*$/;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e],
  );
}

/**
 * The body paragraphs of word/document.xml in reading order. Tables are skipped (their figures are the
 * package's own, reproduced), and so is everything from the first "附件N" heading on. A tab reads as a space.
 */
export function paragraphsOfDocumentXml(xml: string): ReportParagraph[] {
  const out: ReportParagraph[] = [];
  // Only the tags that matter: paragraphs, tables (nested too), text, tabs and breaks.
  const tags = /<(\/?)w:(p|tbl|t|tab|br)(?=[\s>/])([^>]*?)(\/?)>/g;
  let tableDepth = 0;
  let inParagraph = false;
  let text = "";
  let m: RegExpExecArray | null;
  while ((m = tags.exec(xml))) {
    const [, closing, tag, , selfClosing] = m;
    if (tag === "tbl") {
      if (closing) tableDepth--;
      else if (!selfClosing) tableDepth++;
      continue;
    }
    if (tableDepth > 0) continue;
    if (tag === "p") {
      if (closing || selfClosing) {
        const t = text.trim();
        if (inParagraph && t) {
          if (ATTACHMENT_HEADING.test(t)) return out;
          out.push({ number: out.length + 1, text: t });
        }
        inParagraph = false;
        text = "";
      } else {
        inParagraph = true;
        text = "";
      }
    } else if (tag === "t" && !closing && !selfClosing) {
      const end = xml.indexOf("</w:t>", tags.lastIndex);
      if (end < 0) break;
      text += decodeXml(xml.slice(tags.lastIndex, end));
      tags.lastIndex = end + "</w:t>".length;
    } else if ((tag === "tab" || tag === "br") && !closing) {
      text += " ";
    }
  }
  return out;
}

/** Reads the narrative of a 自评报告 .docx: numbered body paragraphs, without tables and attachments. */
export async function readReportParagraphs(bytes: Uint8Array): Promise<ReportParagraph[]> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new ReportReadError("报告是 Word 97-2003 格式（.doc）或已加密，无法读取：请在 Word/WPS 中另存为 .docx（不设密码）后再核对");
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ReportReadError("报告不是有效的 .docx 文件：请在 Word/WPS 中另存为 .docx 后再核对");
  }
  const document = zip.file("word/document.xml");
  if (!document) throw new ReportReadError("报告不是 Word 文档（.docx 中没有 word/document.xml）：请选择自评报告的 .docx 文件");
  return paragraphsOfDocumentXml(await document.async("string"));
}
