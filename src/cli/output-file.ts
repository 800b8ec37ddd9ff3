import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { UnreadableInput } from "./io";

/**
 * The one way a command writes a file. Nothing the user has is ever lost: an output that is one of the inputs
 * is refused (`jx report X.xlsx -o X.xlsx` would replace the workbook by a .docx), an existing file is kept
 * unless --force says otherwise, and the bytes go to a temporary file in the same folder first, renamed over
 * the target only once complete — a full disk or a crash leaves the old file whole, never half a new one.
 */
export function writeOutputFile(target: string, data: Uint8Array | string, options: { inputs: string[]; force: boolean }): void {
  const path = resolve(target);
  const real = realTarget(path);
  for (const input of options.inputs) {
    if (realOrSelf(resolve(input)) === real) throw new UnreadableInput(`不能写入“${path}”：它是要读取的文件本身，请用 -o 另选输出文件`);
  }
  if (existsSync(path) && !options.force) throw new UnreadableInput(`“${path}”已存在，未覆盖；如需覆盖请加 --force`);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: "wx" });
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
    throw new UnreadableInput(`无法写入“${path}”：目录不存在、无权写入，或文件正在 Word/WPS 中打开`);
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The real path a target will have: its own when it exists (a link resolves to what it points at), else its folder's real path + its name. */
function realTarget(path: string): string {
  if (existsSync(path)) return realOrSelf(path);
  return join(realOrSelf(dirname(path)), basename(path));
}
