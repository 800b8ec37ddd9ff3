import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/core/findings/finding";
import { RULES } from "../../src/core/rules/registry";
import { ruleDocUrl } from "../../src/ui/check";
import { cellsOf, findingKey } from "../../src/ui/finding";
import { isMarkFormula, markFormula, marksFor } from "../../src/ui/marks";
import { defaultSettings, parseSettings } from "../../src/ui/settings";
import { stringsFor } from "../../src/ui/strings";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rulesHtml } = require("../../webpack.config.js") as { rulesHtml: (md: string) => string };

const bare = { message: "", table: null, expected: null, actual: null, difference: null, tolerance: null };
const total: Finding = { ...bare, rule: "final.t01.income-total", severity: "error", title: "本年收入合计不等于各项收入之和", sheet: "表1", cell: "C20", cells: [{ sheet: "表1", cell: "C20" }, { sheet: "表1", cell: "C6" }, { sheet: "表1", cell: "C7" }] };
const rate: Finding = { ...bare, rule: "selfeval.execution-rate", severity: "info", title: "执行率尾差", sheet: "整体自评", cell: "G5", cells: [{ sheet: "整体自评", cell: "G5" }] };
const sameCell: Finding = { ...bare, rule: "cross.t01-t02-income", severity: "warning", title: "表1 与表2 收入合计不一致", sheet: "表1", cell: "C20", cells: [{ sheet: "表1", cell: "C20" }, { sheet: "表2", cell: "E7" }] };
const nowhere: Finding = { ...bare, rule: "structure.read-problems", severity: "info", title: "未找到公开07表", sheet: null, cell: null, cells: [] };

describe("marks", () => {
  test("one mark per cell, the most severe finding wins, suppressed findings and 提示 leave no mark", () => {
    // rate is a 提示 (尾差): nothing to fix, so 整体自评!G5 carries no mark.
    expect(marksFor([rate, sameCell, total])).toEqual([
      { sheet: "表1", cell: "C20", severity: "error" },
      { sheet: "表2", cell: "E7", severity: "warning" },
      { sheet: "表1", cell: "C6", severity: "error" },
      { sheet: "表1", cell: "C7", severity: "error" },
    ]);
    const suppressed = new Set([findingKey(total)]);
    expect(marksFor([total, sameCell], (f) => suppressed.has(findingKey(f)))).toEqual([
      { sheet: "表1", cell: "C20", severity: "warning" },
      { sheet: "表2", cell: "E7", severity: "warning" },
    ]);
    expect(marksFor([nowhere])).toEqual([]);
  });

  test("the mark formula is always true in Excel's terms and recognisable by its tag, whatever the case", () => {
    expect(markFormula("error")).toBe('=N("jx-selfeval:error")=0');
    expect(isMarkFormula('=n("JX-SELFEVAL:warning")=0')).toBe(true);
    expect(isMarkFormula("=$C$5>100")).toBe(false);
    expect(isMarkFormula(null)).toBe(false);
  });
});

describe("findings", () => {
  test("a finding's key names its rule and cells, so it survives a re-check", () => {
    expect(findingKey(total)).toBe("final.t01.income-total@表1!C20,表1!C6,表1!C7");
    expect(findingKey({ ...total })).toBe(findingKey(total));
    expect(findingKey(sameCell)).not.toBe(findingKey(total));
    expect(findingKey(nowhere)).toBe("structure.read-problems@!");
  });

  test("cellsOf lists the primary cell first, without duplicates", () => {
    expect(cellsOf(sameCell)).toEqual([
      { sheet: "表1", cell: "C20" },
      { sheet: "表2", cell: "E7" },
    ]);
    expect(cellsOf(nowhere)).toEqual([]);
  });
});

describe("settings", () => {
  test("stored JSON is read back; damaged or foreign data falls back to defaults", () => {
    const s = { ...defaultSettings(), outline: "hebei", suppressed: [{ key: findingKey(total), rule: total.rule, title: total.title, reason: "已更正", at: "2025-03-01" }] };
    expect(parseSettings(JSON.stringify(s))).toEqual(s);
    expect(parseSettings("{not json")).toEqual(defaultSettings());
    expect(parseSettings({ suppressed: [{ key: "x" }] })).toEqual(defaultSettings());
    expect(parseSettings(null)).toEqual(defaultSettings());
  });
});

describe("strings", () => {
  test("Chinese unless Office runs in English", () => {
    expect(stringsFor("zh-CN").check).toBe("一键检查");
    expect(stringsFor(undefined).check).toBe("一键检查");
    expect(stringsFor("en-US").check).toBe("Check");
    expect(stringsFor("zh-CN").protectedSheets(["整体自评表"])).toContain("“整体自评表”受保护");
  });
});

describe("rule documentation links", () => {
  test("every rule's 规则说明 link lands on an anchor of the built rules.html", () => {
    const html = rulesHtml(readFileSync(join(__dirname, "../../docs/rules.md"), "utf8"));
    const anchors = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const dangling = RULES.map((r) => ruleDocUrl(r.id)).filter((url) => !anchors.has(decodeURIComponent(url.replace(/^rules\.html#/, ""))));
    expect(dangling).toEqual([]);
    expect(RULES.length).toBeGreaterThan(0);
  });
});
