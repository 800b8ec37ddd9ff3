import * as React from "react";
import { Badge, Button, Field, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import { cellsOf } from "../../ui/finding";
import { ruleDocUrl } from "../../ui/check";
import type { Suppression } from "../../ui/settings";
import type { Strings } from "../../ui/strings";
import { SEVERITY_COLOR } from "./Summary";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  reason: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One finding: title, the reviewer's note, expected vs actual, links to its cells and its rule, and 忽略. */
export function FindingItem(props: {
  finding: Finding;
  suppression?: Suppression;
  t: Strings;
  onSelect: (sheet: string, cell: string) => void;
  onSuppress: (reason: string) => void;
  onUnsuppress: () => void;
}) {
  const { finding: f, suppression, t } = props;
  const styles = useStyles();
  const [asking, setAsking] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const [invalid, setInvalid] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    if (asking) input.current?.focus();
  }, [asking]);

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
    [t.tolerance, f.tolerance],
  ];
  return (
    <li className={styles.item} data-testid="finding" data-rule={f.rule} data-suppressed={suppression ? "true" : "false"}>
      <div className={styles.head}>
        <Badge className={styles.badge} appearance="filled" color={SEVERITY_COLOR[f.severity]}>
          {t.severity[f.severity]}
        </Badge>
        <Text weight="semibold" data-testid="finding-title">
          {f.title}
        </Text>
      </div>
      {f.message && <Text>{f.message}</Text>}
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
        {cellsOf(f).map((c) => (
          <Link key={`${c.sheet}!${c.cell}`} as="button" data-testid="goto" onClick={() => props.onSelect(c.sheet, c.cell)}>
            {t.goTo(`${c.sheet}!${c.cell}`)}
          </Link>
        ))}
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
