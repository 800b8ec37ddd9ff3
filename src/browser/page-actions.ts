import type { Finding } from "../core/findings/finding";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { Strings } from "../ui/strings";
import { sizeProblem, unreadableMessage, UnreadableWorkbook } from "../xlsx/precheck";
import type { BrowserWorkbookPort } from "./port";

/**
 * The page's two steps that can fail on a user's file, kept out of the components so that every failure is
 * known to end in a Chinese message (the command line's, for a file it cannot read) and never in a library's
 * text, a URL or silence. Tested in Node on the bad-input fixtures (test/browser/page-actions.test.ts).
 */

/** What the page is given by the file picker or a drop (a File). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Opens the file in the port and reads it: its snapshot, or the message to show instead. */
export async function openPicked(port: BrowserWorkbookPort, file: PickedFile, t: Strings): Promise<{ snapshot: WorkbookSnapshot } | { error: string }> {
  // Checked before the bytes are read: a file bigger than any workbook unpacks to would not fit in the page.
  const size = sizeProblem(file.size);
  if (size) return { error: unreadableMessage(size, file.name) };
  try {
    await port.open(file.name, await file.arrayBuffer());
    return { snapshot: await port.read() };
  } catch (e) {
    return { error: e instanceof UnreadableWorkbook ? e.message : t.openFailed(file.name) };
  }
}

/**
 * Makes the annotated copy and hands it to `offer` (which starts the download and returns its URL): the copy's
 * name and URL, or the message to show when either step failed.
 */
export async function downloadAnnotated(
  port: BrowserWorkbookPort,
  findings: Finding[],
  offer: (name: string, data: Uint8Array) => string,
  t: Strings,
): Promise<{ name: string; url: string } | { error: string }> {
  try {
    const copy = await port.annotatedCopy(findings);
    return { name: copy.name, url: offer(copy.name, copy.data) };
  } catch {
    return { error: t.downloadFailed };
  }
}
