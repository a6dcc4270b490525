import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { loadAnalyticsSettings, SETTINGS_ID } from './analytics-settings.js';
import type { AnalyticsSettings, AnalyticsSettingsView } from './scorecard.schemas.js';
import { analyticsSettings } from './scorecard.table.js';

/** Replaces the program's scorecard assumptions (margin, costs, attribution model). */
export async function updateAnalyticsSettings(
  ctx: Ctx,
  input: AnalyticsSettings,
): Promise<AnalyticsSettingsView> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadAnalyticsSettings(tx.db);
    const now = tx.clock.now();
    const row = { settings: input, updatedBy: actorUserId(tx.actor), updatedAt: now };
    await tx.db
      .insert(analyticsSettings)
      .values({ id: SETTINGS_ID, ...row })
      .onConflictDoUpdate({ target: analyticsSettings.id, set: row });
    await recordAudit(tx, {
      action: 'analytics.settings_updated',
      entityType: 'analytics_settings',
      entityId: SETTINGS_ID,
      before: before.settings,
      after: input,
    });
    await publishEvent(tx, {
      type: 'analytics.settings_updated',
      entityType: 'analytics_settings',
      entityId: SETTINGS_ID,
      payload: { ...input },
    });
    return { ...input, updatedAt: now.toISOString() };
  });
}
