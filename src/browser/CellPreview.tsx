import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1, rawAt, type WorkbookSnapshot } from "../core/sheet";
import type { Strings } from "../ui/strings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXS },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", maxWidth: "14em", overflow: "hidden", whiteSpace: "nowrap" },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  target: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
});

/** The page's answer to "select the cell": the cell and its neighbours, the cell outlined. */
export function CellPreview(props: { t: Strings; snapshot: WorkbookSnapshot | null; at: { sheet: string; cell: string } | null }) {
  const styles = useStyles();
  const { at, snapshot, t } = props;
  if (!at) return null;
  const pos = parseA1(at.cell);
  const sheet = snapshot?.sheets.find((s) => s.name === at.sheet);
  const rows = pos ? [...Array(5)].map((_, i) => pos.row - 2 + i).filter((r) => r >= 0) : [];
  const cols = pos ? [...Array(5)].map((_, i) => pos.col - 2 + i).filter((c) => c >= 0) : [];
  return (
    <section aria-live="polite" data-testid="selected-cell">
      <Text weight="semibold">{t.selectedCell(`${at.sheet}!${at.cell}`)}</Text>
      {sheet && pos && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {cols.map((c) => (
                <th key={c} className={`${styles.cell} ${styles.head}`}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`}>{r + 1}</th>
                {cols.map((c) => {
                  const v = rawAt(sheet, r, c);
                  const target = r === pos.row && c === pos.col;
                  return (
                    <td key={c} className={target ? `${styles.cell} ${styles.target}` : styles.cell} data-target={target ? "true" : undefined}>
                      {v === null ? "" : String(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
