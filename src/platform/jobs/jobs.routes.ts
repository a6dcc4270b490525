import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request-context.js';
import { problemResponses } from '../http/schemas.js';
import { findJobs } from './find-jobs.js';
import { JOBS } from './job-catalog.js';
import { runJob } from './run-job.js';

const ZJob = z
  .object({
    name: z.string(),
    description: z.string(),
    intervalSeconds: z.number().int(),
    nextRunAt: z.iso.datetime().nullable(),
    lastStartedAt: z.iso.datetime().nullable(),
    lastFinishedAt: z.iso.datetime().nullable(),
    lastResult: z.unknown(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'Job' });

const ZJobRun = z
  .object({ name: z.string(), ok: z.boolean(), result: z.unknown(), error: z.string().nullable() })
  .meta({ id: 'JobRun' });

const ZJobParams = z.strictObject({ name: z.enum(JOBS.map((job) => job.name) as [string, ...string[]]) });

export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/jobs',
    {
      config: { action: 'jobs.read' },
      schema: {
        operationId: 'listJobs',
        tags: ['jobs'],
        summary: 'Scheduled jobs with their last run and the next',
        response: { 200: z.object({ items: z.array(ZJob) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findJobs(ctxOf(request), JOBS) }),
  );

  app.post(
    '/api/jobs/:name/run',
    {
      config: { action: 'jobs.run' },
      schema: {
        operationId: 'runJob',
        tags: ['jobs'],
        summary: 'Run a scheduled job now',
        params: ZJobParams,
        response: { 200: ZJobRun, ...problemResponses },
      },
    },
    async (request) => runJob(ctxOf(request), JOBS.find((job) => job.name === request.params.name)!),
  );
};
