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

/** File picker and drop zone: the file is read in the page, never sent anywhere. */
export function FileBar(props: { t: Strings; fileName: string; onFile: (file: File) => void }) {
  const { t } = props;
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
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
        const file = e.dataTransfer.files[0];
        if (file) props.onFile(file);
      }}
    >
      {/* .xls is listed so an old-format file can be picked and told what to do, rather than be invisible. */}
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onFile(file);
          e.target.value = "";
        }}
      />
      <Button onClick={() => input.current?.click()}>{t.openFile}</Button>
      <Text>{props.fileName ? t.opened(props.fileName) : t.dropHere}</Text>
    </div>
  );
}
