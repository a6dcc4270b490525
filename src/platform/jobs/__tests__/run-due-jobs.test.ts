import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { fixedClock } from '../../clock.js';
import type { Ctx } from '../../context.js';
import { findJobs } from '../find-jobs.js';
import type { JobDefinition } from '../job-definition.js';
import { scheduledJobs } from '../jobs.table.js';
import { DEFAULT_JOB_LEASE_SECONDS, runDueJobs } from '../run-due-jobs.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const START = Date.parse('2026-02-01T00:00:00Z');
const at = (seconds: number): Ctx => ({
  ...t.systemCtx,
  clock: fixedClock(new Date(START + seconds * 1000)),
});

function countingJob(name: string, fail = false): JobDefinition & { runs: number } {
  const job = {
    name,
    description: 'Counts its runs',
    intervalSeconds: 60,
    runs: 0,
    async run() {
      job.runs += 1;
      if (fail) throw new Error('the job failed');
      return { runs: job.runs };
    },
  };
  return job;
}

describe('scheduled jobs', () => {
  it('runs a due job once even when two servers look at the same moment, then waits for its interval', async () => {
    const job = countingJob('test.count');
    const [first, second] = await Promise.all([runDueJobs(at(0), [job]), runDueJobs(at(0), [job])]);
    expect(first.length + second.length).toBe(1);
    expect(job.runs).toBe(1);
    expect(await runDueJobs(at(30), [job])).toEqual([]);
    expect(await runDueJobs(at(61), [job])).toHaveLength(1);
    expect(job.runs).toBe(2);
    const [view] = await findJobs(at(61), [job]);
    expect(view).toMatchObject({ name: 'test.count', lastResult: { runs: 2 }, lastError: null });
  });

  it('records a failure instead of throwing, and tries again next time', async () => {
    const job = countingJob('test.fail', true);
    const [result] = await runDueJobs(at(0), [job]);
    expect(result).toMatchObject({ ok: false, error: 'the job failed' });
    const [view] = await findJobs(at(0), [job]);
    expect(view?.lastError).toBe('the job failed');
    expect(await runDueJobs(at(61), [job])).toHaveLength(1);
  });

  it('runs a job again at once when its last run was cut off by a dying server', async () => {
    const job = countingJob('test.cut-off');
    job.intervalSeconds = 86_400;
    await runDueJobs(at(0), [job]);
    // A server claimed the next run and died before finishing it.
    await t.systemCtx.db
      .update(scheduledJobs)
      .set({
        lastStartedAt: new Date(START + 86_400_000),
        heartbeatAt: new Date(START + 86_400_000 + 30_000),
        nextRunAt: new Date(START + 2 * 86_400_000),
      })
      .where(eq(scheduledJobs.name, job.name));
    const cutOffAt = 86_400;
    // Its last heartbeat was 30 s after it started: the lease counts from there.
    expect(await runDueJobs(at(cutOffAt + 30 + DEFAULT_JOB_LEASE_SECONDS - 1), [job])).toEqual([]);
    expect(await runDueJobs(at(cutOffAt + 30 + DEFAULT_JOB_LEASE_SECONDS), [job])).toHaveLength(1);
    expect(job.runs).toBe(2);
    // Finished now: it waits for its interval again.
    expect(await runDueJobs(at(cutOffAt + 30 + DEFAULT_JOB_LEASE_SECONDS + 60), [job])).toEqual([]);
  });

  it('lets an admin list jobs and run one now, and nobody else', async () => {
    const list = await t.request('admin', { method: 'GET', url: '/api/jobs' });
    expect(list.json().items.map((j: { name: string }) => j.name)).toContain('registrations.expire');
    const run = await t.request('admin', { method: 'POST', url: '/api/jobs/registrations.expire/run' });
    expect(run.json()).toMatchObject({
      name: 'registrations.expire',
      ok: true,
      result: { expired: 0, reminded: 0 },
    });
    const refused = await t.request('partner_manager', {
      method: 'POST',
      url: '/api/jobs/registrations.expire/run',
    });
    expect(refused.statusCode).toBe(403);
  });
});
