import * as React from "react";
import { Badge, Button, Field, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import type { CellRef } from "../../core/values/figure";
import { cellsOf } from "../../ui/finding";
import { ruleDocUrl } from "../../ui/check";
import type { Suppression } from "../../ui/settings";
import type { Strings } from "../../ui/strings";
import { SEVERITY_COLOR } from "./Summary";

/** A finding's row in a list, plain and selected (the page's report findings are drawn the same way). */
export const ITEM_STYLES = {
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: "3px solid transparent",
    scrollMarginTop: "8px",
  },
  selected: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground1Selected },
  head: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
} as const;

const useStyles = makeStyles({
  ...ITEM_STYLES,
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  cellList: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  reason: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * One finding: what is wrong in a sentence with its figures, one 定位 for all its cells (the list of cells
 * folded under "涉及 n 个单元格"), the rule's explanation, and 忽略 with a reason.
 */
export function FindingItem(props: {
  finding: Finding;
  /** Where the finding is ("公开01表"), shown before its title. */
  place: string;
  suppression?: Suppression;
  selected: boolean;
  t: Strings;
  /** Shows all the finding's cells; `focus` is the one to bring into view (default: the primary cell). */
  onLocate: (focus?: CellRef) => void;
  onSuppress: (reason: string) => void;
  onUnsuppress: () => void;
  /** The sheet view, drawn under the finding when the layout is too narrow for a side panel. */
  children?: React.ReactNode;
}) {
  const { finding: f, suppression, t } = props;
  const styles = useStyles();
  const [asking, setAsking] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const [invalid, setInvalid] = React.useState(false);
  const [listOpen, setListOpen] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const self = React.useRef<HTMLLIElement>(null);
  React.useEffect(() => {
    if (asking) input.current?.focus();
  }, [asking]);
  // The selected finding (by click, 上一处/下一处 or J/K) is kept in view in the list.
  React.useEffect(() => {
    if (props.selected) self.current?.scrollIntoView?.({ block: "nearest" });
  }, [props.selected]);

  const confirm = () => {
    const text = reason.trim();
    if (!text) {
      setInvalid(true);
      return;
    }
    setAsking(false);
    setReason("");
    setInvalid(false);
    props.onSuppress(text);
  };
  const figures: [string, string | null][] = [
    [t.expected, f.expected],
    [t.actual, f.actual],
    [t.difference, f.difference],
  ];
  const cells = cellsOf(f);
  return (
    <li
      ref={self}
      className={props.selected ? `${styles.item} ${styles.selected}` : styles.item}
      data-testid="finding"
      data-rule={f.rule}
      data-severity={f.severity}
      data-selected={props.selected ? "true" : "false"}
      data-suppressed={suppression ? "true" : "false"}
    >
      <div className={styles.head}>
        <Badge className={styles.badge} appearance="filled" color={SEVERITY_COLOR[f.severity]}>
          {t.severity[f.severity]}
        </Badge>
        <Text weight="semibold" data-testid="finding-title">
          {f.title}
        </Text>
      </div>
      <Text size={200} className={styles.muted}>
        {props.place}
      </Text>
      {f.message && <Text data-testid="finding-message">{f.message}</Text>}
      {figures.some(([, v]) => v !== null) && (
        <div className={styles.figures} data-testid="figures">
          {figures
            .filter(([, v]) => v !== null)
            .map(([label, v]) => (
              <Text key={label}>
                <span className={styles.muted}>{label}</span> {v}
              </Text>
            ))}
        </div>
      )}
      {suppression && (
        <Text className={styles.muted} data-testid="suppressed-reason">
          {t.suppressed} · {t.suppressedReason(suppression.reason)}
        </Text>
      )}
      <div className={styles.actions}>
        {cells.length > 0 && (
          <Button size="small" appearance={props.selected ? "primary" : "secondary"} data-testid="locate" onClick={() => props.onLocate()}>
            {t.locate}
          </Button>
        )}
        {cells.length > 1 && (
          <Link as="button" aria-expanded={listOpen} data-testid="involved-toggle" onClick={() => setListOpen((o) => !o)}>
            {t.involvedCells(cells.length)} {listOpen ? "▾" : "▸"}
          </Link>
        )}
        {cells.length === 1 && <Text className={styles.muted}>{`${cells[0].sheet}!${cells[0].cell}`}</Text>}
        <Link href={ruleDocUrl(f.rule)} target="_blank" rel="noreferrer">
          {t.ruleDocs}
        </Link>
        {suppression ? (
          <Button size="small" onClick={props.onUnsuppress}>
            {t.unsuppress}
          </Button>
        ) : (
          !asking && (
            <Button size="small" onClick={() => setAsking(true)}>
              {t.suppress}
            </Button>
          )
        )}
      </div>
      {listOpen && (
        <ul className={styles.cellList} data-testid="involved-list">
          {cells.map((c) => (
            <li key={`${c.sheet}!${c.cell}`}>
              <Link as="button" data-testid="goto" onClick={() => props.onLocate(c)}>
                {`${c.sheet}!${c.cell}`}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {props.selected && props.children}
      {asking && (
        <div
          className={styles.reason}
          onKeyDown={(e) => {
            if (e.key === "Escape") setAsking(false);
          }}
        >
          <Field label={t.suppressReason} validationMessage={invalid ? t.suppressReasonRequired : undefined} style={{ flexGrow: 1 }}>
            <Input
              ref={input}
              value={reason}
              placeholder={t.suppressReasonPlaceholder}
              onChange={(_, d) => setReason(d.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") confirm();
              }}
            />
          </Field>
          <Button appearance="primary" size="small" onClick={confirm}>
            {t.confirm}
          </Button>
          <Button size="small" onClick={() => setAsking(false)}>
            {t.cancel}
          </Button>
        </div>
      )}
    </li>
  );
}
