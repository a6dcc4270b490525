import type { Ctx } from '../context.js';
import type { JobDefinition } from './job-definition.js';
import { scheduledJobs } from './jobs.table.js';

export interface JobView {
  name: string;
  description: string;
  intervalSeconds: number;
  /** Null until a server with the scheduler has seen the job. */
  nextRunAt: string | null;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastResult: unknown;
  lastError: string | null;
}

const iso = (value: Date | null) => value?.toISOString() ?? null;

export async function findJobs(ctx: Ctx, jobs: readonly JobDefinition[]): Promise<JobView[]> {
  const rows = new Map((await ctx.db.select().from(scheduledJobs)).map((row) => [row.name, row]));
  return jobs.map((job) => {
    const row = rows.get(job.name);
    return {
      name: job.name,
      description: job.description,
      intervalSeconds: job.intervalSeconds,
      nextRunAt: iso(row?.nextRunAt ?? null),
      lastStartedAt: iso(row?.lastStartedAt ?? null),
      lastFinishedAt: iso(row?.lastFinishedAt ?? null),
      lastResult: row?.lastResult ?? null,
      lastError: row?.lastError ?? null,
    };
  });
}
