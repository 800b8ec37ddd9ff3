import { readPackage } from "../../../../src/core/locate/read-package";
import { selfEvaluationRecognizers } from "../../../../src/core/locate/selfeval";
import { PackageModelSchema } from "../../../../src/core/model/package";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import { EXAMPLE_SELF_EVALUATION, EXAMPLE_SELF_EVALUATION_SHAANXI } from "../../../fixtures/data/self-evaluation";
import { writeBaseData, writeCover, writeOverallHunan, writeOverallShaanxi, writeProjectSelfEvals } from "../../../fixtures/layouts/selfeval";
import { expectValue, officeLike, roundTrip } from "./harness";

describe("the self-evaluation part of a package, read by content", () => {
  test("Hunan: cover, 整体表, three 项目表 on one sheet, 基础数据表 and an unrelated sheet", async () => {
    const d = EXAMPLE_SELF_EVALUATION;
    const snap = await roundTrip("示例.xlsx", (wb) => {
      writeCover(new SheetWriter(wb.addWorksheet("Sheet1")), d.cover, { name: "plain" });
      writeOverallHunan(new SheetWriter(wb.addWorksheet("Sheet3")), d.overall, { name: "C5", offset: { row: 4, col: 2 } });
      writeProjectSelfEvals(new SheetWriter(wb.addWorksheet("项目")), d.projects, { name: "merged", mergedHeaders: true });
      writeBaseData(new SheetWriter(wb.addWorksheet("表")), d.baseData, { name: "元", unitYuan: true });
      new SheetWriter(wb.addWorksheet("备注")).set(0, 0, "单位名称：示例县医疗保障局").set(1, 0, "说明：本表仅供参考");
    });
    const model = readPackage(snap, selfEvaluationRecognizers);
    expect(PackageModelSchema.safeParse(model).success).toBe(true);
    expect(model.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ["cover", "Sheet1"],
      ["selfeval.overall", "Sheet3"],
      ["selfeval.project", "项目"],
      ["selfeval.project", "项目"],
      ["selfeval.project", "项目"],
      ["basedata", "表"],
    ]);
    expect(model.problems.filter((p) => p.code !== "missing-table")).toEqual([]);
    expect(model.problems.filter((p) => p.message.includes("自评表"))).toEqual([]);
    expectValue(model.overall!.money!.execution, "1286.45");
    expect(model.overall!.money!.execution!.cell).toBe("G8");
    expect(model.projects.map((p) => p.projectName?.text)).toEqual(["医疗救助资金管理", "医保基金监管专项", "医保信息化建设"]);
    expectValue(model.basedata!.threePublic[0].actual, "10.41");
    expect(model.basedata!.unit).toBe("元");
    expect(model.cover!.unitName?.text).toBe("示例县医疗保障局");
    // Office.js reports merge-covered cells empty where exceljs repeats the value: same reading either way.
    expect(readPackage(officeLike(snap), selfEvaluationRecognizers)).toEqual(model);
  });

  test("a 整体表 with two 项目表 pasted below it on one sheet: each table keeps to its own rows", async () => {
    const d = EXAMPLE_SELF_EVALUATION;
    const snap = await roundTrip("一张表.xlsx", (wb) => {
      const w = new SheetWriter(wb.addWorksheet("Sheet3"));
      writeProjectSelfEvals(w, d.projects.slice(0, 1), { name: "plain" });
      writeOverallHunan(w, d.overall, { name: "below", offset: { row: w.height + 2, col: 0 } });
      writeProjectSelfEvals(w, d.projects.slice(1, 2), { name: "below", offset: { row: w.height + 2, col: 1 } });
    });
    const model = readPackage(snap, selfEvaluationRecognizers);
    expect(model.tables.map((t) => [t.kind, t.range])).toEqual([
      ["selfeval.overall", "A22:I45"],
      ["selfeval.project", "A1:I19"],
      ["selfeval.project", "B48:J66"],
    ]);
    expect(model.projects[0].signatures.preparer?.cell).toBe("A19");
    expect(model.projects[0].indicators).toHaveLength(5);
    expect(model.overall!.indicators).toHaveLength(9);
    expectValue(model.projects[1].money[0].execution, "98.78");
  });

  test("Shaanxi: the 整体表 with 年度主要任务 and 金额合计", async () => {
    const d = EXAMPLE_SELF_EVALUATION_SHAANXI;
    const snap = await roundTrip("陕西.xlsx", (wb) => {
      writeOverallShaanxi(new SheetWriter(wb.addWorksheet("整体")), d.overall, { name: "merged", mergedHeaders: true });
      writeProjectSelfEvals(new SheetWriter(wb.addWorksheet("项目")), d.projects, { name: "plain" });
    });
    const model = readPackage(snap, selfEvaluationRecognizers);
    expect(model.overall?.layout).toBe("shaanxi");
    expect(model.overall?.tasks).toHaveLength(4);
    expectValue(model.overall!.taskTotal!.executionTotal, "1286.45");
    expect(model.projects).toHaveLength(3);
    expect(model.basedata).toBeNull();
  });
});
