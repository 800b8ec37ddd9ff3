import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Excel's lock file for an open workbook (~$材料.xlsx): a few bytes of owner name, never a workbook. */
const LOCK_FILE = /^~\$/;

/**
 * The files named on the command line, with each folder replaced by the .xlsx files under it (recursively, in
 * name order, Excel's ~$ lock files skipped). A path that does not exist stays as given: reading it reports it.
 */
export function expandInputs(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (isDirectory(path)) files.push(...workbooksUnder(path));
    else files.push(path);
  }
  return files;
}

function workbooksUnder(dir: string): string[] {
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...workbooksUnder(path));
    else if (entry.isFile() && /\.xlsx$/i.test(entry.name) && !LOCK_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
