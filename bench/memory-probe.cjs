/**
 * Preloaded into the built `jx check` by `npm run bench` (node --expose-gc --require): every 250 ms it collects
 * garbage and samples the main thread's live heap; at exit it writes the process's peak RSS (every thread: the
 * workers run inside it) and the largest live heap seen to the file named by JX_BENCH_MEMORY. Live, not used:
 * a heap not yet collected says when V8 chose to collect, not what the batch holds. A collection of a heap
 * this size takes a few milliseconds, under 1% of the run. Plain CommonJS: it runs before anything else.
 */
const { writeFileSync } = require("node:fs");

let peakHeap = 0;
let samples = 0;
const sample = () => {
  if (typeof global.gc === "function") global.gc();
  const used = process.memoryUsage().heapUsed;
  if (used > peakHeap) peakHeap = used;
  samples++;
};
setInterval(sample, 250).unref();
process.on("exit", () => {
  sample();
  // resourceUsage().maxRSS is in kilobytes.
  writeFileSync(process.env.JX_BENCH_MEMORY, JSON.stringify({ peakRss: process.resourceUsage().maxRSS * 1024, peakHeap, samples }));
});
