import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

// Placeholder: the playground (task pane beside a simulated workbook) is built in its own issue.
const container = document.getElementById("container");
if (!container) throw new Error("playground.html has no #container");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Title2 as="h1">Playground</Title2>
  </FluentProvider>,
);
