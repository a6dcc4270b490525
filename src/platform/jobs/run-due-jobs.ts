import { and, eq, lte, or, sql } from 'drizzle-orm';
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
 * A run whose heartbeat (refreshed while it runs, see runJob) is older than the lease was cut off: its
 * server died. The job is claimed again at once instead of waiting for its next interval; jobs are
 * idempotent, so finishing the work a second time changes nothing twice.
 */
export const DEFAULT_JOB_LEASE_SECONDS = 60;

/**
 * Runs every job that is due, and every job whose last run was cut off. Claiming moves next_run_at forward in one conditional UPDATE, so when
 * several servers share a database each due run happens on exactly one of them.
 */
export async function runDueJobs(
  ctx: Ctx,
  jobs: readonly JobDefinition[],
  leaseSeconds = DEFAULT_JOB_LEASE_SECONDS,
): Promise<JobRunResult[]> {
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
        heartbeatAt: now,
      })
      .where(
        and(
          eq(scheduledJobs.name, job.name),
          or(
            lte(scheduledJobs.nextRunAt, now),
            and(
              sql`${scheduledJobs.lastStartedAt} > coalesce(${scheduledJobs.lastFinishedAt}, '-infinity'::timestamptz)`,
              lte(
                sql`coalesce(${scheduledJobs.heartbeatAt}, ${scheduledJobs.lastStartedAt})`,
                new Date(now.getTime() - leaseSeconds * 1000),
              ),
            ),
          ),
        ),
      )
      .returning({ name: scheduledJobs.name });
    if (claimed.length > 0) results.push(await runJob(ctx, job, leaseSeconds));
  }
  return results;
}
