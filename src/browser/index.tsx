import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { stringsFor } from "../ui/strings";
import { Page } from "./Page";

// Chinese by default (the users' language, whatever the browser says); ?lang=en for the English strings.
const t = stringsFor(new URLSearchParams(location.search).get("lang") ?? "zh-CN");
document.title = t.pageTitle;
createRoot(document.getElementById("container") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <Page t={t} />
  </FluentProvider>,
);
