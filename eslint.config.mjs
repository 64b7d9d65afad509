// ESLint 9 flat config: @eslint/js recommended + typescript-eslint strict, type-aware; the Office add-in
// rules; and a fence around src/engine, which must stay pure (no DOM, Node, Office or React).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

// eslint-plugin-office-addins 4.0.10 ships flat configs, but they bring their own parser, prettier and
// react settings; only its rules are wanted here, registered as a plain plugin object. All are errors:
// a deliberate exception (one sync per row block, say) gets an eslint-disable comment saying why.
const officeAddinsRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const ENGINE_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "Office",
  "Excel",
  "CustomFunctions",
];
const NODE_GLOBALS = ["process", "require", "module", "Buffer", "__dirname", "__filename", "global"];

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "coverage/", "out/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages are everyday text; objects still are not.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // With noUncheckedIndexedAccess every typed-array read is `number | undefined`; in hot loops over
      // arrays whose length was just checked, `a[i]!` is the honest form, not `?? 0`.
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `() => expect(x).toBe(y)` and `(v) => void list.push(v)` are clear enough.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      // Custom functions report #VALUE!/#N/A by throwing CustomFunctions.Error, which is not an Error subclass.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "@types/custom-functions-runtime", name: "Error" }] },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["src/taskpane/**", "src/playground/**"],
    languageOptions: { globals: globals.browser },
  },
  {
    // The engine is pure: plain data in, plain data out; time comes in as `asOf`.
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...[...ENGINE_GLOBALS, ...NODE_GLOBALS].map((name) => ({
          name,
          message: "src/engine is pure: no DOM, Office or Node. Take what you need as an argument.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "fs", "path", "os", "child_process", "exceljs"].map((name) => ({
            name,
            message: "src/engine is pure: no React, Node or file I/O.",
          })),
          patterns: [
            { group: ["node:*"], message: "src/engine is pure: no Node built-ins." },
            { group: ["@fluentui/*"], message: "src/engine is pure: no UI." },
            {
              group: [
                "**/excel",
                "**/excel/**",
                "**/sim",
                "**/sim/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/playground/**",
              ],
              message: "src/engine imports nothing of the project outside src/engine.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            "src/engine takes the date as an argument (asOf); `new Date()` makes results depend on the clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            "src/engine takes the date as an argument (asOf); Date.now() makes results depend on the clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "src/engine is deterministic: no Math.random().",
        },
      ],
    },
  },
  {
    // Plain JavaScript (build scripts, the bin stub, this file): Node globals, no type information.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
