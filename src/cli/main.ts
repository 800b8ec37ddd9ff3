import { COMMANDS } from "./commands";
import { UnreadableInput } from "./io";
import { HelpRequested, UsageError } from "./args";
import { terminalSafe } from "./terminal-text";

/**
 * jx: the command line for reviewers (and the demo). Every failure a user can cause is a Chinese message
 * and exit code 2 — never a stack trace.
 */
export async function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s.endsWith("\n") ? s : s + "\n"), writeErr: (s: string) => void = (s) => process.stderr.write(s + "\n")): Promise<number> {
  // Workbook text (sheet names, cells) is part of what is printed: no terminal control from a file gets through.
  const out = (s: string) => write(terminalSafe(s));
  const err = (s: string) => writeErr(terminalSafe(s));
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (name === "help" && args[0] && COMMANDS[args[0]]) {
    out(COMMANDS[args[0]].usage);
    return 0;
  }
  if (!command) {
    const help = ["用法：npm run jx -- <命令> …", "命令：", ...Object.values(COMMANDS).map((c) => `  ${c.help}`), "各命令的详细说明：jx <命令> --help"].join("\n");
    if (name && name !== "help" && name !== "--help" && name !== "-h") {
      err(`未知命令“${name}”。\n${help}`);
      return 2;
    }
    out(help);
    return name ? 0 : 2;
  }
  try {
    return await command.run(args, out, err);
  } catch (e) {
    if (e instanceof HelpRequested) {
      out(command.usage);
      return 0;
    }
    if (e instanceof UnreadableInput || e instanceof UsageError) {
      err(e.message);
      return 2;
    }
    err(`内部错误：${e instanceof Error ? e.message : String(e)}（请把出错的文件与此信息反馈给开发者）`);
    return 2;
  }
}
