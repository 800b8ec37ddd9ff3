import Decimal from "decimal.js";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { CellError, type Result } from "../../src/functions/cell";
import { EXECRATE } from "../../src/functions/execrate";
import { jxPlugin } from "./hyperformula-plugin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateFunctionsMetadata } = require("../../scripts/functions-metadata.js") as {
  generateFunctionsMetadata: () => Promise<{ json: string; problems: string[] }>;
};

/** The first rows of the sheet: one named case each. */
const CASES: [string, unknown, unknown][] = [
  ["executed to the cent", 452.37, 500],
  ["fully executed", 500, 500],
  ["over-executed", 612.5, 500],
  ["nothing executed", 0, 500],
  ["zero budget → #DIV/0!", 10, 0],
  ["blank execution → #N/A", null, 500],
  ["dash budget → #N/A", 452.37, "—"],
  ["words instead of a figure → #VALUE!", "约450", 500],
];
const ROWS = 100;

/** Column A 执行数, column B 预算数: the named cases, then budgets and executions of 2 decimals. */
function sheetData(): unknown[][] {
  const rows: unknown[][] = CASES.map(([, a, b]) => [a, b]);
  for (let i = rows.length; i < ROWS; i++) {
    const budget = new Decimal(100).plus(new Decimal("7.31").times(i));
    const execution = budget.times(new Decimal(50 + (i % 60)).dividedBy(100)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    rows.push([execution.toNumber(), budget.toNumber()]);
  }
  return rows;
}

/** What a cell of the sheet shows, in the shape the direct call returns. */
function shown(v: unknown): unknown {
  if (v instanceof DetailedCellError) return { code: v.value, message: v.message };
  if (v instanceof CellError) return { code: v.code, message: v.message };
  return v;
}

describe("the JX functions as formulas (HyperFormula)", () => {
  let hf: HyperFormula;
  const data = sheetData();

  beforeAll(async () => {
    const { json, problems } = await generateFunctionsMetadata();
    expect(problems).toEqual([]);
    const { plugin, translations } = jxPlugin(JSON.parse(json).functions);
    HyperFormula.registerFunctionPlugin(plugin, translations);
    const sheet = data.map(([a, b], i) => [a, b, `=EXECRATE(A${i + 1},B${i + 1})`, i === 0 ? `=EXECRATE(A1:A${ROWS},B1:B${ROWS})` : null]);
    hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", smartRounding: false });
  });

  afterAll(() => {
    hf.destroy();
  });

  it("evaluates 100 rows of =EXECRATE(A1,B1) exactly as the direct call does", () => {
    for (let i = 0; i < ROWS; i++) {
      const [a, b] = data[i];
      const cell = hf.getCellValue({ sheet: 0, row: i, col: 2 });
      expect(shown(cell)).toEqual(shown((EXECRATE as (...x: unknown[]) => Result)(a, b)));
    }
  });

  it("gives the quotient of the decimals on every numeric row", () => {
    for (let i = CASES.length; i < ROWS; i++) {
      const [a, b] = data[i] as number[];
      expect(hf.getCellValue({ sheet: 0, row: i, col: 2 })).toBe(new Decimal(a).dividedBy(b).toNumber());
    }
  });

  it("shows the named cases' errors with their Chinese messages", () => {
    const at = (row: number) => shown(hf.getCellValue({ sheet: 0, row, col: 2 }));
    expect(at(4)).toEqual({ code: "#DIV/0!", message: "预算数为 0，无法计算预算执行率" });
    expect(at(5)).toEqual({ code: "#N/A", message: "参数“执行数”为空或为“—”，没有可用的数字" });
    expect(at(6)).toEqual({ code: "#N/A", message: "参数“预算数”为空或为“—”，没有可用的数字" });
    expect(at(7)).toEqual({ code: "#VALUE!", message: "参数“执行数”的值“约450”不是数字" });
  });

  it("fills a whole column from one range formula =EXECRATE(A1:A100,B1:B100)", () => {
    const column = hf.getRangeValues({ start: { sheet: 0, row: 0, col: 3 }, end: { sheet: 0, row: ROWS - 1, col: 3 } });
    const single = hf.getRangeValues({ start: { sheet: 0, row: 0, col: 2 }, end: { sheet: 0, row: ROWS - 1, col: 2 } });
    expect(column.map((r) => r.map(shown))).toEqual(single.map((r) => r.map(shown)));
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 3 })).toBe(1);
  });

  it("follows an edit: a corrected budget recomputes both forms", () => {
    hf.setCellContents({ sheet: 0, row: 4, col: 1 }, [[20]]);
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 2 })).toBe(0.5);
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 3 })).toBe(0.5);
  });

  it("an error in one cell of a range gives an error in its row only (errors reach the function)", () => {
    const sheet = HyperFormula.buildFromArray(
      [
        [452.37, 500, "=EXECRATE(A1:A3,B1:B3)"],
        ["=1/0", 500, null],
        [250, 500, null],
        [100, 40, null, "=SUMCHECK(A4,B4:B5,C4)"],
        [null, 60, null],
      ] as never,
      { licenseKey: "gpl-v3", smartRounding: false },
    );
    const v = (row: number, col: number) => shown(sheet.getCellValue({ sheet: 0, row, col }));
    expect(v(0, 2)).toBe(new Decimal("452.37").dividedBy(500).toNumber());
    expect(v(1, 2)).toEqual({ code: "#DIV/0!", message: "参数“执行数”是错误值 #DIV/0!" });
    expect(v(2, 2)).toBe(0.5);
    // A repeating parameter (B4:B5, then the blank C4) arrives as one list, as Excel passes it.
    expect(v(3, 3)).toBe(true);
    sheet.destroy();
  });

  it("evaluates the other functions as formulas too", () => {
    const other = HyperFormula.buildFromArray(
      [
        [100, 40, 60, "=SUMCHECK(A1,B1:C1)", "=SUMCHECK(A1,B1,C1,0.03)"],
        ["≥95%", "90%", 10, "=INDSCORE(A2,B2,C2)", "=GRADE(92)"],
        [1005.2, 7567850, null, "=RMBUPPER(A3)", "=WANYUAN(B3)"],
        [110, 100, null, "=CHANGERATE(A4,B4,2)", "=EXECSCORE(452.37,500,10)"],
        [8.5, 10, null, "=CONTROLRATE(A5,B5)", "=SHARE(A5,B5)"],
        [452.37, 500, null, "=EXECRATE(A6,B6,2)", "=INDSCORE(\"明显提高\",\"有所提高\",5)"],
      ] as never,
      { licenseKey: "gpl-v3", smartRounding: false },
    );
    const v = (row: number, col: number) => shown(other.getCellValue({ sheet: 0, row, col }));
    expect(v(0, 3)).toBe(true);
    expect(v(0, 4)).toBe(-0.03);
    expect(v(1, 3)).toBe(9.47);
    expect(v(1, 4)).toBe("优");
    expect(v(2, 3)).toBe("壹仟零伍元贰角整");
    expect(v(2, 4)).toBe(756.79);
    expect(v(3, 3)).toBe(0.1);
    expect(v(3, 4)).toBe(9.05);
    expect(v(4, 3)).toBe(0.85);
    expect(v(4, 4)).toBe(0.85);
    expect(v(5, 3)).toBe(0.9047);
    expect(v(5, 4)).toEqual({ code: "#N/A", message: "定性指标“明显提高”需人工评定" });
    other.destroy();
  });
});
