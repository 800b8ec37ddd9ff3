/** A CLI command: arguments after its name → exit code. Output goes through `out` (stdout). */
export type Command = (args: string[], out: (s: string) => void) => Promise<number>;

// Each command loads its module when run: `jx check` then never loads docx (the report's Word writer).
export const COMMANDS: Record<string, { run: Command; help: string }> = {
  tables: {
    run: async (args, out) => (await import(/* webpackChunkName: "tables" */ "./tables")).runTables(args, out),
    help: "tables 文件.xlsx… [--format text|json]   列出识别到的表及其位置、缺少的表",
  },
  check: {
    run: async (args, out) => (await import(/* webpackChunkName: "check" */ "./check")).runCheck(args, out),
    help: "check 文件.xlsx… [报告.docx] [--format text|json]   核对整套材料（考虑尾差），列出错误、警告、提示；给出报告时一并核对报告正文与表格",
  },
  report: {
    run: async (args, out) => (await import(/* webpackChunkName: "report" */ "./report")).runReport(args, out),
    help: "report 文件.xlsx [-o 输出.docx] [--outline hunan|hebei|sichuan]   生成绩效自评报告（Word）",
  },
};
