/**
 * Ribbon commands (ExecuteFunction buttons). With the shared runtime they run on the task pane page,
 * so a command can use the same state and workbook code as the pane.
 * The manifest has only a ShowTaskpane button so far; a command is added here by name (the manifest's
 * <FunctionName>) together with its button.
 */

export type CommandHandler = () => Promise<void>;
export type ReportError = (name: string, error: unknown) => void;

/** Minimal shape of Office.actions, so the registration can be tested without Office. */
export interface ActionRegistry {
  associate(name: string, action: (event: Office.AddinCommands.Event) => unknown): void;
}

/** Handlers by the manifest's <FunctionName>. */
export const commandHandlers: Record<string, CommandHandler> = {};

/**
 * Office keeps the button busy until event.completed() is called; a handler that throws without it
 * leaves the ribbon stuck. So: run, report a failure, and always complete.
 */
export function completing(name: string, handler: CommandHandler, report: ReportError) {
  return async (event: Pick<Office.AddinCommands.Event, "completed">): Promise<void> => {
    try {
      await handler();
    } catch (error) {
      report(name, error);
    } finally {
      event.completed();
    }
  };
}

export function registerCommands(
  actions: ActionRegistry,
  report: ReportError,
  handlers: Readonly<Record<string, CommandHandler>> = commandHandlers,
): string[] {
  const names = Object.keys(handlers);
  for (const name of names) {
    const handler = handlers[name];
    if (handler) actions.associate(name, completing(name, handler, report));
  }
  return names;
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    // Until the task pane has its message bar (UI issue), a failed command is shown on the console.
    registerCommands(Office.actions, (name, error) => {
      console.error(`CustClass: command ${name} failed`, error);
    });
  });
}
