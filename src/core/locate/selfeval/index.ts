import type { Recognizer } from "../recognizer";
import { overallSelfEvalRecognizer } from "./overall";
import { projectSelfEvalRecognizer } from "./project";
import { baseDataRecognizer } from "./basedata";
import { coverRecognizer } from "./cover";

export { overallSelfEvalRecognizer, projectSelfEvalRecognizer, baseDataRecognizer, coverRecognizer };

/** Recognisers of the 整体/项目支出绩效自评表, the 基础数据表 and the cover sheet. */
export const selfEvaluationRecognizers: Recognizer[] = [overallSelfEvalRecognizer, projectSelfEvalRecognizer, baseDataRecognizer, coverRecognizer];
