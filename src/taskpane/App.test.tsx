import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import packageJson from "../../package.json";
import { App, type AppProps } from "./App";

function renderApp(props: AppProps) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}

describe("App", () => {
  test("renders the heading outside Office and says it is not in Excel", () => {
    renderApp({ inExcel: false, ready: true, lang: "en-US" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("CustClass 客户分类");
    expect(screen.getByRole("status")).toHaveTextContent("Not running inside Excel");
    expect(screen.getByText(`v${packageJson.version}`)).toBeInTheDocument();
  });

  test("says it is connected inside Excel, in Chinese when asked", () => {
    renderApp({ inExcel: true, ready: true, lang: "zh-CN" });
    expect(screen.getByRole("status")).toHaveTextContent("已连接到 Excel");
  });

  test("shows a starting state until Office answers", () => {
    renderApp({ inExcel: false, ready: false, lang: "en-US" });
    expect(screen.getByRole("status")).toHaveTextContent("Starting");
  });
});
