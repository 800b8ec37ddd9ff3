import { pkg, ruleTester } from "../support";
import uncalculated, { withoutUnknownCells } from "../../../../src/core/rules/structure/uncalculated";
import { internalError } from "../../../../src/core/rules/check-package";
import type { Finding } from "../../../../src/core/findings/finding";
import type { Identity } from "../../../../src/core/attribution";
import type { PackageModel } from "../../../../src/core/model/package";

function withUnknown(cells: string[]): PackageModel {
  const model = pkg({});
  model.uncalculated = cells.map((c) => {
    const [sheet, cell] = c.split("!");
    return { sheet, cell };
  });
  return model;
}

const twelve = Array.from({ length: 12 }, (_, i) => `表9!B${i + 5}`);

ruleTester(uncalculated, {
  valid: [{ name: "every formula has its result: nothing to say", model: pkg({}), infos: [] }],
  invalid: [
    {
      name: "three formulas without results on one sheet: one error naming them, telling to recalculate in Excel",
      model: withUnknown(["三公经费!B7", "三公经费!C7", "三公经费!D7"]),
      findings: [
        {
          severity: "error",
          at: "三公经费!B7",
          cells: ["三公经费!C7", "三公经费!D7"],
          message: ["工作表“三公经费”中 3 个公式未计算（无计算结果）：B7、C7、D7", "请在 Excel 中重新计算并保存后再检查"],
        },
      ],
    },
    {
      name: "two sheets: one error each; a long list is named in part and counted",
      model: withUnknown(["表1!C5", ...twelve]),
      findings: [
        { severity: "error", at: "表1!C5", message: ["工作表“表1”中 1 个公式未计算"] },
        {
          severity: "error",
          at: "表9!B5",
          cells: twelve.slice(1),
          message: ["工作表“表9”中 12 个公式未计算（无计算结果）：B5、B6、B7、B8、B9、B10、B11、B12 等 12 个单元格"],
        },
      ],
    },
  ],
});

describe("withoutUnknownCells", () => {
  const finding = (rule: string, cells: string[]): Finding => ({
    ...internalError({ id: rule, title: rule }, "x"),
    sheet: cells[0]?.split("!")[0] ?? null,
    cell: cells[0]?.split("!")[1] ?? null,
    cells: cells.map((c) => ({ sheet: c.split("!")[0], cell: c.split("!")[1] })),
  });
  const model = withUnknown(["三公经费!B7"]);
  const onUnknown = finding("final.t09.three-public", ["三公经费!E7", "三公经费!B7"]);
  const elsewhere = finding("final.t01-balance", ["表1!C5"]);
  const said = finding("structure.uncalculated", ["三公经费!B7"]);
  const identities = [{ rule: onUnknown.rule, finding: onUnknown }, { rule: elsewhere.rule, finding: elsewhere }, { rule: "x" }] as unknown as Identity[];

  test("a finding resting on a cell of unknown value is withdrawn with its identity; the others and the rule's own stay", () => {
    const kept = withoutUnknownCells(model, [onUnknown, elsewhere, said], identities);
    expect(kept.findings).toEqual([elsewhere, said]);
    expect(kept.identities).toEqual([identities[1], identities[2]]);
  });

  test("nothing unknown: everything stays as it is", () => {
    const kept = withoutUnknownCells(pkg({}), [onUnknown, elsewhere], identities);
    expect(kept.findings).toEqual([onUnknown, elsewhere]);
    expect(kept.identities).toBe(identities);
  });
});
