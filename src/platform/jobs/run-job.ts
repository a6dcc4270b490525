import { eq } from 'drizzle-orm';
import { systemActor } from '../actor.js';
import type { Ctx } from '../context.js';
import type { JobDefinition } from './job-definition.js';
import { scheduledJobs } from './jobs.table.js';

export interface JobRunResult {
  name: string;
  ok: boolean;
  result: Record<string, unknown> | null;
  error: string | null;
}

/** How often a running job says it is alive, as a share of the lease (four beats per lease). */
function startHeartbeat(ctx: Ctx, job: JobDefinition, leaseSeconds: number): () => void {
  const timer = setInterval(
    () => {
      ctx.db
        .update(scheduledJobs)
        .set({ heartbeatAt: ctx.clock.now() })
        .where(eq(scheduledJobs.name, job.name))
        .catch(() => undefined);
    },
    Math.max(250, (leaseSeconds * 1000) / 4),
  );
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs one job now as the system and records how it went; a failure is recorded, not thrown. */
export async function runJob(ctx: Ctx, job: JobDefinition, leaseSeconds = 60): Promise<JobRunResult> {
  const jobCtx: Ctx = { ...ctx, actor: systemActor(`job:${job.name}`) };
  const stopHeartbeat = startHeartbeat(ctx, job, leaseSeconds);
  let outcome: JobRunResult;
  try {
    outcome = { name: job.name, ok: true, result: await job.run(jobCtx), error: null };
  } catch (error) {
    outcome = {
      name: job.name,
      ok: false,
      result: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  stopHeartbeat();
  const finished = { lastFinishedAt: ctx.clock.now(), lastResult: outcome.result, lastError: outcome.error };
  await ctx.db
    .insert(scheduledJobs)
    .values({ name: job.name, intervalSeconds: job.intervalSeconds, nextRunAt: ctx.clock.now(), ...finished })
    .onConflictDoUpdate({ target: scheduledJobs.name, set: finished });
  return outcome;
}
