import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../core/findings/finding";
import type { PackageModel } from "../core/model/package";
import type { ReportParagraph } from "../core/narrative";
import { cellsOf } from "../ui/finding";
import type { Strings } from "../ui/strings";
import { SEVERITY_COLOR } from "../taskpane/components/Summary";
import { ITEM_STYLES } from "../taskpane/components/FindingItem";

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  ...ITEM_STYLES,
  item: { ...ITEM_STYLES.item, cursor: "pointer" },
  quote: { color: tokens.colorNeutralForeground2, borderLeft: `2px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** How many characters of the paragraph are shown either side of the words the finding quotes. */
const AROUND = 30;

/**
 * The paragraph's words a reader needs to find it in Word: around the first words the message quotes from it
 * ("第12段“公务接待费3.25万元”与表格不符…", "第10段占比“占28.23%”有误…"), which may sit deep in a long
 * paragraph; else its opening.
 */
export function excerptOf(f: Finding): string {
  const text = f.paragraph?.text ?? "";
  const quoted = [...f.message.matchAll(/“([^“”]+)”/g)].map((m) => m[1]).find((q) => text.includes(q)) ?? "";
  const at = quoted ? text.indexOf(quoted) : -1;
  const [start, end] = at < 0 ? [0, 2 * AROUND] : [Math.max(0, at - AROUND), Math.min(text.length, at + quoted.length + AROUND)];
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

/** The report as read: its name, numbered paragraphs, and the check run over them (loaded with the first report). */
export interface OpenedReport {
  name: string;
  paragraphs: ReportParagraph[];
  check: (paragraphs: readonly ReportParagraph[], model: PackageModel) => Finding[];
}

/**
 * 自评报告正文: the report's figures against the checked tables. Each finding names its paragraph (number and
 * opening words) and the table cell it was held against; clicking it shows that cell in the sheet view.
 */
export function ReportSection(props: {
  t: Strings;
  report: OpenedReport;
  model: PackageModel;
  selected: Finding | null;
  onLocate: (finding: Finding) => void;
  /** The sheet view under the selected finding (narrow layouts). */
  view: React.ReactNode;
}) {
  const { t, report, model } = props;
  const styles = useStyles();
  const findings = React.useMemo(() => report.check(report.paragraphs, model), [report, model]);
  return (
    <section className={styles.root} aria-label={t.narrativeTitle} data-testid="narrative">
      <Text as="h2" weight="semibold" size={400}>
        {t.narrativeTitle}
      </Text>
      <Text size={200} className={styles.muted}>
        {report.name}
      </Text>
      <Text data-testid="narrative-summary">{t.narrativeSummary(findings.length, report.paragraphs.length)}</Text>
      <ul className={styles.list}>
        {findings.map((f, i) => {
          const cells = cellsOf(f);
          const selected = props.selected === f;
          return (
            <li
              key={`${f.rule}#${i}`}
              className={selected ? `${styles.item} ${styles.selected}` : styles.item}
              data-testid="narrative-finding"
              data-rule={f.rule}
              data-type={f.type}
              data-selected={selected ? "true" : "false"}
              onClick={() => props.onLocate(f)}
            >
              <div className={styles.head}>
                <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]}>
                  {t.severity[f.severity]}
                </Badge>
                <Text weight="semibold">{f.title}</Text>
              </div>
              {f.paragraph && (
                <Text className={styles.quote} data-testid="narrative-paragraph">
                  {`${t.narrativeParagraph(f.paragraph.number)}：“${excerptOf(f)}”`}
                </Text>
              )}
              <Text data-testid="narrative-message">{f.message}</Text>
              {(f.consequences ?? []).map((c, k) => (
                <Text key={k} size={200} data-testid="narrative-consequence">{`↳ ${c.message}`}</Text>
              ))}
              {cells.length > 0 ? (
                <div>
                  <Button
                    size="small"
                    appearance={selected ? "primary" : "secondary"}
                    data-testid="narrative-locate"
                    onClick={(e) => {
                      e.stopPropagation();
                      props.onLocate(f);
                    }}
                  >
                    {`${t.locate} ${cells[0].sheet}!${cells[0].cell}`}
                  </Button>
                </div>
              ) : (
                <Text size={200} className={styles.muted}>
                  {t.narrativeNoCell}
                </Text>
              )}
              {selected && props.view}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
