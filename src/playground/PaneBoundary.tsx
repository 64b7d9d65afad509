/**
 * Keeps a task-pane crash inside the pane: the workbook stays usable and the error is shown, in a
 * MessageBar, with what to do — instead of React unmounting the whole page.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  title: string;
  retry: string;
  children: ReactNode;
}

export class PaneBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // React already logs the error; keep the component stack next to it for whoever reports the bug.
    console.error("CustClass task pane crashed", error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="pane-crash">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title}</MessageBarTitle>
          {error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>{this.props.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
