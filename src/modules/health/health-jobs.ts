import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { evaluatePartnerHealth } from './evaluate-partner-health.js';

export const evaluateHealthJob: JobDefinition = {
  name: 'partners.health',
  description: 'Moves active partners to at_risk when a health rule fires, and back once none does',
  intervalSeconds: 24 * 60 * 60,
  async run(ctx) {
    const run = await evaluatePartnerHealth(ctx, { dryRun: false });
    return { partners: run.assessments.length, moved: run.moved };
  },
};
