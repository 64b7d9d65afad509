/**
 * The custom-functions metadata plugin appends `CustomFunctions.associate(...)` calls to functions.ts.
 * When the task pane page is opened with no office.js at all (a plain browser, the CDN out of reach),
 * there is no `CustomFunctions` global and those calls would throw; give them a no-op target then.
 * Inside Office, office.js is the page's first script and defines the real one, so this never masks it.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof Office === "undefined" && scope.CustomFunctions === undefined) {
  scope.CustomFunctions = { associate: () => undefined };
}

export {};
