import { ExcelWorkbookPort } from "../../src/excel/port";
import { markNotice, selectFailureNotice } from "../../src/ui/host-notices";
import { watchWorkbookChanges } from "../../src/ui/stale";
import { stringsFor } from "../../src/ui/strings";
import { FakeExcel, fakeSheet } from "../excel/fake-excel";

const t = stringsFor("zh-CN");
const settle = () => new Promise((r) => setTimeout(r, 0));

function excelWith(api = "1.17") {
  const excel = new FakeExcel({ sheets: [fakeSheet("收支总表", [["本年收入合计", 1300.5]]), fakeSheet("备查", [["x"]], { visibility: "Hidden" })], settings: {} });
  excel.install({ excelApi: api });
  return excel;
}

describe("已修改，请重新检查", () => {
  test("an edit after the check flags the results as stale; stopping (unmount) stops it", async () => {
    const excel = excelWith();
    let stale = false;
    const stop = watchWorkbookChanges(new ExcelWorkbookPort(), () => (stale = true));
    await settle();
    expect(stale).toBe(false);
    await excel.edit("收支总表", "B1", 1300.6);
    expect(stale).toBe(true);
    expect(t.stale).toBe("已修改，请重新检查");
    stop();
    await settle();
    expect(excel.changeListeners).toBe(0);
  });

  test("stopped before the subscription settled: the handler is removed as soon as it is registered", async () => {
    const excel = excelWith();
    let calls = 0;
    watchWorkbookChanges(new ExcelWorkbookPort(), () => calls++)();
    await settle();
    await settle();
    await excel.edit("收支总表", "B1", 1);
    expect(calls).toBe(0);
    expect(excel.changeListeners).toBe(0);
  });

  test("a host without a change signal (the offline page, Excel before 1.7) never flags anything", async () => {
    const excel = excelWith("1.6");
    let calls = 0;
    const stop = watchWorkbookChanges(new ExcelWorkbookPort(), () => calls++);
    await settle();
    await excel.edit("收支总表", "B1", 1);
    expect(calls).toBe(0);
    stop();
  });
});

describe("what the task pane says about marking and navigation", () => {
  test("marks unsupported (Excel 2016) is an info, not 已标记 0", () => {
    expect(markNotice(t, { marked: 0, protectedSheets: [], unsupported: true })).toEqual({ intent: "info", text: t.marksUnsupported });
    expect(markNotice(t, { marked: 3, protectedSheets: [] }).text).toContain("标记 3 个单元格");
  });

  test("a hidden or missing sheet gets a clear Chinese message from the real port", async () => {
    excelWith();
    const port = new ExcelWorkbookPort();
    const hidden = await port.select([{ sheet: "备查", cell: "A1" }]).catch((e: unknown) => selectFailureNotice(t, e));
    expect(hidden).toEqual({ intent: "warning", text: "工作表“备查”已隐藏，无法定位：请先右键工作表标签选择“取消隐藏”，再点击定位。" });
    const missing = await port.select([{ sheet: "表9", cell: "A1" }]).catch((e: unknown) => selectFailureNotice(t, e));
    expect(missing).toEqual({ intent: "warning", text: "工作表“表9”已不存在（可能已删除或改名），无法定位，请重新检查。" });
    expect(selectFailureNotice(t, new Error("GeneralException"))).toEqual({ intent: "error", text: "检查未能完成：GeneralException" });
  });
});
