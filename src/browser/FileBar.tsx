import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../ui/strings";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

/** What each picker offers: the workbook (with its report, picked together), and the report alone. */
const WORKBOOK_TYPES = ".xlsx,.xls,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel";
const REPORT_TYPES = ".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword";

/**
 * File pickers and drop zone: the workbook and its 自评报告 may come together (both picked, or dropped at once)
 * or one after the other. The files are read in the page, never sent anywhere.
 */
export function FileBar(props: { t: Strings; fileName: string; reportLine: string; onFiles: (files: File[]) => void }) {
  const { t } = props;
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const reportInput = React.useRef<HTMLInputElement>(null);
  const picked = (e: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    if (files.length) props.onFiles(files);
    e.target.value = "";
  };
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...e.dataTransfer.files];
        if (files.length) props.onFiles(files);
      }}
    >
      {/* .xls and .doc are listed so an old-format file can be picked and told what to do, rather than be invisible. */}
      <input ref={input} type="file" accept={WORKBOOK_TYPES} multiple hidden data-testid="file-input" onChange={picked} />
      <input ref={reportInput} type="file" accept={REPORT_TYPES} hidden data-testid="report-input" onChange={picked} />
      <Button onClick={() => input.current?.click()}>{t.openFile}</Button>
      <Button onClick={() => reportInput.current?.click()} data-testid="open-report">
        {t.openReport}
      </Button>
      <Text>{props.fileName ? t.opened(props.fileName) : t.dropHere}</Text>
      {props.reportLine && <Text data-testid="report-opened">{props.reportLine}</Text>}
    </div>
  );
}
