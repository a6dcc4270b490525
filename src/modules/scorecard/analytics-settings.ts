import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import type { AnalyticsSettings } from './scorecard.schemas.js';
import { analyticsSettings } from './scorecard.table.js';

export const SETTINGS_ID = 'default';

/**
 * Assumptions used until the program saves its own: a software margin, a modest enablement and
 * management cost, and a direct sales cost so CAC has a channel to compare with. Money is in the
 * tier program's currency, minor units.
 */
export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = {
  grossMarginPercent: 75,
  enablementCostPerEnrollmentMinor: 20_000,
  enablementCostPerCertificateMinor: 50_000,
  managementCostPerPartnerMonthMinor: 150_000,
  directSalesMarketingCostPerMonthMinor: 5_000_000,
  maxCustomerLifetimeYears: 10,
  attributionModel: 'linear',
};

export interface StoredAnalyticsSettings {
  settings: AnalyticsSettings;
  updatedAt: string | null;
}

export async function loadAnalyticsSettings(db: Executor): Promise<StoredAnalyticsSettings> {
  const [row] = await db.select().from(analyticsSettings).where(eq(analyticsSettings.id, SETTINGS_ID));
  if (!row) return { settings: DEFAULT_ANALYTICS_SETTINGS, updatedAt: null };
  // Fields added after a row was saved take their default.
  const settings = { ...DEFAULT_ANALYTICS_SETTINGS, ...(row.settings as Partial<AnalyticsSettings>) };
  return { settings, updatedAt: row.updatedAt.toISOString() };
}
