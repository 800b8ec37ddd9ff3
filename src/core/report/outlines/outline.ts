import type { ParagraphId } from "../paragraphs";

/** What a section holds: computed paragraphs (by id, with an optional argument) or a prompt for the author. */
export type OutlineItem = { figures: ParagraphId; arg?: string } | { write: string };

/** A section; its number (一、（一）1.（1）) follows from its depth and position. */
export interface OutlineSection {
  heading: string;
  items?: OutlineItem[];
  sections?: OutlineSection[];
}

export type AttachmentId = "basedata" | "overall" | "projects";

/** A province's report outline, as data. */
export interface Outline {
  id: OutlineId;
  /** Shown in settings and CLI help. */
  label: string;
  /** Title lines from the unit name and the period ("2024年度"). */
  title: (unit: string, period: string) => string[];
  /** Addresses the finance bureau on a 主送机关 line. */
  salutation: boolean;
  sections: OutlineSection[];
  attachments: AttachmentId[];
}

export type OutlineId = "hunan" | "hebei" | "sichuan" | "shaanxi";

export const f = (figures: ParagraphId, arg?: string): OutlineItem => (arg ? { figures, arg } : { figures });
export const w = (write: string): OutlineItem => ({ write });
