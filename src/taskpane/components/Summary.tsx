import { Badge, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import type { PackageModel } from "../../core/model/package";
import { tableName } from "../../core/locate/read-package";
import { coverageFor } from "../../core/locate/coverage";
import type { Strings } from "../../ui/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  counts: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  unread: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Which tables were recognised where, what is missing, and how many findings of each severity. */
export function Summary(props: { model: PackageModel; findings: Finding[]; t: Strings }) {
  const { model, findings, t } = props;
  const styles = useStyles();
  const missing = model.problems.filter((p) => p.code === "missing-table");
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return (
    <section className={styles.root} aria-label={t.summary} data-testid="summary">
      <Subtitle2 as="h2">{t.summary}</Subtitle2>
      <div className={styles.counts} aria-label={t.counts}>
        {(["error", "warning", "info"] as const).map((s) => (
          <Badge key={s} appearance="tint" color={SEVERITY_COLOR[s]} data-testid={`count-${s}`}>
            {t.countOf(t.severity[s], count(s))}
          </Badge>
        ))}
      </div>
      <Text weight="semibold">{t.recognised}</Text>
      {model.tables.length === 0 ? (
        <Text>{t.recognisedNone}</Text>
      ) : (
        <ul className={styles.list} data-testid="recognised">
          {model.tables.map((loc) => {
            // How much of the table was read: numbers the recognisers did not understand are listed, never hidden.
            const coverage = coverageFor(model, loc);
            return (
              <li key={`${loc.kind}@${loc.sheet}!${loc.range}`}>
                <Text>
                  {tableName(loc.kind)}：“{loc.sheet}” {loc.range}
                </Text>
                {coverage && (
                  <Text size={200} data-testid="coverage">
                    {" "}
                    · {t.coverage(coverage.read, coverage.total)}
                  </Text>
                )}
                {coverage && coverage.unread.length > 0 && (
                  <details data-testid="unread">
                    <summary className={styles.unread}>{t.unreadCells(coverage.unread.length)}</summary>
                    <ul className={styles.list}>
                      {coverage.unread.map((u) => (
                        <li key={u.cell}>
                          <Text size={200}>{t.unreadCell(u.cell, u.row, u.column)}</Text>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {missing.length > 0 && (
        <>
          <Text weight="semibold">{t.missing}</Text>
          <ul className={styles.list} data-testid="missing">
            {missing.map((p) => (
              <li key={p.message}>
                <Text>{p.message}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
