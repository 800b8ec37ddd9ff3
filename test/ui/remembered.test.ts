import { analyzeWorkbook } from "../../src/core/analyze";
import { findingKey } from "../../src/ui/finding";
import { mergeSuppressions, packageKeyOf, recall, remember, type KeyValueStore } from "../../src/ui/remembered";
import type { Suppression } from "../../src/ui/settings";
import { buildPackageSnapshot, exampleData, EXAMPLE_LAYOUT } from "../fixtures/build-package";
import { unrelatedSnapshot } from "../fixtures/unrelated";

/** localStorage as the page sees it, kept in a Map. */
function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const ignore = (key: string, reason: string): Suppression => ({ key, rule: key.split("@")[0], title: "t", reason, at: "2025-03-01" });

describe("ignore decisions remembered per unit and year", () => {
  test("the example package is keyed by its unit and year", async () => {
    const { model } = analyzeWorkbook(await buildPackageSnapshot(exampleData()));
    expect(packageKeyOf(model)).toBe("示例县医疗保障局|2024");
  });

  test("an unrelated workbook (a 采购清单) names no unit or year has no key, and nothing is stored for it", async () => {
    const { model } = analyzeWorkbook(unrelatedSnapshot());
    expect(packageKeyOf(model)).toBeNull();
    const store = memoryStore();
    remember(store, null, [ignore("a@x!A1", "r")]);
    expect(store.data.size).toBe(0);
    expect(recall(store, null)).toEqual([]);
  });

  test("re-checking the original after ignoring a finding keeps it ignored; another year does not see it", async () => {
    const store = memoryStore();
    const first = analyzeWorkbook(await buildPackageSnapshot(exampleData()));
    const warning = first.findings.find((f) => f.severity === "warning")!;
    const decision = ignore(findingKey(warning), "基础数据表公用经费口径较窄，已与财政局确认");
    remember(store, packageKeyOf(first.model), [decision]);

    // The same original, opened again (a fresh check of fresh bytes): the decision applies to the same finding.
    const again = analyzeWorkbook(await buildPackageSnapshot(exampleData(), EXAMPLE_LAYOUT, "示例（再次打开）.xlsx"));
    const recalled = recall(store, packageKeyOf(again.model));
    expect(recalled).toEqual([decision]);
    expect(again.findings.filter((f) => recalled.some((s) => s.key === findingKey(f))).map((f) => f.rule)).toEqual([warning.rule]);

    expect(recall(store, "示例县医疗保障局|2023")).toEqual([]);
  });

  test("damaged stored data counts as no decisions", () => {
    const store = memoryStore();
    store.setItem("jx-selfeval.ignored:单位|2024", "{not json");
    expect(recall(store, "单位|2024")).toEqual([]);
    store.setItem("jx-selfeval.ignored:单位|2024", JSON.stringify([{ key: "x" }]));
    expect(recall(store, "单位|2024")).toEqual([]);
  });

  test("merging: one entry per finding, the later reason wins", () => {
    const merged = mergeSuppressions([ignore("a@S!A1", "旧"), ignore("b@S!B1", "乙")], [ignore("a@S!A1", "新")]);
    expect(merged.map((s) => [s.key, s.reason])).toEqual([
      ["a@S!A1", "新"],
      ["b@S!B1", "乙"],
    ]);
  });
});
