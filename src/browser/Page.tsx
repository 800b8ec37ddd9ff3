import * as React from "react";
import { Button, Link, Text } from "@fluentui/react-components";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { App } from "../taskpane/App";
import type { Strings } from "../ui/strings";
import { CellPreview } from "./CellPreview";
import { XLSX_TYPE, offerDownload } from "../ui/download";
import { FileBar } from "./FileBar";
import { BrowserWorkbookPort } from "./port";

/** The standalone page: the task pane's UI over a file opened in the browser, plus the annotated download. */
export function Page(props: { t: Strings }) {
  const { t } = props;
  const port = React.useMemo(() => new BrowserWorkbookPort(), []);
  const [fileName, setFileName] = React.useState("");
  const [error, setError] = React.useState("");
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot | null>(null);
  const [selected, setSelected] = React.useState<{ sheet: string; cell: string } | null>(null);
  const [download, setDownload] = React.useState<{ name: string; url: string } | null>(null);
  // Remounting the pane on a new file drops the previous file's results.
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => port.onSelect((sheet, cell) => setSelected({ sheet, cell })), [port]);

  const open = async (file: File) => {
    setError("");
    if (!/\.xlsx$/i.test(file.name)) {
      setError(t.notXlsx(file.name));
      return;
    }
    try {
      await port.open(file.name, await file.arrayBuffer());
      setFileName(file.name);
      setSnapshot(await port.read());
      setSelected(null);
      setDownload(null);
      setGeneration((g) => g + 1);
    } catch (e) {
      setError(t.unreadable(file.name, e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <App
      key={generation}
      port={port}
      t={t}
      slots={{
        top: (
          <>
            <Text>{t.pageIntro}</Text>
            <FileBar t={t} fileName={fileName} onFile={open} />
            {error && (
              <div role="alert" data-testid="open-error">
                {error}
              </div>
            )}
          </>
        ),
        canCheck: fileName !== "",
        actions: ({ result, notify }) => (
          <>
            <Button
              disabled={!result}
              onClick={async () => {
                if (!result) return;
                const copy = await port.annotatedCopy(result.findings);
                if (download) URL.revokeObjectURL(download.url);
                setDownload({ name: copy.name, url: offerDownload(copy.name, copy.data, XLSX_TYPE) });
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
        aside: <CellPreview t={t} snapshot={snapshot} at={selected} />,
      }}
    />
  );
}
