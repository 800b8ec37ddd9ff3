import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Summary } from "../../src/taskpane/components/Summary";
import { stringsFor } from "../../src/ui/strings";
import { emptyPackage } from "../../src/core/model/package";

/** 识别情况 (shared by the task pane and the offline page): each table's read coverage, unread cells listed and collapsible. */
describe("Summary: read coverage per recognised table", () => {
  const model = emptyPackage("材料.xlsx");
  model.tables = [
    { kind: "final.01", sheet: "公开01表", range: "A1:F34", title: "收入支出决算总表" },
    { kind: "final.03", sheet: "支出决算", range: "A1:I24", title: "支出决算表" },
  ];
  model.coverage = [
    { kind: "final.01", sheet: "公开01表", range: "A1:F34", title: "收入支出决算总表", read: 15, total: 15, unread: [], unreadColumns: [] },
    {
      kind: "final.03",
      sheet: "支出决算",
      range: "A1:I24",
      title: "支出决算表",
      read: 62,
      total: 63,
      unread: [{ cell: "I9", raw: "1.5", row: "2080505 机关事业单位基本养老保险缴费支出", column: "其他支出" }],
      unreadColumns: [{ column: "其他支出", cells: ["I9"] }],
    },
  ];
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <Summary model={model} findings={[]} t={stringsFor("zh-CN")} />
    </FluentProvider>,
  );
  const text = html.replace(/<[^>]+>/g, "");

  it("shows the coverage figure of every table", () => {
    expect(text).toContain("读取 15/15 个数字单元格（100%）");
    expect(text).toContain("读取 62/63 个数字单元格（98%）");
  });

  it("lists the unread cells with their labels inside a collapsible block, only where there are any", () => {
    expect(html.match(/data-testid="unread"/g)).toHaveLength(1);
    expect(html).toMatch(/<details[^>]*data-testid="unread"/);
    expect(text).toContain("1 个数字单元格未识别，未参与检查");
    expect(text).toContain("I9（行：2080505 机关事业单位基本养老保险缴费支出；列：其他支出）");
  });
});
