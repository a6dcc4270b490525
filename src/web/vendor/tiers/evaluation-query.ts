import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';
import { TIERS_KEY } from '../../shared/tiers/tier-queries';

/** A dry run of the tier evaluation: every tiered partner with its metrics and what would happen. */
export const dryRunQuery = queryOptions({
  queryKey: [...TIERS_KEY, 'evaluation', 'dry-run'],
  queryFn: () => unwrap(api.POST('/api/tiers/evaluate', { body: { dryRun: true } })),
});

/**
 * The same dry run for the custom metric editor, which needs every tiered partner with its values; kept
 * apart so the evaluation preview still runs only when asked.
 */
export const tieredPartnersQuery = queryOptions({
  ...dryRunQuery,
  queryKey: [...TIERS_KEY, 'custom-metric', 'partners'],
});

export const applyEvaluation = () => unwrap(api.POST('/api/tiers/evaluate', { body: { dryRun: false } }));
