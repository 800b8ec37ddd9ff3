import { SingleBar } from "cli-progress";

/**
 * A progress bar for a batch, on stderr so that stdout stays the report (pipe it, redirect it). Shown when
 * stderr is a terminal or --progress asks for it, and only for more than one file; --no-progress hides it.
 */
export function batchProgress(total: number, switches: Set<string>): { tick(): void; stop(): void } {
  const wanted = switches.has("--progress") || (process.stderr.isTTY && !switches.has("--no-progress"));
  if (!wanted || total < 2) return { tick() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: "检查进度 [{bar}] {value}/{total} 个文件 {percentage}%",
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: false,
    noTTYOutput: true,
    notTTYSchedule: 1000,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
