import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { analyzeWorkbook } from "../core/analyze";
import type { TableLocation } from "../core/model/common";
import type { Finding } from "../core/findings/finding";
import type { PackageModel } from "../core/model/package";
import { loadWorkbook, UnreadableInput } from "./io";

/** What `jx check` reports for one file. */
export interface FileCheck {
  file: string;
  tables: TableLocation[];
  findings: Finding[];
  /** The 自评报告 checked against this workbook's tables (`jx check 材料.xlsx 报告.docx`). */
  reports?: string[];
  /** The checked package, kept only for a workbook a report is paired with, until its report is checked. */
  model?: PackageModel;
}

/** One file's result: checked, or why it could not be (a Chinese message; `unreadable` false for an internal error). */
export type Outcome = { ok: true; result: FileCheck } | { ok: false; file: string; unreadable: boolean; message: string };

/** `keepModel`: the result carries the checked package too (for the narrative check of a paired report). */
export async function checkFile(file: string, keepModel = false): Promise<Outcome> {
  try {
    // The file name is a further source of the unit's name (identity.unit-name).
    const { model, findings } = analyzeWorkbook(await loadWorkbook(file), { fileName: basename(file) });
    return { ok: true, result: { file, tables: model.tables, findings, ...(keepModel ? { model } : {}) } };
  } catch (e) {
    const unreadable = e instanceof UnreadableInput;
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, file, unreadable, message: unreadable ? message : `检查“${file}”时出现内部错误：${message}（请把出错的文件与此信息反馈给开发者）` };
  }
}

/**
 * Files a worker thread must have to pay for itself. A worker loads the core (~0.1 s built) and warms up its own
 * JIT (~0.7 s, the time of ~90 files at full speed), so it only helps a long batch. Measured with the built jx on
 * 2 cores (npm run bench's files): 100 files take 1.85 s on one thread and 2.41 s on two; 1,000 files 8.8 s and
 * 7.9 s. One worker per this many files, up to the machine's cores. JX_FILES_PER_WORKER overrides it (tests
 * use 1 to run the workers on a small batch).
 */
const FILES_PER_WORKER = 150;

function workerCount(files: number): number {
  const per = Number(process.env.JX_FILES_PER_WORKER) || FILES_PER_WORKER;
  return Math.max(0, Math.min(availableParallelism() - 1, 7, Math.floor(files / per)));
}

/**
 * The next file to check, shared by the main thread and the workers: each takes its own next file without
 * waiting for a message round trip (the main thread is often busy checking a file of its own).
 */
export function takeNext(next: Int32Array, count: number): number {
  const i = Atomics.add(next, 0, 1);
  return i < count ? i : -1;
}

/** What a worker posts for each file it took. */
export type WorkerOutcome = { index: number; outcome: Outcome };

/**
 * Checks files and hands each outcome to `report` in argument order, as soon as it and every file before it
 * are done: only the few outcomes that finished ahead of an earlier file are held, so memory stays flat over a
 * batch of any length. A file that cannot be read is its own outcome; the batch goes on.
 * A batch is spread over the machine's cores: the main thread starts at once, and worker threads join as they
 * come up. A worker that cannot start or dies leaves the files it took unchecked; they are checked here
 * afterwards.
 */
export async function checkFiles(
  files: string[],
  report: (outcome: Outcome, index: number) => void,
  warn: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
  /** Files whose checked package the result keeps (checked in this thread: a worker's outcome carries none). */
  keepModel: (file: string) => boolean = () => false,
): Promise<void> {
  const waiting = new Map<number, Outcome>();
  let reported = 0;
  const done = (index: number, outcome: Outcome) => {
    waiting.set(index, outcome);
    for (let next = waiting.get(reported); next; next = waiting.get(reported)) {
      waiting.delete(reported);
      report(next, reported++);
    }
  };
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const inProcess = async () => {
    for (let i = takeNext(next, files.length); i >= 0; i = takeNext(next, files.length)) {
      done(i, await checkFile(files[i], keepModel(files[i])));
      // Reading and checking a file never waits on the event loop (synchronous reads, promises only), so without
      // this the workers' outcomes and the output written so far would wait in memory until this thread ran out
      // of files: memory would grow with the batch. One turn of the loop per file lets them through.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const workers = workerCount(files.length);
  const failures: string[] = [];
  await Promise.all([inProcess(), ...Array.from({ length: workers }, () => inWorker(files, next, done, failures))]);
  // The results are still complete (checked here instead), but a batch that silently ran on one core would
  // hide a broken installation.
  if (failures.length) warn(`提示：${failures.length} 个并行检查线程未能运行（${failures[0]}），已改在主线程检查，速度会慢一些`);
  for (let i = reported; i < files.length; i++) if (!waiting.has(i)) done(i, await checkFile(files[i], keepModel(files[i])));
}

/** Runs a worker thread until it has no file left to take, or fails. */
function inWorker(files: string[], next: Int32Array, done: (index: number, outcome: Outcome) => void, failures: string[]): Promise<void> {
  // Under tsx or ts-jest the CLI runs from TypeScript sources; the worker then needs tsx's require hook.
  const typescript = __filename.endsWith(".ts");
  const worker = new Worker(join(__dirname, `check-worker.${typescript ? "ts" : "js"}`), {
    execArgv: typescript ? ["--require", "tsx/cjs"] : [],
    workerData: { files, next },
  });
  return new Promise<void>((resolve) => {
    worker.on("message", ({ index, outcome }: WorkerOutcome) => done(index, outcome));
    worker.on("error", (e) => {
      failures.push(e.message);
      resolve();
    });
    worker.on("exit", () => resolve());
  });
}
