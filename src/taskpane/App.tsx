import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  Title3,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_OUTLINE, OUTLINES } from "../core/report/outlines";
import type { Finding, Severity } from "../core/findings/finding";
import type { CellRef } from "../core/values/figure";
import { checkWorkbook, type CheckResult } from "../ui/check";
import { DOCX_TYPE, offerDownload } from "../ui/download";
import { markNotice, selectFailureNotice } from "../ui/host-notices";
import { cellsOf, findingKey } from "../ui/finding";
import { marksFor } from "../ui/marks";
import { buildReportFile } from "../ui/report";
import type { WorkbookPort } from "../ui/port";
import { mergeSuppressions, packageKeyOf, recall, remember, type KeyValueStore } from "../ui/remembered";
import { defaultSettings, type Settings } from "../ui/settings";
import { watchWorkbookChanges } from "../ui/stale";
import type { Strings } from "../ui/strings";
import { Findings, SEVERITIES, listed } from "./components/Findings";
import { Summary } from "./components/Summary";
import { Verdict } from "./components/Verdict";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, maxWidth: "960px", boxSizing: "border-box" },
  wide: { maxWidth: "none" },
  header: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalM },
  toolbar: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  columns: { display: "grid", gridTemplateColumns: "minmax(360px, 5fr) 7fr", columnGap: tokens.spacingHorizontalL, alignItems: "start" },
  side: { position: "sticky", top: tokens.spacingVerticalS },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Phase = "idle" | "read" | "analyze" | "mark" | "done";
interface Notice {
  id: number;
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** What the sheet view is asked to show: the selected finding, and the cell to bring into view. */
export interface SheetViewRequest {
  finding: Finding;
  focus: CellRef;
}

/** What a host may add around the shared UI (the standalone page adds its file bar, download and sheet view). */
export interface HostSlots {
  /** Rendered above the toolbar. */
  top?: React.ReactNode;
  /** False while there is nothing to check (the page before a file is opened). */
  canCheck?: boolean;
  /** Check as soon as the pane is shown (the page: a file was just opened). */
  autoCheck?: boolean;
  /** Extra toolbar buttons, given the current result. */
  actions?: (state: { result: CheckResult | null; settings: Settings; notify: (intent: Notice["intent"], text: string) => void }) => React.ReactNode;
  /** The page's view of the sheet around the selected finding: beside the list when wide, under the finding when narrow. */
  sheetView?: (request: SheetViewRequest, placement: "side" | "inline") => React.ReactNode;
  /** Where ignore decisions are remembered per unit and year (the page: the browser's localStorage). */
  memory?: KeyValueStore;
  /**
   * Findings of the host's own under the list (the page: the 自评报告's text against the tables). They are not
   * the workbook's, so they are neither marked nor counted in the verdict; `locate` shows one's cells like a
   * finding of the list, and `view` is the sheet view to draw under the selected one in a narrow layout.
   */
  extra?: (state: { result: CheckResult; locate: (finding: Finding, focus?: CellRef) => void; selected: Finding | null; view: React.ReactNode }) => React.ReactNode;
}

let noticeId = 0;

/** Wide enough for the list and the sheet side by side. */
function useWide(query: string): boolean {
  const get = () => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  const [wide, setWide] = React.useState(get);
  React.useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const mq = window.matchMedia(query);
    const on = () => setWide(mq.matches);
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, [query]);
  return wide;
}

/** The task pane: the verdict, the findings by severity, 定位, 忽略, 清除标记, settings — over any WorkbookPort. */
export function App(props: { port: WorkbookPort; t: Strings; slots?: HostSlots }) {
  const { port, t, slots } = props;
  const styles = useStyles();
  const [phase, setPhase] = React.useState<Phase>("idle");
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [settings, setSettings] = React.useState<Settings>(defaultSettings());
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [report, setReport] = React.useState<{ name: string; url: string } | "building" | null>(null);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const [tab, setTab] = React.useState<Severity>("error");
  const [selected, setSelected] = React.useState<{ index: number; focus: CellRef } | null>(null);
  // A host finding shown instead (HostSlots.extra): only one of the two is ever set.
  const [extraSelected, setExtraSelected] = React.useState<SheetViewRequest | null>(null);
  const [marked, setMarked] = React.useState(0);
  const [clicked, setClicked] = React.useState<{ where: string; finding: Finding } | null>(null);
  const packageKey = React.useRef<string | null>(null);
  // Whether the workbook shows this check's marks (清除标记 removes them until the next check).
  const [marksShown, setMarksShown] = React.useState(false);
  const busy = phase === "read" || phase === "analyze" || phase === "mark";
  // The workbook was edited since the check: its results no longer describe it.
  const [stale, setStale] = React.useState(false);
  React.useEffect(() => watchWorkbookChanges(port, () => setStale(true)), [port]);
  const wide = useWide("(min-width: 960px)") && !!slots?.sheetView;

  const notify = React.useCallback((intent: Notice["intent"], text: string) => {
    setNotices((n) => [...n.filter((x) => x.text !== text), { id: ++noticeId, intent, text }]);
  }, []);
  const fail = React.useCallback((e: unknown) => notify("error", t.failed(e instanceof Error ? e.message : String(e))), [notify, t]);

  const suppressedKeys = (s: Settings) => new Set(s.suppressed.map((x) => x.key));

  const applyMarks = async (findings: Finding[], s: Settings) => {
    const keys = suppressedKeys(s);
    const r = await port.mark(marksFor(findings, (f) => keys.has(findingKey(f))));
    if (r.protectedSheets.length > 0) notify("warning", t.protectedSheets(r.protectedSheets));
    setMarked(r.marked);
    return r;
  };

  const run = async () => {
    setNotices([]);
    setSelected(null);
    setExtraSelected(null);
    setClicked(null);
    try {
      setPhase("read");
      setStale(false);
      const snapshot = await port.read();
      let stored = await port.loadSettings();
      setPhase("analyze");
      // Let the progress bar paint before the (synchronous) check runs.
      await new Promise((r) => setTimeout(r, 0));
      const checked = checkWorkbook(snapshot, stored, port.name);
      // Decisions made earlier for this unit and year (in this browser, or carried by an annotated copy) apply.
      packageKey.current = packageKeyOf(checked.model);
      if (slots?.memory) {
        const merged = mergeSuppressions(recall(slots.memory, packageKey.current), stored.suppressed);
        if (merged.length !== stored.suppressed.length) {
          stored = { ...stored, suppressed: merged };
          await port.saveSettings(stored);
        }
        remember(slots.memory, packageKey.current, merged);
      }
      setSettings(stored);
      setResult(checked);
      const open = suppressedKeys(stored);
      setTab(SEVERITIES.find((s) => checked.findings.some((f) => f.severity === s && !open.has(findingKey(f)))) ?? "error");
      setPhase("mark");
      const r = await applyMarks(checked.findings, stored);
      setMarksShown(true);
      // The verdict banner already says where the marks are; only an Excel that cannot mark is told so here.
      if (r.unsupported) {
        const done = markNotice(t, r);
        notify(done.intent, done.text);
      }
      setPhase("done");
    } catch (e) {
      setPhase("idle");
      fail(e);
    }
  };

  // The page checks as soon as a file is opened; Excel waits for 一键检查.
  React.useEffect(() => {
    if (slots?.autoCheck && slots.canCheck !== false) void run();
    // Once per mount: the page remounts the pane for each file it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** A scoring choice changes what the rules expect: it is saved, and the user re-runs the check. */
  const changeScoring = async (scoring: Settings["scoring"]) => {
    await changeSettings({ ...settings, scoring }, false);
    if (result) notify("info", t.scoringChanged);
  };

  /** Keeps settings in the workbook; a change of suppressions re-marks, so an ignored finding loses its mark. */
  const changeSettings = async (next: Settings, remark: boolean) => {
    setSettings(next);
    try {
      await port.saveSettings(next);
      if (slots?.memory) remember(slots.memory, packageKey.current, next.suppressed);
      if (remark && result && marksShown) await applyMarks(result.findings, next);
    } catch (e) {
      fail(e);
    }
  };

  const suppress = (f: Finding, reason: string) => {
    const entry = { key: findingKey(f), rule: f.rule, title: f.title, reason, at: new Date().toISOString().slice(0, 10) };
    return changeSettings({ ...settings, suppressed: [...settings.suppressed.filter((s) => s.key !== entry.key), entry] }, true);
  };
  const unsuppress = (f: Finding) => changeSettings({ ...settings, suppressed: settings.suppressed.filter((s) => s.key !== findingKey(f)) }, true);

  const clear = async () => {
    try {
      notify("info", t.clearedMarks(await port.clearMarks()));
      setMarksShown(false);
    } catch (e) {
      fail(e);
    }
  };

  const makeReport = async () => {
    if (!result) return;
    if (report && report !== "building") URL.revokeObjectURL(report.url);
    setReport("building");
    try {
      const file = await buildReportFile(result.model, result.findings, settings);
      setReport({ name: file.name, url: offerDownload(file.name, file.data, DOCX_TYPE) });
      notify("success", t.reportReady(file.name));
    } catch {
      // Whatever failed (building the .docx, starting the download) is ours or a library's: the user is told
      // in plain words that no report was made, not the library's text.
      setReport(null);
      notify("error", t.reportFailed);
    }
  };

  /**
   * 定位: all the finding's cells (or the one picked from its list) shown and, in Excel, selected. `index` is
   * its place in the check's list, or null for a host finding (HostSlots.extra).
   */
  const show = React.useCallback(
    (finding: Finding, index: number | null, focus?: CellRef) => {
      const cells = cellsOf(finding);
      const at = focus ?? cells[0];
      if (!at) return;
      setSelected(index === null ? null : { index, focus: at });
      setExtraSelected(index === null ? { finding, focus: at } : null);
      setClicked(null);
      // A sheet deleted, renamed or hidden since the check is said plainly (NavigationProblem).
      port.select(focus ? [focus] : cells).catch((e) => {
        const n = selectFailureNotice(t, e);
        notify(n.intent, n.text);
      });
    },
    [port, notify, t],
  );
  const locate = React.useCallback(
    (index: number, focus?: CellRef) => {
      const f = result?.findings[index];
      if (f) show(f, index, focus);
    },
    [result, show],
  );
  const locateExtra = React.useCallback((finding: Finding, focus?: CellRef) => show(finding, null, focus), [show]);

  const keys = suppressedKeys(settings);
  const order = result ? listed(result.findings, tab, keys) : [];
  const step = React.useCallback(
    (by: 1 | -1) => {
      if (order.length === 0) return;
      const at = order.findIndex((n) => n.i === selected?.index);
      const next = at < 0 ? (by === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at + by));
      locate(order[next].i);
    },
    [order, selected, locate],
  );

  // J / K move through the listed findings, as in a mail reader; typing in a field is left alone.
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)))) return;
      if (e.key === "j" || e.key === "J") step(1);
      else if (e.key === "k" || e.key === "K") step(-1);
      else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [step]);

  // Excel: clicking a marked cell shows its finding (the most severe one there).
  React.useEffect(() => {
    if (!result || !port.onSelectionChanged) return;
    let stop: (() => void) | null = null;
    let live = true;
    port
      .onSelectionChanged((sheet, cell) => {
        const hits = result.findings.map((f, i) => ({ f, i })).filter(({ f }) => cellsOf(f).some((c) => c.sheet === sheet && c.cell === cell));
        if (hits.length === 0) return;
        const first = hits[0];
        setTab(first.f.severity);
        setSelected({ index: first.i, focus: { sheet, cell } });
        setClicked({ where: `${sheet}!${cell}`, finding: first.f });
      })
      .then((s) => (live ? (stop = s) : s()))
      .catch(() => undefined);
    return () => {
      live = false;
      stop?.();
    };
  }, [result, port]);

  const phaseText: Record<Phase, string> = { idle: "", read: t.phaseRead, analyze: t.phaseAnalyze, mark: t.phaseMark, done: t.phaseDone };
  const progress = { idle: 0, read: 0.2, analyze: 0.5, mark: 0.8, done: 1 }[phase];
  const empty = result !== null && result.model.tables.length === 0;
  const current = selected && result ? result.findings[selected.index] : undefined;
  const request: SheetViewRequest | null = extraSelected ?? (current && selected ? { finding: current, focus: selected.focus } : null);
  const view = request && slots?.sheetView ? slots.sheetView(request, wide ? "side" : "inline") : null;
  const marksText = port.host === "browser" ? t.markedInCopy(marked) : t.marked(marked);

  const list = result && !empty && (
    <div>
      <div className={styles.nav}>
        <Button size="small" onClick={() => step(-1)} disabled={order.length === 0} data-testid="previous">
          {t.previous}
        </Button>
        <Button size="small" onClick={() => step(1)} disabled={order.length === 0} data-testid="next">
          {t.next}
        </Button>
        <Text size={200} className={styles.muted}>
          {t.navHint}
        </Text>
      </div>
      <Findings
        findings={result.findings}
        suppressed={settings.suppressed}
        t={t}
        tab={tab}
        onTab={(s) => {
          setTab(s);
          setSelected(null);
        }}
        selected={selected?.index ?? null}
        onLocate={locate}
        onSuppress={suppress}
        onUnsuppress={unsuppress}
        inlineView={wide || extraSelected ? null : view}
      />
      {slots?.extra?.({ result, locate: locateExtra, selected: extraSelected?.finding ?? null, view: wide || !extraSelected ? null : view })}
      <Summary model={result.model} findings={result.findings} t={t} />
    </div>
  );

  return (
    <main className={wide ? `${styles.root} ${styles.wide}` : styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Text size={200} className={styles.muted}>
          {t.appSubtitle}
        </Text>
      </header>
      {slots?.top}
      <div className={styles.toolbar} role="toolbar" aria-label={t.appTitle}>
        <Button appearance="primary" disabled={busy || slots?.canCheck === false} onClick={run}>
          {busy ? t.checking : t.check}
        </Button>
        <Button disabled={busy || slots?.canCheck === false} onClick={clear}>
          {t.clearMarks}
        </Button>
        <Button disabled={busy || !result || empty || report === "building"} onClick={makeReport}>
          {report === "building" ? t.reportBuilding : t.report}
        </Button>
        {slots?.actions?.({ result: empty ? null : result, settings, notify })}
        <ToggleButton checked={settingsOpen} onClick={() => setSettingsOpen((o) => !o)} data-testid="settings-toggle">
          {t.settings}
        </ToggleButton>
      </div>
      {settingsOpen && (
        <section className={styles.panel} aria-label={t.settings} data-testid="settings">
          <Field label={t.scoring}>
            <div className={styles.toolbar}>
              <Checkbox
                label={t.capExecutionRate}
                checked={settings.scoring.capExecutionRateAt100}
                onChange={(_, d) => changeScoring({ ...settings.scoring, capExecutionRateAt100: d.checked === true })}
              />
              <Select
                aria-label={t.quantitativeMode}
                value={settings.scoring.quantitativeMode}
                onChange={(_, d) => changeScoring({ ...settings.scoring, quantitativeMode: d.value === "all-or-nothing" ? "all-or-nothing" : "proportional" })}
              >
                <option value="proportional">{`${t.quantitativeMode}${t.quantitativeProportional}`}</option>
                <option value="all-or-nothing">{`${t.quantitativeMode}${t.quantitativeAllOrNothing}`}</option>
              </Select>
            </div>
          </Field>
          <Field label={t.outline}>
            <Select value={settings.outline || DEFAULT_OUTLINE} onChange={(_, d) => changeSettings({ ...settings, outline: d.value }, false)}>
              {Object.values(OUTLINES).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        </section>
      )}
      {report && report !== "building" && (
        <Link href={report.url} download={report.name} data-testid="report-link">
          {t.reportFallback}
        </Link>
      )}
      {busy && (
        <div aria-live="polite" data-testid="progress">
          <ProgressBar value={progress} thickness="large" aria-label={phaseText[phase]} />
          <Text>{phaseText[phase]}</Text>
        </div>
      )}
      <div aria-live="polite">
        {notices.map((n) => (
          <MessageBar key={n.id} intent={n.intent} data-testid={`notice-${n.intent}`}>
            <MessageBarBody>{n.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
      {result && stale && (
        <MessageBar intent="warning" data-testid="stale">
          <MessageBarBody>{t.stale}</MessageBarBody>
        </MessageBar>
      )}
      {empty && (
        <MessageBar intent="warning" layout="multiline" data-testid="empty-state">
          <MessageBarBody>
            <MessageBarTitle>{t.emptyTitle}</MessageBarTitle>
            <div>{t.emptyBody}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {result && !empty && <Verdict findings={result.findings} suppressed={keys} t={t} marks={marksShown && marked > 0 ? marksText : ""} />}
      {port.host === "excel" && marksShown && marked > 0 && (
        <MessageBar intent="info" data-testid="send-reminder">
          <MessageBarBody>{t.sendReminder}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={clear}>
              {t.clearMarks}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {clicked && (
        <MessageBar intent={clicked.finding.severity === "error" ? "error" : clicked.finding.severity === "warning" ? "warning" : "info"} layout="multiline" data-testid="clicked-cell">
          <MessageBarBody>
            <MessageBarTitle>{t.markedCellFinding(clicked.where)}</MessageBarTitle>
            {clicked.finding.title}：{clicked.finding.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {wide ? (
        list && (
          <div className={styles.columns}>
            {list}
            <aside className={styles.side} data-testid="side">
              {view}
            </aside>
          </div>
        )
      ) : (
        list
      )}
    </main>
  );
}
