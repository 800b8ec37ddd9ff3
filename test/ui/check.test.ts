import { checkWorkbook } from "../../src/ui/check";
import { defaultSettings, parseSettings, scoringConfigOf } from "../../src/ui/settings";
import { DEFAULT_SCORING } from "../../src/core/scoring/config";
import { buildPackageSnapshot, exampleData } from "../fixtures/build-package";

/**
 * The scoring choices kept in the document reach the rulebook. Seeded case "over-executed project scored at the
 * cap": project A spent 210.00 of a 200.00 budget (执行率 105.00%) and its 预算执行率得分 is the capped 10 — right
 * under the default (cap at 100%), wrong (should be 10.50) when the user's province does not cap.
 */
async function overExecutedProject() {
  const data = exampleData();
  const a = data.selfEval.projects[0];
  a.money.total = { ...a.money.total, execution: "210.00", rate: "105.00", score: "10" };
  a.money.currentFiscal = { ...a.money.currentFiscal, execution: "190.00", rate: "105.56" };
  a.totalScore = "98.00";
  return buildPackageSnapshot(data);
}

describe("checkWorkbook with the document's scoring settings", () => {
  it("maps settings onto the default scoring configuration", () => {
    expect(scoringConfigOf(defaultSettings())).toEqual(DEFAULT_SCORING);
    const s = parseSettings(JSON.stringify({ scoring: { capExecutionRateAt100: false } }));
    expect(scoringConfigOf(s)).toEqual({ ...DEFAULT_SCORING, capExecutionRateAt100: false });
    expect(parseSettings("{not json").scoring).toEqual(defaultSettings().scoring);
  });

  it("judges the 预算执行率得分 of an over-executed project by the cap setting", async () => {
    const snapshot = await overExecutedProject();
    const scoreErrors = (capExecutionRateAt100: boolean) =>
      checkWorkbook(snapshot, { ...defaultSettings(), scoring: { ...defaultSettings().scoring, capExecutionRateAt100 } }).findings.filter(
        (f) => f.rule === "selfeval.execution-score" && f.severity === "error",
      );
    expect(scoreErrors(true)).toEqual([]);
    const uncapped = scoreErrors(false);
    expect(uncapped).toHaveLength(1);
    expect(uncapped[0]).toMatchObject({ sheet: "项目自评(1)", expected: "10.50", actual: "10.00" });
  });
});

describe("checkWorkbook with the file's name (the offline page passes it; Excel has none)", () => {
  it("compares the unit a file name names with the tables' unit name", async () => {
    const snapshot = await buildPackageSnapshot();
    const unitFindings = (fileName?: string) => checkWorkbook(snapshot, defaultSettings(), fileName).findings.filter((f) => f.rule === "identity.unit-name");
    expect(unitFindings()).toEqual([]);
    expect(unitFindings("2024年度示例县医疗保障局整体支出绩效自评材料.xlsx")).toEqual([]);
    expect(unitFindings("2024年度邻县教育局整体支出绩效自评材料.xlsx")).toEqual([
      expect.objectContaining({ severity: "warning", expected: "示例县医疗保障局", actual: "邻县教育局" }),
    ]);
  });
});
