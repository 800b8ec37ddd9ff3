import type { Recognizer } from "../recognizer";

/** Recognisers of the nine 决算公开表 (公开01 … 公开09). */
export const finalAccountsRecognizers: Recognizer[] = [];
