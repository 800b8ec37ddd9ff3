import * as React from "react";
import { Button, Link, Text } from "@fluentui/react-components";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { App, type SheetViewRequest } from "../taskpane/App";
import type { KeyValueStore } from "../ui/remembered";
import type { Strings } from "../ui/strings";
import { XLSX_TYPE, offerDownload } from "../ui/download";
import { FileBar } from "./FileBar";
import { SheetView } from "./SheetView";
import { BrowserWorkbookPort } from "./port";
import { downloadAnnotated, openPicked } from "./page-actions";
import { ReportSection, type OpenedReport } from "./ReportSection";

/** The report reader and the narrative check come with the first opened report (jszip, the narrative rules). */
const loadReportCheck = () => import(/* webpackChunkName: "report-check" */ "./report-check");

const isReport = (name: string) => /\.docx?$/i.test(name);

/** The browser's own storage for remembered ignore decisions; none when the browser refuses it (private mode). */
function browserMemory(): KeyValueStore | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The standalone page: the task pane's UI over a file opened in the browser, its sheet view and the annotated download. */
export function Page(props: { t: Strings }) {
  const { t } = props;
  const port = React.useMemo(() => new BrowserWorkbookPort(), []);
  const memory = React.useMemo(browserMemory, []);
  const [fileName, setFileName] = React.useState("");
  const [error, setError] = React.useState("");
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot | null>(null);
  // The 自评报告 opened with the workbook (or before or after it): kept across workbooks, checked against each.
  const [report, setReport] = React.useState<OpenedReport | null>(null);
  // The name of the report being read (a report that cannot be read leaves the one opened before).
  const [reading, setReading] = React.useState("");
  const [download, setDownload] = React.useState<{ name: string; url: string } | null>(null);
  // Remounting the pane on a new file drops the previous file's results (and checks the new one).
  const [generation, setGeneration] = React.useState(0);

  // The file's content decides, by the command line's pre-check (a .docx renamed .xlsx, an encrypted file,
  // an old .xls, a zip bomb): its name alone neither admits nor refuses it.
  const open = async (file: File) => {
    setError("");
    const opened = await openPicked(port, file, t);
    if ("error" in opened) {
      setError(opened.error);
      return;
    }
    setFileName(file.name);
    setSnapshot(opened.snapshot);
    setDownload(null);
    setGeneration((g) => g + 1);
  };

  const openReport = async (file: File) => {
    setReading(file.name);
    try {
      const { readReportParagraphs, checkNarrative } = await loadReportCheck();
      const paragraphs = await readReportParagraphs(new Uint8Array(await file.arrayBuffer()));
      setReport({ name: file.name, paragraphs, check: checkNarrative });
    } catch (e) {
      // ReportReadError says in the user's words what the file is (a .doc, not a .docx…); no library text otherwise.
      const { ReportReadError } = await loadReportCheck();
      setError(e instanceof ReportReadError ? t.reportUnreadable(file.name, e.message) : t.reportOpenFailed(file.name));
    } finally {
      setReading("");
    }
  };

  /** Picked or dropped files: the first workbook is checked, and the first report read to check against it. */
  const openFiles = async (files: File[]) => {
    setError("");
    const doc = files.find((f) => isReport(f.name));
    const book = files.find((f) => !isReport(f.name));
    await Promise.all([doc && openReport(doc), book && open(book)]);
  };

  const reportLine = reading ? t.reportReading(reading) : report ? t.reportOpened(report.name, report.paragraphs.length) : "";

  const sheetView = (request: SheetViewRequest, placement: "side" | "inline") =>
    snapshot && <SheetView t={t} snapshot={snapshot} request={request} height={placement === "side" ? "calc(100vh - 96px)" : "fit"} />;

  return (
    <App
      key={generation}
      port={port}
      t={t}
      slots={{
        top: (
          <>
            <Text>{t.pageIntro}</Text>
            <FileBar t={t} fileName={fileName} reportLine={reportLine} onFiles={openFiles} />
            {report && !fileName && (
              <Text block data-testid="narrative-waiting">
                {t.narrativeWaiting}
              </Text>
            )}
            {error && (
              <div role="alert" data-testid="open-error">
                {error}
              </div>
            )}
          </>
        ),
        canCheck: fileName !== "",
        autoCheck: fileName !== "",
        memory,
        sheetView,
        extra: ({ result, locate, selected, view }) =>
          report && <ReportSection t={t} report={report} model={result.model} selected={selected} onLocate={(f) => locate(f)} view={view} />,
        actions: ({ result, notify }) => (
          <>
            <Button
              disabled={!result}
              onClick={async () => {
                if (!result) return;
                // The report's findings are listed in 检查结果 too (the table cells they name are not marked: the
                // tables are not what is wrong).
                const narrative = report ? report.check(report.paragraphs, result.model) : [];
                const copy = await downloadAnnotated(port, [...result.findings, ...narrative], (name, data) => offerDownload(name, data, XLSX_TYPE), t);
                if ("error" in copy) {
                  notify("error", copy.error);
                  return;
                }
                if (download) URL.revokeObjectURL(download.url);
                setDownload(copy);
                notify("success", t.downloadReady(copy.name));
              }}
            >
              {t.download}
            </Button>
            {download && (
              <Link href={download.url} download={download.name} data-testid="download-link">
                {t.downloadFallback}
              </Link>
            )}
          </>
        ),
      }}
    />
  );
}
