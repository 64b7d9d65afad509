/** Jest projects: pure code in node, UI in jsdom. Type checking is `npm run typecheck`'s job. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/setup/fast-check.ts"],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/src/taskpane/", "<rootDir>/src/playground/", "<rootDir>/test/e2e/"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/taskpane/**/*.test.ts?(x)", "<rootDir>/src/playground/**/*.test.ts?(x)"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
