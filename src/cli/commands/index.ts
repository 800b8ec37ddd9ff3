/** A CLI command: arguments after its name → exit code. Output goes through `out` (stdout), failures worth a line of their own through `err` (stderr). */
export type Command = (args: string[], out: (s: string) => void, err?: (s: string) => void) => Promise<number>;

/** Options every reading command shares, explained once for the per-command help. */
const READING_OPTIONS = [
  "  文件.xlsx|文件夹…      要检查的材料；文件夹按名称顺序递归查找其中的 .xlsx（跳过 ~$ 开头的临时文件）",
  "  --format text|json|jsonl  输出格式：文字（默认）、JSON（一个文档，逐个文件写出）、JSON Lines（每个文件一行）",
];

// Each command loads its module when run: `jx check` then never loads docx (the report's Word writer).
export const COMMANDS: Record<string, { run: Command; help: string; usage: string }> = {
  tables: {
    run: async (args, out) => (await import(/* webpackChunkName: "tables" */ "./tables")).runTables(args, out),
    help: "tables 文件.xlsx|文件夹… [--format text|json|jsonl]   列出识别到的表及其位置、缺少的表",
    usage: [
      "用法：jx tables 文件.xlsx|文件夹… [--format text|json|jsonl]",
      "列出每份材料中识别到的表（工作表、区域、读取了多少数字单元格）和缺少的表。",
      "",
      "选项：",
      ...READING_OPTIONS,
      "  -h, --help             显示本说明",
      "",
      "退出码：0 全部读取；2 有文件无法读取（其余文件照常列出）或用法错误。",
    ].join("\n"),
  },
  check: {
    run: async (args, out) => (await import(/* webpackChunkName: "check" */ "./check")).runCheck(args, out),
    help: "check 文件.xlsx|文件夹… [报告.docx] [--format text|json|jsonl] [--progress]   核对整套材料（考虑尾差），列出错误、警告、提示；给出报告时一并核对报告正文与表格",
    usage: [
      "用法：jx check 文件.xlsx|文件夹… [报告.docx] [--format text|json|jsonl] [--progress|--no-progress]",
      "核对每份材料的表内、表间关系（考虑四舍五入尾差），列出错误、警告和提示；多个文件时最后一行给出合计。",
      "",
      "选项：",
      ...READING_OPTIONS,
      "  --progress             在标准错误输出显示进度条（终端中默认显示）",
      "  --no-progress          不显示进度条",
      "  -h, --help             显示本说明",
      "",
      "退出码：0 未发现错误；1 发现错误；2 有文件无法读取或公式未计算（其余文件照常检查）或用法错误。",
      "示例：npm run jx -- check 材料/ --format jsonl > 结果.jsonl",
    ].join("\n"),
  },
  report: {
    run: async (args, out, err) => (await import(/* webpackChunkName: "report" */ "./report")).runReport(args, out, err),
    help: "report 文件.xlsx [-o 输出.docx] [--outline hunan|hebei|sichuan|shaanxi] [--force]   生成绩效自评报告（Word）",
    usage: [
      "用法：jx report 文件.xlsx… [-o 输出.docx|输出目录] [--outline hunan|hebei|sichuan|shaanxi] [--force]",
      "按省份提纲生成部门整体支出绩效自评报告（Word），数字取自检查过的表格，待填写处黄色标出。",
      "",
      "选项：",
      "  -o, --output 路径      输出文件或目录（默认：与工作簿同一目录，按“YYYY年度<单位>整体支出绩效自评报告.docx”命名）",
      "  --outline 提纲         hunan（湖南，默认）、hebei（河北）、sichuan（四川）、shaanxi（陕西）",
      "  --force                输出文件已存在时覆盖（默认不覆盖；任何情况下都不会写到输入的工作簿上）",
      "  -h, --help             显示本说明",
      "",
      "退出码：0 已生成；2 有文件无法读取或无法写入（其余文件照常生成）或用法错误。",
    ].join("\n"),
  },
};
