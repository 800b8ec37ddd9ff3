import type { WorkbookPort } from "./port";

/**
 * Listens for edits to the workbook through the port's change signal, so results shown after an edit can be
 * said to be out of date ("已修改，请重新检查"). Returns what stops listening; safe to call before the
 * subscription has settled (React may unmount at once). Hosts without a signal never call `onChange`.
 */
export function watchWorkbookChanges(port: WorkbookPort, onChange: () => void): () => void {
  if (!port.onChanged) return () => {};
  let stopped = false;
  let stop: (() => Promise<void>) | null = null;
  port
    .onChanged(() => {
      if (!stopped) onChange();
    })
    .then((s) => {
      stop = s;
      if (stopped) void s().catch(() => {});
    })
    // No signal (the event could not be registered): results simply are not flagged as stale.
    .catch(() => {});
  return () => {
    stopped = true;
    if (stop) void stop().catch(() => {});
  };
}
