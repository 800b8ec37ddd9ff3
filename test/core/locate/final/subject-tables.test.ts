import { final02Recognizer } from "../../../../src/core/locate/final/final02";
import { final03Recognizer } from "../../../../src/core/locate/final/final03";
import { final05Recognizer } from "../../../../src/core/locate/final/final05";
import { final07Recognizer } from "../../../../src/core/locate/final/final07";
import { final08Recognizer } from "../../../../src/core/locate/final/final08";
import type { Recognizer } from "../../../../src/core/locate/recognizer";
import {
  FinalTable02Schema,
  FinalTable03Schema,
  FinalTable05Schema,
  FinalTable07Schema,
  FinalTable08Schema,
  type SubjectTable,
} from "../../../../src/core/model/final";
import { EXAMPLE_FINAL_ACCOUNTS, type SubjectTableData } from "../../../fixtures/data/final-accounts";
import { writeFinalTable, type FinalKind } from "../../../fixtures/layouts/final";
import { SheetWriter } from "../../../fixtures/sheet-writer";
import { Grid } from "../../../../src/core/locate/grid";
import { CASES, expectBase, expectFigure, expectSubjectRows, only, readOne, roundTrip, type Case } from "./support";
import type { z } from "zod/v4";

interface Family {
  kind: FinalKind;
  title: string;
  recognizer: Recognizer;
  schema: z.ZodTypeAny;
  data: SubjectTableData;
  keys: string[];
  empty: boolean;
}

const FAMILIES: Family[] = [
  {
    kind: "final.02",
    title: "公开02表 收入决算表",
    recognizer: final02Recognizer,
    schema: FinalTable02Schema,
    data: EXAMPLE_FINAL_ACCOUNTS.t02,
    keys: ["total", "fiscal", "superior", "business", "operating", "affiliated", "other"],
    empty: false,
  },
  {
    kind: "final.03",
    title: "公开03表 支出决算表",
    recognizer: final03Recognizer,
    schema: FinalTable03Schema,
    data: EXAMPLE_FINAL_ACCOUNTS.t03,
    keys: ["total", "basic", "project", "toSuperior", "operating", "toAffiliated"],
    empty: false,
  },
  {
    kind: "final.05",
    title: "公开05表 一般公共预算财政拨款支出决算表",
    recognizer: final05Recognizer,
    schema: FinalTable05Schema,
    data: EXAMPLE_FINAL_ACCOUNTS.t05,
    keys: ["total", "basic", "project"],
    empty: false,
  },
  {
    kind: "final.07",
    title: "公开07表 政府性基金预算财政拨款收入支出决算表 (disclosed empty)",
    recognizer: final07Recognizer,
    schema: FinalTable07Schema,
    data: EXAMPLE_FINAL_ACCOUNTS.t07,
    keys: ["carryIn", "income", "total", "basic", "project", "carryOut"],
    empty: true,
  },
  {
    kind: "final.08",
    title: "公开08表 国有资本经营预算财政拨款支出决算表 (disclosed empty)",
    recognizer: final08Recognizer,
    schema: FinalTable08Schema,
    data: EXAMPLE_FINAL_ACCOUNTS.t08,
    keys: ["total", "basic", "project"],
    empty: true,
  },
];

/** The 科目 tables also come with the code inside the name column ("2080505 机关事业单位…"). */
const SUBJECT_CASES: Case[] = [
  ...CASES,
  { variant: { name: "code-in-name", codeInName: true }, sheet: "Sheet3" },
  { variant: { name: "code-in-name-merged-元", codeInName: true, mergedHeaders: true, unitYuan: true }, sheet: "收入" },
];

describe.each(FAMILIES.map((f) => [f.title, f] as const))("%s", (_title, f) => {
  it.each(SUBJECT_CASES.map((c) => [c.variant.name, c] as const))("reads every row and column in layout %s", async (_name, c) => {
    const { found, written, ws } = await readOne(f.kind, c, f.recognizer);
    const rec = only(found);
    expectBase(rec, f.kind, c, written);
    const t = f.schema.parse(rec.table) as SubjectTable;
    expect(t.kind).toBe(f.kind);
    expect(t.emptyDisclosed).toBe(f.empty);
    expectSubjectRows(t, f.data, f.keys, c, ws);
  });
});

describe("科目 tables in detail", () => {
  it("表2 plain: 合计 row first, 类/款/项 by code length, provenance of the 尾差 类 208", async () => {
    const { found, ws } = await readOne("final.02", CASES[0], final02Recognizer);
    const t = only(found).table as SubjectTable;
    expect(t.rows[0]).toMatchObject({ code: null, name: "合计", level: "total", labelCell: "A5" });
    expect(t.columns[0]).toEqual({ key: "total", label: "本年收入合计", cell: "C4" });
    const r208 = t.rows.find((r) => r.code === "208")!;
    expect(r208).toMatchObject({ level: "class", name: "社会保障和就业支出", labelCell: "A6" });
    expect(r208.values.total.cell).toBe("C6");
    expectFigure(r208.values.total, "160.32", CASES[0], ws);
    expect(t.rows.find((r) => r.code === "2080505")).toMatchObject({ level: "item", labelCell: "A9" });
  });

  it("表2 with the code in the name column keeps the label cell of that column", async () => {
    const c = SUBJECT_CASES.find((x) => x.variant.name === "code-in-name")!;
    const { found } = await readOne("final.02", c, final02Recognizer);
    const t = only(found).table as SubjectTable;
    expect(t.rows.find((r) => r.code === "2080505")).toMatchObject({
      name: "机关事业单位基本养老保险缴费支出",
      level: "item",
      labelCell: "A9",
    });
    expect(t.rows.find((r) => r.code === "2080505")!.values.total.cell).toBe("B9");
  });

  it("表2 with a 合计 row after the 类 rows still lists 合计 first", async () => {
    const data = structuredClone(EXAMPLE_FINAL_ACCOUNTS);
    data.t02.rows.push(data.t02.rows.shift()!);
    const { found } = await readOne("final.02", CASES[0], final02Recognizer, data);
    const t = only(found).table as SubjectTable;
    expect(t.rows[0]).toMatchObject({ level: "total", labelCell: `A${4 + data.t02.rows.length}` });
    expect(t.rows[1].code).toBe("208");
  });

  it("表5 is not taken for 表8 nor 表8 for 表5 (same columns, the title decides)", async () => {
    const five = await readOne("final.05", CASES[0], final08Recognizer);
    expect(five.found).toEqual([]);
    const eight = await readOne("final.08", CASES[0], final05Recognizer);
    expect(eight.found).toEqual([]);
  });

  it("表3 is not taken for 表5 (支出决算表 is a suffix of both titles)", async () => {
    expect((await readOne("final.05", CASES[0], final03Recognizer)).found).toEqual([]);
    expect((await readOne("final.03", CASES[0], final05Recognizer)).found).toEqual([]);
  });

  it("表7 without its note but with no figures is still empty; with figures it is not", async () => {
    const data = structuredClone(EXAMPLE_FINAL_ACCOUNTS);
    data.t07.emptyNote = null;
    const blank = only((await readOne("final.07", CASES[0], final07Recognizer, data)).found).table as SubjectTable;
    expect(blank.emptyDisclosed).toBe(true);
    data.t07.rows = [
      { code: null, name: "合计", values: { carryIn: "0.00", income: "12.00", total: "12.00", basic: "0.00", project: "12.00", carryOut: "0.00" } },
      { code: "229", name: "其他支出", values: { carryIn: "0.00", income: "12.00", total: "12.00", basic: "0.00", project: "12.00", carryOut: "0.00" } },
    ];
    const filled = only((await readOne("final.07", CASES[0], final07Recognizer, data)).found).table as SubjectTable;
    expect(filled.emptyDisclosed).toBe(false);
    expect(filled.rows[1].values.income.value?.toFixed(2)).toBe("12.00");
  });
});

describe("科目代码 typed as numbers", () => {
  it("表3 reads 208 / 20805 / 2080505 stored as numbers like their text form", async () => {
    const { snapshot, workbook } = await roundTrip((wb) => {
      const ws = wb.addWorksheet("支出");
      writeFinalTable("final.03", new SheetWriter(ws), EXAMPLE_FINAL_ACCOUNTS, { name: "plain" });
      ws.getColumn(1).eachCell((cell) => {
        if (typeof cell.value === "string" && /^\d+$/.test(cell.value)) cell.value = Number.parseInt(cell.value, 10);
      });
    });
    expect(typeof workbook.getWorksheet("支出")!.getCell("A6").value).toBe("number");
    const t = only(final03Recognizer.recognize(new Grid(snapshot.sheets[0]))).table as SubjectTable;
    expectSubjectRows(t, EXAMPLE_FINAL_ACCOUNTS.t03, FAMILIES[1].keys, { variant: { name: "plain" }, sheet: "支出" }, workbook.getWorksheet("支出")!);
  });
});
