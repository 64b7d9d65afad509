import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { langFor } from "./strings";
import { themeFor } from "./theme";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

function render(inExcel: boolean, ready: boolean, theme: Theme, displayLanguage?: string) {
  root.render(
    <FluentProvider theme={theme}>
      <App inExcel={inExcel} ready={ready} lang={langFor(displayLanguage ?? navigator.language)} />
    </FluentProvider>,
  );
}

// Render at once; Office.onReady then says where we are. With no office.js (a plain browser, the CDN
// out of reach) there is no Office at all: say so rather than wait forever.
if (typeof Office === "undefined") {
  render(false, true, webLightTheme);
} else {
  render(false, false, webLightTheme);
  void Office.onReady((info) => {
    // The typings promise a host and a theme, but outside Office host is null, and some hosts have
    // no officeTheme; displayLanguage and officeTheme exist only inside an Office host.
    const host = info.host as Office.HostType | null;
    const context = host !== null ? Office.context : undefined;
    const officeTheme = context?.officeTheme;
    render(
      host === Office.HostType.Excel,
      true,
      themeFor(officeTheme?.bodyBackgroundColor),
      context?.displayLanguage,
    );
  });
}
