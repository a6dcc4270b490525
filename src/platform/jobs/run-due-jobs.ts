import { and, eq, lte } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import type { JobDefinition } from './job-definition.js';
import { scheduledJobs } from './jobs.table.js';
import { type JobRunResult, runJob } from './run-job.js';

export async function ensureJobRows(ctx: Ctx, jobs: readonly JobDefinition[]): Promise<void> {
  if (jobs.length === 0) return;
  await ctx.db
    .insert(scheduledJobs)
    .values(
      jobs.map((job) => ({
        name: job.name,
        intervalSeconds: job.intervalSeconds,
        nextRunAt: ctx.clock.now(),
      })),
    )
    .onConflictDoNothing();
}

/**
 * Runs every job that is due. Claiming moves next_run_at forward in one conditional UPDATE, so when
 * several servers share a database each due run happens on exactly one of them.
 */
export async function runDueJobs(ctx: Ctx, jobs: readonly JobDefinition[]): Promise<JobRunResult[]> {
  await ensureJobRows(ctx, jobs);
  const results: JobRunResult[] = [];
  for (const job of jobs) {
    const now = ctx.clock.now();
    const claimed = await ctx.db
      .update(scheduledJobs)
      .set({
        nextRunAt: new Date(now.getTime() + job.intervalSeconds * 1000),
        intervalSeconds: job.intervalSeconds,
        lastStartedAt: now,
      })
      .where(and(eq(scheduledJobs.name, job.name), lte(scheduledJobs.nextRunAt, now)))
      .returning({ name: scheduledJobs.name });
    if (claimed.length > 0) results.push(await runJob(ctx, job));
  }
  return results;
}
