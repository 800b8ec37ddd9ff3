/** A worker thread of `jx check`: takes files from the shared counter until none is left, posting each outcome. */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, takeNext, type WorkerOutcome } from "./check-files";

const { files, next } = workerData as { files: string[]; next: Int32Array };

void (async () => {
  for (let index = takeNext(next, files.length); index >= 0; index = takeNext(next, files.length)) {
    parentPort?.postMessage({ index, outcome: await checkFile(files[index]) } satisfies WorkerOutcome);
  }
})();
