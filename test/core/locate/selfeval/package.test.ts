import { readPackage } from "../../../../src/core/locate/read-package";
import { selfEvaluationRecognizers } from "../../../../src/core/locate/selfeval";
import { PackageModelSchema } from "../../../../src/core/model/package";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import { EXAMPLE_SELF_EVALUATION, EXAMPLE_SELF_EVALUATION_SHAANXI } from "../../../fixtures/data/self-evaluation";
import { writeBaseData, writeCover, writeOverallHunan, writeOverallShaanxi, writeProjectSelfEvals } from "../../../fixtures/layouts/selfeval";
import { expectValue, roundTrip } from "./harness";

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
