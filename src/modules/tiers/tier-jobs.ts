import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { evaluateTiers } from './evaluate-tiers.js';

export const evaluateTiersJob: JobDefinition = {
  name: 'tiers.evaluate',
  description: 'Evaluates every partner against the tier program: promotions, demotion warnings, demotions',
  intervalSeconds: 24 * 60 * 60,
  async run(ctx) {
    const run = await evaluateTiers(ctx, { dryRun: false });
    return { partners: run.evaluations.length, moved: run.moved };
  },
};
