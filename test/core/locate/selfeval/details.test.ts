import { overallSelfEvalRecognizer, projectSelfEvalRecognizer } from "../../../../src/core/locate/selfeval";
import type { OverallSelfEval, ProjectSelfEval } from "../../../../src/core/model/selfeval";
import { EXAMPLE_OVERALL_HUNAN, EXAMPLE_PROJECTS } from "../../../fixtures/data/self-evaluation";
import { writeOverallHunan, writeProjectSelfEval } from "../../../fixtures/layouts/selfeval";
import { expectValue, run, sheetGrid } from "./harness";

/** Hand edits real templates show, applied over the plain layout (cell addresses are the plain layout's). */
describe("details real templates vary in", () => {
  test("按收入性质分 amounts typed after the label in the same cell", async () => {
    const d = structuredClone(EXAMPLE_OVERALL_HUNAN);
    d.byIncome.generalBudget = null;
    const grid = await sheetGrid("整体", (w) => {
      writeOverallHunan(w, d, { name: "plain" });
      w.set(5, 1, "一般公共预算：1,270.60");
    });
    const [rec] = run(overallSelfEvalRecognizer, grid);
    const line = (rec.table as OverallSelfEval).byIncome[0];
    expect(line).toMatchObject({ key: "generalBudget", label: "一般公共预算", labelCell: "B6" });
    expectValue(line.amount, "1270.60");
    expect(line.amount.cell).toBe("B6");
    expect(rec.problems).toEqual([]);
  });

  test("an indicator value typed as a number with a percent format reads as Excel shows it", async () => {
    const grid = await sheetGrid("项目", (w) => {
      writeProjectSelfEval(w, EXAMPLE_PROJECTS[0], { name: "plain" });
      w.set(13, 4, 1, "0%");
      w.set(13, 5, 0.995, "0.0%");
    });
    const t = run(projectSelfEvalRecognizer, grid)[0].table as ProjectSelfEval;
    expect(t.indicators[2].target).toEqual({ text: "100%", sheet: "项目", cell: "E14" });
    expect(t.indicators[2].actual?.text).toBe("99.5%");
  });

  test("several signatures in one cell, and a 单位负责人（签字） left for the pen", async () => {
    const grid = await sheetGrid("项目", (w) => {
      writeProjectSelfEval(w, EXAMPLE_PROJECTS[0], { name: "plain" });
      for (let c = 0; c < 8; c++) w.set(18, c, null);
      w.set(18, 0, "填表人：张丽    联系电话：0736-3221234");
      w.set(18, 4, "单位负责人（签字）：");
      w.set(18, 5, "填表日期：");
      w.set(18, 6, "2025年3月15日");
    });
    const t = run(projectSelfEvalRecognizer, grid)[0].table as ProjectSelfEval;
    expect(t.signatures).toEqual({
      preparer: { text: "张丽", sheet: "项目", cell: "A19" },
      phone: { text: "0736-3221234", sheet: "项目", cell: "A19" },
      head: null,
      date: { text: "2025年3月15日", sheet: "项目", cell: "G19" },
    });
  });

  test("an 一级 label that says 权重 and a project name typed inline", async () => {
    const grid = await sheetGrid("项目", (w) => {
      writeProjectSelfEval(w, EXAMPLE_PROJECTS[0], { name: "plain" });
      w.set(11, 1, "产出指标（权重50分）");
      w.set(1, 0, "项目名称：医疗救助资金管理");
      w.set(1, 1, null);
    });
    const t = run(projectSelfEvalRecognizer, grid)[0].table as ProjectSelfEval;
    expect(t.levelOne[0].name).toBe("产出指标");
    expectValue(t.levelOne[0].declaredWeight, "50");
    expect(t.indicators[0].level1).toBe("产出指标");
    expect(t.projectName).toEqual({ text: "医疗救助资金管理", sheet: "项目", cell: "A2" });
  });

  test("金额单位 given only in the block header (项目资金（元）)", async () => {
    const grid = await sheetGrid("项目", (w) => {
      writeProjectSelfEval(w, EXAMPLE_PROJECTS[0], { name: "元", unitYuan: true });
      w.set(1, 6, null);
    });
    const t = run(projectSelfEvalRecognizer, grid)[0].table as ProjectSelfEval;
    expect(t.unit).toBe("元");
    expectValue(t.money[0].execution, "196.50");
    expect(t.money[0].execution!.decimals).toBe(6);
  });

  test("按收入性质分 labels across one row with the amounts under them", async () => {
    const grid = await sheetGrid("横排", (w) => {
      w.set(0, 0, "2024年度部门整体支出绩效自评表");
      w.set(1, 0, "预算部门名称").set(1, 1, "示例县医疗保障局");
      ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, i) => w.set(2, 2 + i, h));
      w.set(3, 1, "年度资金总额").set(3, 2, 1250, "0.00").set(3, 3, 1310.6, "0.00").set(3, 4, 1286.45, "0.00");
      w.set(3, 5, 10).set(3, 6, 0.9816, "0.00%").set(3, 7, 9.82);
      w.set(4, 0, "按收入性质分").merge(4, 0, 4, 3).set(4, 4, "按支出性质分").merge(4, 4, 4, 5);
      ["一般公共预算", "政府性基金拨款", "纳入专户管理的非税收入拨款", "其他资金", "基本支出", "项目支出"].forEach((h, i) => w.set(5, i, h));
      w.set(6, 0, 1270.6, "0.00").set(6, 1, "—").set(6, 3, 40, "0.00").set(6, 4, 936.17, "0.00").set(6, 5, 350.28, "0.00");
      w.set(7, 0, "年度总体目标");
    });
    const t = run(overallSelfEvalRecognizer, grid)[0].table as OverallSelfEval;
    expect(t.byIncome.map((l) => [l.key, l.amount.cell, l.amount.value?.toFixed(2) ?? null])).toEqual([
      ["generalBudget", "A7", "1270.60"],
      ["govFund", "B7", null],
      ["specialAccount", "C7", null],
      ["other", "D7", "40.00"],
    ]);
    expect(t.byExpenditure.map((l) => [l.key, l.amount.cell, l.amount.value?.toFixed(2) ?? null])).toEqual([
      ["basic", "E7", "936.17"],
      ["project", "F7", "350.28"],
    ]);
  });
});
