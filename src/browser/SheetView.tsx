import * as React from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { cellsOf } from "../ui/finding";
import type { Strings } from "../ui/strings";
import type { SheetViewRequest } from "../taskpane/App";
import { parseA1 } from "../core/sheet/a1";
import { HEAD_H, ROW_H, SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

/**
 * The selected finding on its sheet: one tab per sheet it involves (a cross-table finding spans two), the
 * total in red and its parts in orange. Picking a cell from the finding's list opens that cell's sheet.
 */
export function SheetView(props: { t: Strings; snapshot: WorkbookSnapshot; request: SheetViewRequest; height: number | string | "fit" }) {
  const { t, snapshot, request } = props;
  const styles = useStyles();
  const cells = cellsOf(request.finding);
  const sheets = [...new Set(cells.map((c) => c.sheet))];
  const [shown, setShown] = React.useState(request.focus.sheet);
  const self = React.useRef<HTMLElement>(null);
  React.useEffect(() => {
    setShown(request.focus.sheet);
  }, [request]);
  // Under a finding in a narrow page the view may start below the fold: bring it up (a no-op when visible).
  // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect must return no value.
  React.useEffect(() => {
    self.current?.scrollIntoView?.({ block: "nearest" });
  }, [request]);
  const sheet = snapshot.sheets.find((s) => s.name === shown);
  const primary = cells[0];
  const involved = React.useMemo(
    () => cells.filter((c) => c.sheet === shown).map((c) => ({ cell: c.cell, role: c === primary ? ("primary" as const) : ("part" as const) })),
    // The finding and the sheet decide what is outlined.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [request.finding, shown],
  );
  return (
    <section ref={self} className={styles.root} aria-live="polite" data-testid="sheet-view">
      {sheets.length > 1 ? (
        <TabList size="small" selectedValue={shown} onTabSelect={(_, d) => setShown(String(d.value))}>
          {sheets.map((s) => (
            <Tab key={s} value={s}>
              {t.viewTitle(s)}
            </Tab>
          ))}
        </TabList>
      ) : (
        <Text weight="semibold">{t.viewTitle(shown)}</Text>
      )}
      <div className={styles.legend}>
        <Text size={200}>{t.viewCells(involved.length)}</Text>
        <Text size={200}>{t.viewPrimary}</Text>
        <Text size={200}>{t.viewPart}</Text>
      </div>
      {sheet && (
        <SheetGrid
          sheet={sheet}
          involved={involved}
          focus={request.focus.sheet === shown ? request.focus.cell : involved[0]?.cell ?? null}
          height={props.height === "fit" ? fitHeight(involved.map((i) => i.cell)) : props.height}
          label={t.viewTitle(shown)}
        />
      )}
    </section>
  );
}

/**
 * Under a finding (narrow page): tall enough for the finding's rows with a little context (and the horizontal
 * scroll bar), so a total and its parts are seen together — a 表1 total and its lines span 30 rows — but short
 * enough that the sheet tabs and legend above it stay on the screen with it.
 */
const ABOVE_GRID = 100;
function fitHeight(cells: string[]): number {
  const rows = cells.map((c) => parseA1(c)?.row).filter((r): r is number => r !== undefined);
  const span = rows.length === 0 ? 0 : Math.max(...rows) - Math.min(...rows) + 1;
  const wanted = HEAD_H + (span + 3) * ROW_H;
  return Math.max(240, Math.min(wanted, window.innerHeight - ABOVE_GRID));
}
