import type { OutputFormat } from "./args";

/**
 * JSON written one file at a time, never built as one string (a batch of 50,000 files would not fit in one):
 * --format json gives one document, {"<key>": [ … ], …closing fields}, whose array items are written as they
 * come; --format jsonl gives one object per line (JSON Lines) and nothing else. undefined for text output.
 */
export function jsonWriter(format: OutputFormat, out: (s: string) => void, key: string): { item(value: unknown): void; end(closing?: Record<string, unknown>): void } | undefined {
  if (format === "text") return undefined;
  if (format === "jsonl") return { item: (value) => out(JSON.stringify(value)), end: () => {} };
  let first = true;
  out(`{"${key}": [`);
  return {
    item(value) {
      out(`${first ? "" : ","}${JSON.stringify(value, null, 2)}`);
      first = false;
    },
    end(closing = {}) {
      const rest = Object.entries(closing).map(([k, v]) => `, ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2)}`).join("");
      out(`]${rest}}`);
    },
  };
}

/** A file that could not be read, as its own entry of a command's text output. */
export function unreadableText(file: string, message: string): string {
  return `文件：${file}\n无法读取：${message}\n`;
}
