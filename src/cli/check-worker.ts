/** A worker thread of `jx check`: checks the files it is sent, one at a time, and posts each outcome back. */
import { parentPort } from "node:worker_threads";
import { checkFile } from "./check-files";

parentPort?.on("message", async (file: string) => {
  parentPort?.postMessage(await checkFile(file));
});
