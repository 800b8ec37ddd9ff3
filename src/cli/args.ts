import { UnreadableInput } from "./io";

/** Exit codes shared by every command: 0 fine, 1 errors found in the data, 2 unreadable input or usage. */
export type CommandResult = 0 | 1 | 2;

export class UsageError extends Error {}

/** FILE… plus --format text|json, the arguments every reading command takes. Other flags are returned as found. */
export function parseCommonArgs(args: string[], command: string) {
  const files: string[] = [];
  let format: "text" | "json" = "text";
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--format") {
      const v = args[++i];
      if (v !== "text" && v !== "json") throw new UsageError(`--format 只能是 text 或 json`);
      format = v;
    } else if (a.startsWith("--format=")) {
      const v = a.slice(9);
      if (v !== "text" && v !== "json") throw new UsageError(`--format 只能是 text 或 json`);
      format = v;
    } else if (a.startsWith("-")) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith("-")) throw new UsageError(`选项 ${a} 缺少取值`);
      flags[a] = v;
      i++;
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError(`用法：jx ${command} 文件.xlsx… [--format text|json]`);
  return { files, format, flags };
}

export { UnreadableInput };
