import { type SQL, sql } from 'drizzle-orm';
import type { CapabilityKey } from '../../analytics/program/program-capabilities.js';
import { CAPABILITIES } from '../../analytics/program/program-capabilities.js';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { dealPartners, opportunities } from '../deals/deals.table.js';
import { registrations } from '../deals/registrations.table.js';
import { certificates, courses } from '../enablement/enablement.table.js';
import { incentiveLedger } from '../incentives/incentives.table.js';
import { ippCriteria } from '../ipp/ipp.table.js';
import { leadOffers } from '../leads/leads.table.js';
import { mappingStates } from '../mapping/mapping.table.js';
import { partnerCampaigns } from '../marketing/marketing.table.js';
import { mdfClaims } from '../mdf/mdf.table.js';
import { onboardingTemplates, partnerOnboardings } from '../onboarding/onboarding.table.js';
import { partners } from '../partners/partners.table.js';
import { predictionModels } from '../predictions/predictions.table.js';
import { surveyResponses } from '../surveys/surveys.table.js';
import { partnerTierStates } from '../tiers/tiers.table.js';
import { webhookSubscriptions } from '../webhooks/webhooks.table.js';

/** The window start and the assessment moment, as SQL values. */
interface Window {
  since: SQL;
  asOf: SQL;
}

const ACTIVE = sql`${partners.stage} in ('active', 'at_risk')`;

/** One counting query per capability; all read other modules' tables only. */
const MEASURES: Record<CapabilityKey, (w: Window) => SQL> = {
  design_partners: () => sql`select count(*) from ${partners} where ${ACTIVE}`,
  partner_wins: (w) => sql`
    select count(*) from ${opportunities} o
    where o.stage = 'closed_won'
      and coalesce(o.closed_at, o.close_date::timestamptz) >= ${w.since}
      and coalesce(o.closed_at, o.close_date::timestamptz) < ${w.asOf}
      and exists (select 1 from ${dealPartners} dp where dp.opportunity_id = o.id)`,
  registrations: (w) => sql`
    select count(*) from ${registrations}
    where ${registrations.submittedAt} >= ${w.since} and ${registrations.submittedAt} < ${w.asOf}`,
  ipp_criteria: () => sql`select count(*) from ${ippCriteria}`,
  onboarding_templates: () => sql`select count(*) from ${onboardingTemplates}`,
  onboardings_completed: (w) => sql`
    select count(distinct ${partnerOnboardings.partnerId}) from ${partnerOnboardings}
    where ${partnerOnboardings.status} = 'completed'
      and ${partnerOnboardings.completedAt} >= ${w.since} and ${partnerOnboardings.completedAt} < ${w.asOf}`,
  tiers_evaluated: (w) => sql`
    select count(*) from ${partnerTierStates}
    where ${partnerTierStates.lastEvaluatedAt} >= ${w.since} and ${partnerTierStates.lastEvaluatedAt} < ${w.asOf}`,
  courses_published: () => sql`select count(*) from ${courses} where ${courses.status} = 'published'`,
  certified_people: (w) => sql`
    select count(distinct ${certificates.userId}) from ${certificates}
    where ${certificates.issuedAt} < ${w.asOf} and ${certificates.expiresAt} > ${w.asOf}`,
  tpma_campaigns: (w) => sql`
    select count(*) from ${partnerCampaigns}
    where ${partnerCampaigns.launchedAt} >= ${w.since} and ${partnerCampaigns.launchedAt} < ${w.asOf}`,
  partner_scale: () => sql`select count(*) from ${partners} where ${ACTIVE}`,
  partner_types: () => sql`select count(distinct ${partners.type}) from ${partners} where ${ACTIVE}`,
  regions: () => sql`
    select count(distinct region) from ${partners}, unnest(${partners.regions}) region where ${ACTIVE}`,
  co_sell_deals: (w) => sql`
    select count(*) from ${opportunities} o
    where o.created_at >= ${w.since} and o.created_at < ${w.asOf}
      and exists (select 1 from ${dealPartners} dp where dp.opportunity_id = o.id)`,
  mdf_paid: (w) => sql`
    select count(*) from ${mdfClaims}
    where ${mdfClaims.status} = 'paid' and ${mdfClaims.paidAt} >= ${w.since} and ${mdfClaims.paidAt} < ${w.asOf}`,
  incentives: (w) => sql`
    select count(*) from ${incentiveLedger}
    where ${incentiveLedger.entryType} = 'accrual'
      and ${incentiveLedger.earnedAt} >= ${w.since} and ${incentiveLedger.earnedAt} < ${w.asOf}`,
  leads_routed: (w) => sql`
    select count(*) from ${leadOffers}
    where ${leadOffers.offeredAt} >= ${w.since} and ${leadOffers.offeredAt} < ${w.asOf}`,
  survey_responses: (w) => sql`
    select count(*) from ${surveyResponses}
    where ${surveyResponses.submittedAt} >= ${w.since} and ${surveyResponses.submittedAt} < ${w.asOf}`,
  webhooks: () =>
    sql`select count(*) from ${webhookSubscriptions} where ${webhookSubscriptions.status} = 'active'`,
  analytics_models: (w) => sql`
    select count(*) from ${predictionModels}
    where ${predictionModels.trainedAt} >= ${w.since} and ${predictionModels.trainedAt} < ${w.asOf}`,
  account_mapping: () => sql`select count(*) from ${mappingStates}`,
};

/** Every capability's measured value as of a moment, each over its own window. */
export async function gatherProgramMeasures(ctx: Ctx, asOf: Date): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const spec of CAPABILITIES) {
    const since = addDays(asOf, -(spec.windowDays ?? 0));
    const query = MEASURES[spec.key]!({
      since: sql`${since.toISOString()}::timestamptz`,
      asOf: sql`${asOf.toISOString()}::timestamptz`,
    });
    const result = (await ctx.db.execute(sql`select (${query})::int as value`)) as unknown as {
      rows: { value: number }[];
    };
    out[spec.key] = Number(result.rows[0]?.value ?? 0);
  }
  return out;
}
