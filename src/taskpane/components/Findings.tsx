import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Subtitle2, Text, makeStyles } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings/finding";
import { tableName } from "../../core/locate/read-package";
import { findingKey } from "../../ui/finding";
import type { Suppression } from "../../ui/settings";
import type { Strings } from "../../ui/strings";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const ORDER: Severity[] = ["error", "warning", "info"];

/** Findings grouped by table (in the order tables were found), then by severity; suppressed ones last. */
export function Findings(props: {
  findings: Finding[];
  suppressed: Suppression[];
  t: Strings;
  onSelect: (sheet: string, cell: string) => void;
  onSuppress: (f: Finding, reason: string) => void;
  onUnsuppress: (f: Finding) => void;
}) {
  const { findings, suppressed, t } = props;
  const styles = useStyles();
  const byKey = new Map(suppressed.map((s) => [s.key, s]));
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const name = f.table ? tableName(f.table) : t.otherTable;
    groups.set(name, [...(groups.get(name) ?? []), f]);
  }
  const rank = (f: Finding) => (byKey.has(findingKey(f)) ? 10 : 0) + ORDER.indexOf(f.severity);
  const names = [...groups.keys()];
  return (
    <section aria-label={t.findings} data-testid="findings">
      <Subtitle2 as="h2">{t.findings}</Subtitle2>
      {findings.length === 0 ? (
        <Text>{t.noFindings}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={names}>
          {names.map((name) => {
            const items = [...(groups.get(name) ?? [])].sort((a, b) => rank(a) - rank(b));
            const open = items.filter((f) => !byKey.has(findingKey(f))).length;
            return (
              <AccordionItem key={name} value={name}>
                <AccordionHeader as="h3">
                  {name}（{open}）
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {items.map((f, i) => {
                      const key = findingKey(f);
                      return (
                        <FindingItem
                          key={`${key}#${i}`}
                          finding={f}
                          suppression={byKey.get(key)}
                          t={t}
                          onSelect={props.onSelect}
                          onSuppress={(reason) => props.onSuppress(f, reason)}
                          onUnsuppress={() => props.onUnsuppress(f)}
                        />
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </section>
  );
}
