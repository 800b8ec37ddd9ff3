import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook } from "../core/analyze";
import type { TableLocation } from "../core/model/common";
import type { Finding } from "../core/findings/finding";
import { loadWorkbook, UnreadableInput } from "./io";

/** What `jx check` reports for one file. */
export interface FileCheck {
  file: string;
  tables: TableLocation[];
  findings: Finding[];
}

export type Outcome = { ok: true; result: FileCheck } | { ok: false; unreadable: boolean; message: string };

export async function checkFile(file: string): Promise<Outcome> {
  try {
    const { model, findings } = analyzeWorkbook(await loadWorkbook(file));
    return { ok: true, result: { file, tables: model.tables, findings } };
  } catch (e) {
    return { ok: false, unreadable: e instanceof UnreadableInput, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Below this many files, starting a worker thread (it loads exceljs and the core: ~0.5 s) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 8;

/**
 * Checks files in argument order. A batch is spread over the machine's cores: the main thread starts at
 * once, and worker threads join as they come up. A worker that cannot start leaves its files to the others.
 * The first unreadable file fails the batch (exit 2), as a single file would.
 */
export async function checkFiles(files: string[]): Promise<FileCheck[]> {
  const outcomes: Outcome[] = new Array(files.length);
  let next = 0;
  const take = () => (next < files.length ? next++ : -1);
  const inProcess = async () => {
    for (let i = take(); i >= 0; i = take()) outcomes[i] = await checkFile(files[i]);
  };
  const workers = files.length >= MIN_FILES_FOR_WORKERS ? Math.min(availableParallelism(), 8) - 1 : 0;
  await Promise.all([inProcess(), ...Array.from({ length: workers }, () => inWorker(files, take, outcomes, inProcess))]);
  const failed = outcomes.find((o): o is Extract<Outcome, { ok: false }> => !o.ok);
  if (failed) throw failed.unreadable ? new UnreadableInput(failed.message) : new Error(failed.message);
  return outcomes.map((o) => (o as Extract<Outcome, { ok: true }>).result);
}

function inWorker(files: string[], take: () => number, outcomes: Outcome[], fallback: () => Promise<void>): Promise<void> {
  // Under tsx or ts-jest the CLI runs from TypeScript sources; the worker then needs tsx's require hook.
  const typescript = __filename.endsWith(".ts");
  const worker = new Worker(join(__dirname, `check-worker.${typescript ? "ts" : "js"}`), { execArgv: typescript ? ["--require", "tsx/cjs"] : [] });
  return new Promise<void>((resolve) => {
    let current = -1;
    let finished = false;
    const finish = () => {
      finished = true;
      resolve();
    };
    const feed = () => {
      current = take();
      if (current < 0) {
        finished = true;
        void worker.terminate().then(() => resolve());
      } else {
        worker.postMessage(files[current]);
      }
    };
    // A worker that fails to start or dies: its file and the rest are checked here instead.
    const failed = () => {
      if (finished) return;
      finished = true;
      const lost = current;
      current = -1;
      void (async () => {
        if (lost >= 0) outcomes[lost] = await checkFile(files[lost]);
        await fallback();
        finish();
      })();
    };
    worker.on("online", feed);
    worker.on("message", (o: Outcome) => {
      outcomes[current] = o;
      feed();
    });
    worker.on("error", failed);
    worker.on("exit", failed);
  });
}
