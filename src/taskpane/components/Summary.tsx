import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import type { PackageModel } from "../../core/model/package";
import { tableName } from "../../core/locate/read-package";
import { coverageFor } from "../../core/locate/coverage";
import type { Strings } from "../../ui/strings";

const useStyles = makeStyles({
  root: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  title: { cursor: "pointer", marginBottom: tokens.spacingVerticalS },
  inline: { display: "inline" },
  unread: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/**
 * 识别情况, folded by default: which tables were recognised where and how much of each was read, and what is
 * missing. The verdict and the findings come first; this is for when a number seems not to have been checked.
 */
export function Summary(props: { model: PackageModel; findings: Finding[]; t: Strings }) {
  const { model, t } = props;
  const styles = useStyles();
  const missing = model.problems.filter((p) => p.code === "missing-table");
  return (
    <details className={styles.root} aria-label={t.summary} data-testid="summary">
      <summary className={styles.title}>
        <Subtitle2 as="h2" className={styles.inline}>
          {t.recognition(model.tables.length, missing.length)}
        </Subtitle2>
      </summary>
      <div className={styles.body}>
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
      </div>
    </details>
  );
}
