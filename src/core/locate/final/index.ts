import type { Recognizer } from "../recognizer";
import { final01Recognizer } from "./final01";
import { final02Recognizer } from "./final02";
import { final03Recognizer } from "./final03";
import { final04Recognizer } from "./final04";
import { final05Recognizer } from "./final05";
import { final06Recognizer } from "./final06";
import { final07Recognizer } from "./final07";
import { final08Recognizer } from "./final08";
import { final09Recognizer } from "./final09";

/** Recognisers of the nine 决算公开表 (公开01 … 公开09). */
export const finalAccountsRecognizers: Recognizer[] = [
  final01Recognizer,
  final02Recognizer,
  final03Recognizer,
  final04Recognizer,
  final05Recognizer,
  final06Recognizer,
  final07Recognizer,
  final08Recognizer,
  final09Recognizer,
];
