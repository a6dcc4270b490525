import type { Executor } from '../../platform/db/client.js';
import { loadAnalyticsSettings } from '../scorecard/analytics-settings.js';

/** The program's gross margin assumption, and whether the program set it or it is the default. */
export async function readGrossMargin(
  db: Executor,
): Promise<{ pct: number; source: 'settings' | 'default' }> {
  const stored = await loadAnalyticsSettings(db);
  return {
    pct: stored.settings.grossMarginPercent,
    source: stored.updatedAt === null ? 'default' : 'settings',
  };
}
