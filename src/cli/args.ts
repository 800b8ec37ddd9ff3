import { UnreadableInput } from "./io";

/** Exit codes shared by every command: 0 fine, 1 errors found in the data, 2 unreadable input or usage. */
export type CommandResult = 0 | 1 | 2;

export class UsageError extends Error {}

/** Asked for with --help / -h: the command prints its help (stdout, exit 0) instead of running. */
export class HelpRequested extends Error {}

export type OutputFormat = "text" | "json" | "jsonl";

/** Flags that take no value. */
const SWITCHES = new Set(["--force", "--progress", "--no-progress"]);

/**
 * FILE… plus --format text|json|jsonl, the arguments every reading command takes. Switches (--force,
 * --progress) are returned in `switches`, other flags with their value in `flags`.
 */
export function parseCommonArgs(args: string[], command: string, usage = `用法：jx ${command} 文件.xlsx|文件夹… [--format text|json|jsonl]`) {
  const files: string[] = [];
  let format: OutputFormat = "text";
  const flags: Record<string, string> = {};
  const switches = new Set<string>();
  const formatOf = (v: string | undefined): OutputFormat => {
    if (v !== "text" && v !== "json" && v !== "jsonl") throw new UsageError(`--format 只能是 text、json 或 jsonl\n${usage}`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h") throw new HelpRequested();
    if (a === "--format") format = formatOf(args[++i]);
    else if (a.startsWith("--format=")) format = formatOf(a.slice(9));
    else if (SWITCHES.has(a)) switches.add(a);
    else if (a.startsWith("-") && a !== "-") {
      const v = args[i + 1];
      if (v === undefined || v.startsWith("-")) throw new UsageError(`选项 ${a} 缺少取值\n${usage}`);
      flags[a] = v;
      i++;
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError(usage);
  return { files, format, flags, switches };
}

export { UnreadableInput };
