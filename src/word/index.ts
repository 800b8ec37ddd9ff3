/** Word rendering of the 绩效自评报告 (GB/T 9704 layout). */
export { renderReportDocx, reportDocument, columnWidths } from "./render";
export { reportFileName } from "../core/report/identity";
export { GBT9704_STYLES, PAGE, TEXT_WIDTH, FONTS, SIZES, STYLE, GRID } from "./styles";
