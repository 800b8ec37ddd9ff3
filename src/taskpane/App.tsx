import * as React from "react";
import { Button, Checkbox, Field, Link, MessageBar, MessageBarBody, ProgressBar, Select, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_OUTLINE, OUTLINES } from "../core/report/outlines";
import type { Finding } from "../core/findings/finding";
import { checkWorkbook, type CheckResult } from "../ui/check";
import { DOCX_TYPE, offerDownload } from "../ui/download";
import { findingKey } from "../ui/finding";
import { markNotice, selectFailureNotice } from "../ui/host-notices";
import { marksFor } from "../ui/marks";
import { buildReportFile } from "../ui/report";
import type { WorkbookPort } from "../ui/port";
import { defaultSettings, type Settings } from "../ui/settings";
import { watchWorkbookChanges } from "../ui/stale";
import type { Strings } from "../ui/strings";
import { Findings } from "./components/Findings";
import { Summary } from "./components/Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "960px" },
  toolbar: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Phase = "idle" | "read" | "analyze" | "mark" | "done";
interface Notice {
  id: number;
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** What a host may add around the shared UI (the standalone page adds its file bar and download). */
export interface HostSlots {
  /** Rendered above the toolbar. */
  top?: React.ReactNode;
  /** False while there is nothing to check (the page before a file is opened). */
  canCheck?: boolean;
  /** Extra toolbar buttons, given the current result. */
  actions?: (state: { result: CheckResult | null; settings: Settings; notify: (intent: Notice["intent"], text: string) => void }) => React.ReactNode;
  /** Shown below the toolbar (the page's view of the selected cell). */
  aside?: React.ReactNode;
}

let noticeId = 0;

/** The task pane: 一键检查, summary, findings, 忽略, 清除标记 — over any WorkbookPort. */
export function App(props: { port: WorkbookPort; t: Strings; slots?: HostSlots }) {
  const { port, t, slots } = props;
  const styles = useStyles();
  const [phase, setPhase] = React.useState<Phase>("idle");
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [settings, setSettings] = React.useState<Settings>(defaultSettings());
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [report, setReport] = React.useState<{ name: string; url: string } | "building" | null>(null);
  // Whether the workbook shows this check's marks (清除标记 removes them until the next check).
  const [marksShown, setMarksShown] = React.useState(false);
  const busy = phase === "read" || phase === "analyze" || phase === "mark";
  // The workbook was edited since the check: its results no longer describe it.
  const [stale, setStale] = React.useState(false);
  React.useEffect(() => watchWorkbookChanges(port, () => setStale(true)), [port]);

  const notify = React.useCallback((intent: Notice["intent"], text: string) => {
    setNotices((n) => [...n.filter((x) => x.text !== text), { id: ++noticeId, intent, text }]);
  }, []);

  const suppressedKeys = (s: Settings) => new Set(s.suppressed.map((x) => x.key));

  const applyMarks = async (findings: Finding[], s: Settings) => {
    const keys = suppressedKeys(s);
    const r = await port.mark(marksFor(findings, (f) => keys.has(findingKey(f))));
    if (r.protectedSheets.length > 0) notify("warning", t.protectedSheets(r.protectedSheets));
    return r;
  };

  const run = async () => {
    setNotices([]);
    try {
      setPhase("read");
      setStale(false);
      const snapshot = await port.read();
      const stored = await port.loadSettings();
      setSettings(stored);
      setPhase("analyze");
      // Let the progress bar paint before the (synchronous) check runs.
      await new Promise((r) => setTimeout(r, 0));
      const checked = checkWorkbook(snapshot, stored, port.name);
      setResult(checked);
      setPhase("mark");
      const r = await applyMarks(checked.findings, stored);
      setMarksShown(true);
      const done = markNotice(t, r);
      notify(done.intent, done.text);
      setPhase("done");
    } catch (e) {
      setPhase("idle");
      notify("error", t.failed(e instanceof Error ? e.message : String(e)));
    }
  };

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
      if (remark && result && marksShown) await applyMarks(result.findings, next);
    } catch (e) {
      notify("error", t.failed(e instanceof Error ? e.message : String(e)));
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
      notify("error", t.failed(e instanceof Error ? e.message : String(e)));
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
    } catch (e) {
      setReport(null);
      notify("error", t.failed(e instanceof Error ? e.message : String(e)));
    }
  };

  const select = (sheet: string, cell: string) => {
    port.select(sheet, cell).catch((e) => {
      const n = selectFailureNotice(t, e);
      notify(n.intent, n.text);
    });
  };

  const phaseText: Record<Phase, string> = { idle: "", read: t.phaseRead, analyze: t.phaseAnalyze, mark: t.phaseMark, done: t.phaseDone };
  const step = { idle: 0, read: 0.2, analyze: 0.5, mark: 0.8, done: 1 }[phase];
  return (
    <main className={styles.root}>
      <header>
        <Title3 as="h1">{t.appTitle}</Title3>
        <div>
          <Text className={styles.muted}>{t.appSubtitle}</Text>
        </div>
      </header>
      {slots?.top}
      <div className={styles.toolbar} role="toolbar" aria-label={t.appTitle}>
        <Button appearance="primary" disabled={busy || slots?.canCheck === false} onClick={run}>
          {busy ? t.checking : t.check}
        </Button>
        <Button disabled={busy || slots?.canCheck === false} onClick={clear}>
          {t.clearMarks}
        </Button>
        <Button disabled={busy || !result || report === "building"} onClick={makeReport}>
          {report === "building" ? t.reportBuilding : t.report}
        </Button>
        {slots?.actions?.({ result, settings, notify })}
      </div>
      <Field label={t.scoring} orientation="horizontal">
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
      {result && (
        <Field label={t.outline} orientation="horizontal">
          <Select value={settings.outline || DEFAULT_OUTLINE} onChange={(_, d) => changeSettings({ ...settings, outline: d.value }, false)}>
            {Object.values(OUTLINES).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {report && report !== "building" && (
        <Link href={report.url} download={report.name} data-testid="report-link">
          {t.reportFallback}
        </Link>
      )}
      {phase !== "idle" && (
        <div aria-live="polite" data-testid="progress">
          <ProgressBar value={step} thickness="large" aria-label={phaseText[phase]} />
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
      {slots?.aside}
      {result && stale && (
        <MessageBar intent="warning" data-testid="stale">
          <MessageBarBody>{t.stale}</MessageBarBody>
        </MessageBar>
      )}
      {result && <Summary model={result.model} findings={result.findings} t={t} />}
      {result && (
        <Findings findings={result.findings} suppressed={settings.suppressed} t={t} onSelect={select} onSuppress={suppress} onUnsuppress={unsuppress} />
      )}
    </main>
  );
}
