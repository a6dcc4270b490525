import type { Ctx } from '../../platform/context.js';
import { loadAnalyticsSettings } from './analytics-settings.js';
import type { AnalyticsSettingsView } from './scorecard.schemas.js';

export async function getAnalyticsSettings(ctx: Ctx): Promise<AnalyticsSettingsView> {
  const stored = await loadAnalyticsSettings(ctx.db);
  return { ...stored.settings, updatedAt: stored.updatedAt };
}
