import { coverRecognizer } from "../../../../src/core/locate/selfeval";
import { CoverSchema, type Cover } from "../../../../src/core/model/basedata";
import { EXAMPLE_COVER, EXAMPLE_OVERALL_HUNAN } from "../../../fixtures/data/self-evaluation";
import { writeCover, writeOverallHunan } from "../../../fixtures/layouts/selfeval";
import { cellAt, run, sheetGrid, VARIANTS , bothHosts } from "./harness";

describe("封面（单位信息）", () => {
  for (const v of VARIANTS) {
    test(`reads the cover in layout ${v.name}`, async () => {
      const { grid, office } = await bothHosts("封面", (w) => writeCover(w, EXAMPLE_COVER, v));
      expect(run(coverRecognizer, office)).toEqual(run(coverRecognizer, grid));
      const recognitions = run(coverRecognizer, grid);
      expect(recognitions).toHaveLength(1);
      const t = recognitions[0].table as Cover;
      expect(() => CoverSchema.parse(t)).not.toThrow();
      expect(recognitions[0].location).toEqual({ kind: "cover", sheet: "封面", range: t.range, title: "2024年度部门整体支出绩效自评材料" });
      expect(t.range.startsWith(`${cellAt(v, 0, 0)}:`)).toBe(true);
      const valueCol = v.straySpaces ? 1 : 0;
      expect(t.unitName).toEqual({ text: "示例县医疗保障局", sheet: "封面", cell: cellAt(v, 2, valueCol) });
      expect(t.year).toEqual({ text: "2024", sheet: "封面", cell: cellAt(v, 4, valueCol) });
      expect(t.signatures).toEqual({
        preparer: { text: "张丽", sheet: "封面", cell: cellAt(v, 6, valueCol) },
        phone: { text: "0736-3221234", sheet: "封面", cell: cellAt(v, 8, valueCol) },
        head: { text: "李强", sheet: "封面", cell: cellAt(v, 10, valueCol) },
        date: { text: "2025年3月15日", sheet: "封面", cell: cellAt(v, 12, valueCol) },
      });
    });
  }

  test("a sheet that merely mentions 单位名称 and 填表人 without a cover title is not a cover", async () => {
    const grid = await sheetGrid("说明", (w) => {
      w.set(0, 0, "单位名称：示例县医疗保障局");
      w.set(1, 0, "填表人：张丽");
      w.set(2, 0, "年度：2024年度");
    });
    expect(run(coverRecognizer, grid)).toEqual([]);
  });

  test("a cover title above another family's table is not a cover", async () => {
    const grid = await sheetGrid("自评", (w) => {
      w.set(0, 0, "2024年度绩效自评材料");
      writeOverallHunan(w, EXAMPLE_OVERALL_HUNAN, { name: "below", offset: { row: 2, col: 0 } });
    });
    expect(run(coverRecognizer, grid)).toEqual([]);
  });

  test("a cover title with neither 单位名称 nor 年度/填表人 is not a cover", async () => {
    const grid = await sheetGrid("封面", (w) => {
      w.set(0, 0, "封面");
      w.set(2, 0, "单位名称：示例县医疗保障局");
    });
    expect(run(coverRecognizer, grid)).toEqual([]);
  });
});
