import { buildPackageSnapshot } from "../../fixtures/build-package";
import { readPackage, tableName } from "../../../src/core/locate/read-package";
import { PackageModelSchema } from "../../../src/core/model/package";
import type { TableKind } from "../../../src/core/model/common";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/sheet/snapshot";
import { seededRandom, pick } from "../../support/random";

/**
 * Robustness: 1,000 random mutations of the example package — cells blanked, text typed into number cells,
 * rows inserted or deleted, merges removed, sheets renamed — never throw, and every run either recognises
 * each table family or says it is missing. The model always validates against its schema.
 */

type Mutation = (wb: WorkbookSnapshot, rnd: () => number) => string;

function randomCell(sheet: SheetSnapshot, rnd: () => number) {
  const r = Math.floor(rnd() * sheet.values.length);
  const row = sheet.values[r] ?? [];
  return { r, c: Math.floor(rnd() * Math.max(1, row.length)) };
}

const MUTATIONS: Record<string, Mutation> = {
  blankCell: (wb, rnd) => {
    const s = pick(rnd, wb.sheets);
    const { r, c } = randomCell(s, rnd);
    if (s.values[r]) s.values[r][c] = null;
    return `blank ${s.name} r${r}c${c}`;
  },
  textIntoNumber: (wb, rnd) => {
    const s = pick(rnd, wb.sheets);
    for (let tries = 0; tries < 20; tries++) {
      const { r, c } = randomCell(s, rnd);
      if (typeof s.values[r]?.[c] === "number") {
        s.values[r][c] = pick(rnd, ["12..5", "#REF!", "见附表", "—", "１２３．４", "(5.00)", "#DIV/0!"]);
        return `text ${s.name} r${r}c${c}`;
      }
    }
    return "text (none)";
  },
  insertRow: (wb, rnd) => {
    const s = pick(rnd, wb.sheets);
    const at = Math.floor(rnd() * (s.values.length + 1));
    const width = s.values[0]?.length ?? 1;
    s.values.splice(at, 0, new Array(width).fill(null).map(() => (rnd() < 0.3 ? "插入行" : null)));
    s.numberFormats.splice(at, 0, new Array(width).fill("General"));
    for (const m of s.merges) {
      if (m.top >= at) m.top++;
      if (m.bottom >= at) m.bottom++;
    }
    return `insert ${s.name} @${at}`;
  },
  deleteRow: (wb, rnd) => {
    const s = pick(rnd, wb.sheets);
    if (!s.values.length) return "delete (empty)";
    const at = Math.floor(rnd() * s.values.length);
    s.values.splice(at, 1);
    s.numberFormats.splice(at, 1);
    s.merges = s.merges
      .filter((m) => !(m.top === at && m.bottom === at))
      .map((m) => ({ ...m, top: m.top > at ? m.top - 1 : m.top, bottom: m.bottom >= at ? m.bottom - 1 : m.bottom }))
      .filter((m) => m.bottom >= m.top);
    return `delete ${s.name} @${at}`;
  },
  removeMerge: (wb, rnd) => {
    const s = pick(rnd, wb.sheets);
    if (s.merges.length) s.merges.splice(Math.floor(rnd() * s.merges.length), 1);
    return `unmerge ${s.name}`;
  },
  renameSheet: (wb, rnd) => {
    const s = pick(rnd, wb.sheets);
    s.name = pick(rnd, ["Sheet1", "Sheet3", "表", "新建工作表", "收支总表", "  "]) + Math.floor(rnd() * 100);
    return `rename ${s.name}`;
  },
  clearSheet: (wb, rnd) => {
    const s = pick(rnd, wb.sheets);
    s.values = [];
    s.numberFormats = [];
    s.merges = [];
    return `clear ${s.name}`;
  },
};

const FAMILIES: TableKind[] = ["final.01", "final.02", "final.03", "final.04", "final.05", "final.06", "final.07", "final.08", "final.09", "selfeval.overall", "selfeval.project"];

describe("1,000 random mutations of the example package", () => {
  it("never throw; each family is recognised, reported missing or reported unread; the model validates", async () => {
    const pristine = await buildPackageSnapshot();
    const names = Object.keys(MUTATIONS);
    for (let run = 0; run < 1000; run++) {
      const rnd = seededRandom(run + 1);
      const wb: WorkbookSnapshot = structuredClone(pristine);
      const applied: string[] = [];
      const count = 1 + Math.floor(rnd() * 4);
      for (let i = 0; i < count; i++) applied.push(MUTATIONS[pick(rnd, names)](wb, rnd));

      let model;
      try {
        model = readPackage(wb);
      } catch (e) {
        throw new Error(`run ${run} (${applied.join("; ")}) threw: ${e}`);
      }
      const failed = model.problems.find((p) => p.message.includes("识别时出错"));
      if (failed) throw new Error(`run ${run} (${applied.join("; ")}): ${failed.message}`);
      const checked = PackageModelSchema.safeParse(model);
      if (!checked.success) throw new Error(`run ${run} (${applied.join("; ")}): model breaks its schema: ${checked.error.issues[0]?.message}`);
      for (const kind of FAMILIES) {
        const found = model.tables.some((t) => t.kind === kind);
        // Missing, or (its title still there over a header the mutation broke) a layout not understood.
        const reported = model.problems.some(
          (p) => (p.code === "missing-table" && p.message === `未找到${tableName(kind)}`) || (p.code === "unrecognised-layout" && p.message.includes(`识别到${tableName(kind)}`)),
        );
        if (!found && !reported) throw new Error(`run ${run} (${applied.join("; ")}): ${kind} neither found nor reported missing`);
      }
    }
  });
});
