import type { Outline, OutlineId } from "./outline";
import { HUNAN } from "./hunan";
import { HEBEI } from "./hebei";
import { SICHUAN } from "./sichuan";
import { SHAANXI } from "./shaanxi";

/** Outlines by id; Hunan is the default (domain §7). */
export const OUTLINES: Record<OutlineId, Outline> = { hunan: HUNAN, hebei: HEBEI, sichuan: SICHUAN, shaanxi: SHAANXI };
export const DEFAULT_OUTLINE: OutlineId = "hunan";

export function isOutlineId(id: string): id is OutlineId {
  return Object.prototype.hasOwnProperty.call(OUTLINES, id);
}

export type { Outline, OutlineId, OutlineSection, OutlineItem, AttachmentId } from "./outline";
