import { Spinner, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeHost, type ExcelHost } from "../excel/host";
import { App } from "./App";
import { langFor } from "./strings";
import { themeFor } from "./theme";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

function render(host: ExcelHost | null, theme: Theme, displayLanguage?: string) {
  root.render(<App host={host} theme={theme} lang={langFor(displayLanguage ?? navigator.language)} />);
}

// With no office.js (a plain browser, the CDN out of reach) there is no Office at all: say so at once
// rather than wait forever. Otherwise a spinner until Office.onReady says where we are.
if (typeof Office === "undefined") {
  render(null, webLightTheme);
} else {
  root.render(<Spinner size="small" style={{ marginTop: 24 }} />);
  void Office.onReady((info) => {
    // The typings promise a host and a theme, but outside Office host is null, and some hosts have
    // no officeTheme; displayLanguage and officeTheme exist only inside an Office host.
    const host = info.host as Office.HostType | null;
    const context = host !== null ? Office.context : undefined;
    const officeTheme = context?.officeTheme;
    render(
      host === Office.HostType.Excel ? officeHost() : null,
      themeFor(officeTheme?.bodyBackgroundColor),
      context?.displayLanguage,
    );
  });
}
