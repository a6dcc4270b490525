import type { Ctx } from '../context.js';
import type { JobDefinition } from './job-definition.js';
import { runDueJobs } from './run-due-jobs.js';

export interface Scheduler {
  stop(): Promise<void>;
}

/** Checks for due jobs every tick until stopped; a tick never overlaps the previous one. */
export function startScheduler(
  ctx: Ctx,
  jobs: readonly JobDefinition[],
  options: { tickMs: number; leaseSeconds: number; onError: (error: unknown) => void },
): Scheduler {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = runDueJobs(ctx, jobs, options.leaseSeconds)
      .catch(options.onError)
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, options.tickMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
