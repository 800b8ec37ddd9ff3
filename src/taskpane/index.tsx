import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ExcelWorkbookPort } from "../excel/port";
import { stringsFor } from "../ui/strings";
import { App } from "./App";

/** Office's own theme decides light or dark, so the pane matches the ribbon. */
function isDarkOffice(): boolean {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const n = Number.parseInt(bg.replace("#", ""), 16);
  const luminance = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 128;
}

Office.onReady(() => {
  const t = stringsFor(Office.context.displayLanguage);
  document.title = t.appTitle;
  const root = createRoot(document.getElementById("container") as HTMLElement);
  root.render(
    <FluentProvider theme={isDarkOffice() ? webDarkTheme : webLightTheme}>
      <App port={new ExcelWorkbookPort()} t={t} />
    </FluentProvider>,
  );
});
