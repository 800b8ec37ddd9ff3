import type { Recognizer } from "../recognizer";

/** Recognisers of the 整体/项目支出绩效自评表, the 基础数据表 and the cover sheet. */
export const selfEvaluationRecognizers: Recognizer[] = [];
