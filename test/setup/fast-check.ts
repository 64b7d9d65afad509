/**
 * Property tests run the same cases on every CI run (a fixed seed), so a red CI is always reproducible.
 * FC_SEED=random explores new cases locally; FC_SEED=<n> replays a reported seed.
 */
import fc from "fast-check";

const raw = process.env.FC_SEED;
if (raw !== "random") {
  const seed = raw === undefined || raw === "" ? 20261127 : Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${raw}"`);
  fc.configureGlobal({ seed });
}
