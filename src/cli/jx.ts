#!/usr/bin/env node
/** The `jx` command: `npm run jx -- …` runs it from the sources, `node dist/cli/jx.js …` from the build. */
import { main } from "./main";

// `jx check … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
