import { unitNameOf, yearOf } from "../../report/identity";
import type { NarrativeContext, NarrativeRule, ReadParagraph } from "../context";
import type { CellRef } from "../../values/figure";

/** The title as read: the first paragraphs up to the one naming the report ("…整体支出绩效自评报告"). */
function titleParagraphs(paragraphs: readonly ReadParagraph[]): ReadParagraph[] {
  const end = paragraphs.slice(0, 4).findIndex((p) => /报告\s*$/.test(p.paragraph.text));
  return end < 0 ? [] : paragraphs.slice(0, end + 1);
}

const compact = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** A unit's own name may carry or drop a region prefix ("澧县医疗保障局" / "湖南省澧县医疗保障局"): either contains the other. */
function sameUnit(stated: string, unit: string): boolean {
  const [a, b] = [compact(stated), compact(unit)];
  return a.includes(b) || b.includes(a);
}

/** Words that end a unit's name. */
const UNIT_END = "(?:局|委员会|中心|办公室|院|所|站|馆|队|厅|处|委|办|会|部)";
/** "…，示例县医疗保障局对2024年度部门整体支出开展了绩效自评". */
const EVALUATED = new RegExp(`([^，。；：、“”\\s]{2,40}?${UNIT_END})?(?:对|关于)?(\\d{4})\\s*年度?(?:部门|单位)?整体支出(?:绩效)?`, "g");
/** The signature under the body: a line that is only a unit's name. */
const SIGNATURE = new RegExp(`^[^，。；：、\\d]{2,40}${UNIT_END}$`);

/**
 * The report names the unit and the year the package is about: the title, the sentence saying what was
 * evaluated, the signature. A report copied from last year's or another unit's keeps the old name or year.
 */
const rule: NarrativeRule = {
  id: "narrative.identity",
  title: "报告中的单位名称或年度与表格不符",
  severity: "error",
  identity: "报告标题、开头和署名中的单位名称、评价年度 = 表格（封面、自评表、决算表）中的单位名称与年度",
  docs:
    "报告标题（如“2024年度示例县医疗保障局整体支出绩效自评报告”）、“××对××年度部门整体支出开展绩效自评”一句和正文后的署名，" +
    "所写的单位名称和年度应与表格一致（单位名称以封面、自评表、基础数据表、决算表的顺序取第一个写明的）。套用往年或其他单位报告时常见此错。",
  tables: ["cover", "selfeval.overall", "basedata", "final.01"],
  check(ctx) {
    const unit = unitNameOf(ctx.model);
    const year = yearOf(ctx.model);
    const title = titleParagraphs(ctx.paragraphs);
    const checkYear = (p: ReadParagraph, stated: string, where: string) => {
      if (year && stated !== year.text) report(ctx, p, `${where}的年度“${stated}年度”与表格的“${year.text}年度”不符`, year.sources, year.text, stated);
    };
    const checkUnit = (p: ReadParagraph, stated: string, where: string) => {
      if (unit && stated && !sameUnit(stated, unit.text)) report(ctx, p, `${where}的单位名称“${stated}”与表格的“${unit.text}”不符`, unit.sources, unit.text, stated);
    };
    if (title.length) {
      const text = compact(title.map((p) => p.paragraph.text).join(""));
      const m = /^(?:(\d{4})年度?)?(.*?)(?:部门)?整体支出(?:绩效)?(?:自评|评价)?报告$/.exec(text);
      if (m) {
        const p = title[0];
        const where = `标题（第${p.paragraph.number}段）`;
        if (m[1]) checkYear(p, m[1], where);
        checkUnit(p, m[2].replace(/^\d{4}年度?/, ""), where);
      }
    }
    for (const p of ctx.paragraphs.slice(title.length)) {
      for (const m of p.paragraph.text.matchAll(EVALUATED)) {
        checkYear(p, m[2], `第${p.paragraph.number}段`);
        if (m[1]) checkUnit(p, m[1], `第${p.paragraph.number}段`);
      }
    }
    // The signature: the last paragraph naming only a unit, within the closing lines.
    const signature = ctx.paragraphs.slice(-4).filter((p) => SIGNATURE.test(compact(p.paragraph.text))).pop();
    if (signature) checkUnit(signature, compact(signature.paragraph.text), `署名（第${signature.paragraph.number}段）`);
  },
};

function report(ctx: NarrativeContext, p: ReadParagraph, message: string, sources: CellRef[], expected: string, actual: string): void {
  ctx.report({ paragraph: p.paragraph, message, related: sources, expected, actual });
}

export default rule;
