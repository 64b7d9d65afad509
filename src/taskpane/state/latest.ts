/**
 * Runs one task at a time and keeps only the newest waiting one: what-if edits arrive faster than the
 * engine answers, and only the last one matters. A task started is not interrupted (the engine cannot
 * be), but its answer is marked stale by the caller's revision check.
 */
export type Task = () => Promise<void>;

export interface Latest {
  run(task: Task): void;
  /** True while a task runs. */
  busy(): boolean;
}

export function createLatest(): Latest {
  let running = false;
  let queued: Task | null = null;
  const start = (task: Task): void => {
    running = true;
    void task()
      .catch(() => undefined) // tasks report their own errors; a throw must not stop the queue
      .finally(() => {
        running = false;
        const next = queued;
        queued = null;
        if (next !== null) start(next);
      });
  };
  return {
    run(task) {
      if (running) queued = task;
      else start(task);
    },
    busy: () => running,
  };
}
