/** Entry point of the CLI bundle (bin/custclass.js loads it): runs the command and sets the exit code. */
import { run } from "./run";

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`custclass: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
