import type { Recognizer } from "../recognizer";
import type { Figure } from "../../values/figure";
import { blocksOf, finish, firstRow, headerColumns, isColumnNumberRow, keyedColumns, MoneyReader, rowHas, type Block, type HeaderColumn } from "./helpers";

/** 表9 column keys; a 小计 under 公务用车购置及运行维护费 is the vehicle subtotal, any other 小计/合计 the total. */
export function final09Column(h: HeaderColumn): string | null {
  const l = h.leaf;
  if (/因公出国/.test(l)) return "abroad";
  if (/公务接待/.test(l)) return "reception";
  if (/会议费/.test(l)) return "meeting";
  if (/培训费/.test(l)) return "training";
  if (/购置/.test(l) && /运行/.test(l)) return "vehicleTotal";
  if (/购置/.test(l)) return "vehiclePurchase";
  if (/运行/.test(l)) return "vehicleOperation";
  if (/^(小计|合计)$|合计$/.test(l)) return h.path.slice(0, -1).some((p) => /公务用车/.test(p)) ? "vehicleTotal" : "total";
  return null;
}

const ROW_LABEL = /预算|决算/;

function read09(block: Block) {
  const g = block.grid;
  const scanEnd = Math.min(block.limit, block.titleRow + 10);
  const headerTop = firstRow(block.titleRow + 1, scanEnd, (r) => rowHas(g, r, (l) => /因公出国|公务接待/.test(l)));
  if (headerTop === undefined) return null;
  const headerRows: number[] = [];
  let labelCol: number | undefined;
  let dataStart: number | undefined;
  for (let r = headerTop; r < Math.min(block.limit, headerTop + 5); r++) {
    if (r > headerTop) {
      for (let c = g.left; c < g.right && labelCol === undefined; c++) if (ROW_LABEL.test(g.label(r, c))) labelCol = c;
      if (labelCol !== undefined) {
        dataStart = r;
        break;
      }
      if (isColumnNumberRow(g, r, g.left, g.right)) continue;
    }
    headerRows.push(r);
  }
  if (dataStart === undefined || labelCol === undefined) return null;
  const columns = keyedColumns(
    headerColumns(g, headerRows, labelCol + 1, g.right),
    final09Column,
    g,
    headerTop,
  );
  if (columns.length === 0) return null;

  const money = new MoneyReader(block);
  const budget: Record<string, Figure> = {};
  const actual: Record<string, Figure> = {};
  let last = dataStart;
  for (let r = dataStart; r < Math.min(block.limit, dataStart + 6); r++) {
    const l = g.label(r, labelCol);
    const target = /预算/.test(l) ? budget : /决算/.test(l) ? actual : null;
    if (!target || Object.keys(target).length) continue;
    for (const c of columns) target[c.key] = money.at(r, c.col);
    last = r;
  }
  return finish(
    block,
    last,
    { kind: "final.09", columns: columns.map(({ key, label, cell }) => ({ key, label, cell })), budget, actual },
    money.problems,
  );
}

/** 公开09表 财政拨款“三公”经费及会议费、培训费支出决算表: a 预算数 row and a 决算数 row. */
export const final09Recognizer: Recognizer = {
  family: "公开09表 财政拨款“三公”经费及会议费、培训费支出决算表",
  recognize(grid) {
    return blocksOf(grid, "final.09").flatMap((b) => read09(b) ?? []);
  },
};
