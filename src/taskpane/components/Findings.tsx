import * as React from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import type { CellRef } from "../../core/values/figure";
import { tableName } from "../../core/locate/read-package";
import { findingKey } from "../../ui/finding";
import { findingType, notCheckedReason } from "../../ui/finding-type";
import type { Suppression } from "../../ui/settings";
import type { Strings } from "../../ui/strings";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  fold: { marginTop: tokens.spacingVerticalS },
  foldSummary: { cursor: "pointer", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground2 },
  empty: { padding: tokens.spacingVerticalM },
});

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A finding with its position in the check's list (its identity while the result stands). */
export interface Numbered {
  f: Finding;
  i: number;
}

/**
 * The findings one tab lists, in the order shown: open ones before ignored ones. Under 提示 only the remarks
 * are listed one by one; 尾差 and unchecked rules are folded (see `folded`).
 */
export function listed(findings: Finding[], tab: Severity, suppressed: Set<string>): Numbered[] {
  const all = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.severity === tab && (tab !== "info" || findingType(f) === "broken"));
  return [...all.filter(({ f }) => !suppressed.has(findingKey(f))), ...all.filter(({ f }) => suppressed.has(findingKey(f)))];
}

/** The infos folded into one line each: 尾差 (nothing to do) and rules that could not run. */
export function folded(findings: Finding[]): { rounding: Numbered[]; notChecked: Numbered[] } {
  const infos = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.severity === "info");
  return { rounding: infos.filter(({ f }) => findingType(f) === "rounding"), notChecked: infos.filter(({ f }) => findingType(f) === "not-checked") };
}

/** Where a finding is, for the line under its title: its table, or the sheet and cell of a cross-table one. */
function placeOf(f: Finding, t: Strings): string {
  const where = f.sheet ? `“${f.sheet}”${f.cell ? ` ${f.cell}` : ""}` : "";
  return [f.table ? tableName(f.table) : t.otherTable, where].filter(Boolean).join(" · ");
}

/** The findings as tabs 错误 / 警告 / 提示, the selected one highlighted. */
export function Findings(props: {
  findings: Finding[];
  suppressed: Suppression[];
  t: Strings;
  tab: Severity;
  onTab: (tab: Severity) => void;
  selected: number | null;
  onLocate: (index: number, focus?: CellRef) => void;
  onSuppress: (f: Finding, reason: string) => void;
  onUnsuppress: (f: Finding) => void;
  /** The sheet view drawn under the selected finding (narrow layouts). */
  inlineView?: React.ReactNode;
}) {
  const { findings, suppressed, t, tab } = props;
  const styles = useStyles();
  const byKey = new Map(suppressed.map((s) => [s.key, s]));
  const keys = new Set(byKey.keys());
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const items = listed(findings, tab, keys);
  const { rounding, notChecked } = folded(findings);

  const item = ({ f, i }: Numbered) => {
    const key = findingKey(f);
    return (
      <FindingItem
        key={`${key}#${i}`}
        finding={f}
        place={placeOf(f, t)}
        suppression={byKey.get(key)}
        selected={props.selected === i}
        t={t}
        onLocate={(focus) => props.onLocate(i, focus)}
        onSuppress={(reason) => props.onSuppress(f, reason)}
        onUnsuppress={() => props.onUnsuppress(f)}
      >
        {props.inlineView}
      </FindingItem>
    );
  };
  const fold = (testid: string, label: string, list: Numbered[]) =>
    list.length > 0 && (
      <details className={styles.fold} data-testid={testid} open={list.some(({ i }) => i === props.selected) || undefined}>
        <summary className={styles.foldSummary}>{label}</summary>
        <ul className={styles.list}>{list.map(item)}</ul>
      </details>
    );

  return (
    <section aria-label={t.findings} data-testid="findings">
      <TabList selectedValue={tab} onTabSelect={(_, d) => props.onTab(d.value as Severity)} size="small">
        {SEVERITIES.map((s) => (
          <Tab key={s} value={s} data-testid={`tab-${s}`} data-count={count(s)}>
            {t.tabLabel(t.severity[s], count(s))}
          </Tab>
        ))}
      </TabList>
      {items.length === 0 && !(tab === "info" && rounding.length + notChecked.length > 0) ? (
        <Text className={styles.empty} block>
          {t.noneOfSeverity(t.severity[tab])}
        </Text>
      ) : (
        <ul className={styles.list}>{items.map(item)}</ul>
      )}
      {tab === "info" && (
        <>
          {fold("fold-rounding", t.roundingLine(rounding.length), rounding)}
          {fold("fold-not-checked", t.notCheckedLine(notChecked.length, ...reasons(notChecked)), notChecked)}
        </>
      )}
    </section>
  );
}

/** How many unchecked rules lack a table, and how many a figure. */
export function reasons(list: Numbered[]): [number, number] {
  const tables = list.filter(({ f }) => notCheckedReason(f) === "missing-table").length;
  return [tables, list.length - tables];
}
