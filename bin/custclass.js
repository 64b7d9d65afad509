#!/usr/bin/env node
// The custclass command. The CLI is bundled by `npm run build:cli` into dist/cli/custclass.js, which runs
// when loaded (it reads process.argv and sets process.exitCode).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist", "cli", "custclass.js");
if (!fs.existsSync(bundle)) {
  console.error("custclass: the CLI is not built yet — run npm run build:cli first.");
  process.exit(1);
}
require(bundle);
