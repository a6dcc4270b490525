import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DEMO_CLOUD_UPDATE_ID, DEMO_CONTACTS_FILE } from '../../demo/integrations-events.js';
import { accountContacts } from '../../modules/accounts/accounts.table.js';
import { dealActivities, opportunities } from '../../modules/deals/deals.table.js';
import { cloudReferrals, crmImports } from '../../modules/integrations/integrations.table.js';
import type { TestDatabase } from '../../testing/test-database.js';

/** The demo's integrations: an applied Salesforce contacts import with its report, and a deal shared with AWS. */
export function describeIntegrationsDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('the demo integrations', () => {
    const db = () => database().database.db;

    it('has an applied Salesforce contacts import that reports its one bad row', async () => {
      const [applied] = await db()
        .select()
        .from(crmImports)
        .where(eq(crmImports.fileName, DEMO_CONTACTS_FILE));
      expect(applied).toMatchObject({
        source: 'salesforce',
        object: 'contacts',
        status: 'applied',
        totalRows: 9,
      });
      expect(applied!.report).toMatchObject({ dryRun: false, created: 8, failed: 1 });
      expect((applied!.report as { errors: { row: number; field: string }[] }).errors).toEqual([
        expect.objectContaining({ row: 5, field: 'accountId' }),
      ]);
      expect((await db().select().from(accountContacts)).length).toBeGreaterThanOrEqual(8);
    });

    it('has a partner deal shared with AWS whose cloud update moved it on', async () => {
      const [referral] = await db()
        .select()
        .from(cloudReferrals)
        .where(eq(cloudReferrals.cloudId, DEMO_CLOUD_UPDATE_ID));
      expect(referral).toMatchObject({ format: 'aws_partner_central', cloudStatus: 'Approved' });
      expect(referral!.lastPayload).toMatchObject({ PartnerOpportunityIdentifier: referral!.opportunityId });
      const [deal] = await db()
        .select()
        .from(opportunities)
        .where(eq(opportunities.id, referral!.opportunityId));
      expect(['proposal', 'negotiation']).toContain(deal!.stage);
      const kinds = (
        await db().select().from(dealActivities).where(eq(dealActivities.opportunityId, deal!.id))
      ).map((a) => a.kind);
      expect(kinds).toEqual(expect.arrayContaining(['cloud_referral_exported', 'cloud_update']));
    });
  });
}
