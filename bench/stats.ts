/** Small statistics for timings: the median of repetitions (robust to one slow or warm-up run). */
export function median(xs: readonly number[]): number {
  const finite = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const n = finite.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

export function nowMs(): number {
  return performance.now();
}

/** CPU time of this process (user + system, all threads: GC helpers included), in ms. Less skewed than
 *  wall time when other work shares the machine, which is why the bench reports both. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
