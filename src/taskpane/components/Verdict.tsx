import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/findings/finding";
import { findingKey } from "../../ui/finding";
import type { Strings } from "../../ui/strings";
import { folded, reasons } from "./Findings";

/**
 * The answer first: how many errors must be corrected (ignored ones do not count), the warnings to confirm,
 * and one line each for 尾差 and what could not be checked — then where the marks are.
 */
export function Verdict(props: { findings: Finding[]; suppressed: Set<string>; t: Strings; marks: string }) {
  const { findings, suppressed, t } = props;
  const open = findings.filter((f) => !suppressed.has(findingKey(f)));
  const errors = open.filter((f) => f.severity === "error").length;
  const warnings = open.filter((f) => f.severity === "warning").length;
  const { rounding, notChecked } = folded(findings);
  const title = errors > 0 ? t.verdictErrors(errors) : t.verdictClean;
  const more = warnings > 0 ? (errors > 0 ? t.verdictWarnings(warnings) : t.verdictWarningsOnly(warnings)) : "";
  const lines = [rounding.length > 0 ? t.roundingLine(rounding.length) : "", notChecked.length > 0 ? t.notCheckedLine(notChecked.length, ...reasons(notChecked)) : ""].filter(Boolean);
  return (
    <MessageBar intent={errors > 0 ? "error" : warnings > 0 ? "warning" : "success"} layout="multiline" data-testid="verdict" data-errors={errors}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {more && <Text>{`，${more}`}</Text>}
        {lines.length > 0 && (
          <div>
            <Text data-testid="verdict-lines">{lines.join(" · ")}</Text>
          </div>
        )}
        {props.marks && (
          <div>
            <Text size={200}>{props.marks}</Text>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
