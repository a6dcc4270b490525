import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { leadOffers, leads } from '../../modules/leads/leads.table.js';
import { domainEvents } from '../../platform/events/events.table.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';

/** The demo's leads: every source and status, offers answered every way, and offers still waiting. */
export function describeLeadsDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('demo leads', () => {
    const db = () => database().database.db;
    const countBy = async (column: typeof leads.status | typeof leads.source) => {
      const rows = await db()
        .select({ key: column, n: sql<number>`count(*)::int` })
        .from(leads)
        .groupBy(column);
      return Object.fromEntries(rows.map((r) => [r.key, r.n]));
    };

    it('brings leads in by import and by hand over the story’s last months, some matched to accounts', async () => {
      const sources = await countBy(leads.source);
      expect(sources.import).toBeGreaterThanOrEqual(25);
      expect(sources.manual).toBeGreaterThanOrEqual(15);
      const [range] = await db()
        .select({ first: sql<string>`min(${leads.createdAt})`, last: sql<string>`max(${leads.createdAt})` })
        .from(leads)
        .where(eq(leads.source, 'import'));
      expect(new Date(range!.first).getTime()).toBeGreaterThan(storyInstant(DEMO_LAST_DAY - 200).getTime());
      expect(new Date(range!.last).getTime()).toBeLessThanOrEqual(storyInstant(DEMO_LAST_DAY + 1).getTime());
      const updated = await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(leads)
        .where(
          sql`${leads.source} = 'import' and ${leads.updatedAt} > ${leads.createdAt} + interval '20 days'`,
        );
      expect(updated[0]!.n).toBeGreaterThan(0);
      const matched = await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(leads)
        .where(sql`${leads.accountId} is not null`);
      expect(matched[0]!.n).toBeGreaterThan(0);
    });

    it('has leads in every status: accepted, converted, unassignable, disqualified, duplicates and offers waiting', async () => {
      const statuses = await countBy(leads.status);
      for (const status of ['offered', 'accepted', 'converted', 'unassignable', 'disqualified', 'duplicate'])
        expect(statuses[status] ?? 0, status).toBeGreaterThan(0);
      const converted = await db()
        .select({ registrationId: leads.registrationId })
        .from(leads)
        .where(eq(leads.status, 'converted'));
      expect(converted.every((l) => l.registrationId !== null)).toBe(true);
    });

    it('has offers answered every way, with decline reasons, SLA expiries and redistribution', async () => {
      const rows = await db()
        .select({ status: leadOffers.status, n: sql<number>`count(*)::int` })
        .from(leadOffers)
        .groupBy(leadOffers.status);
      const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
      for (const status of ['pending', 'accepted', 'declined', 'expired', 'withdrawn'])
        expect(byStatus[status] ?? 0, status).toBeGreaterThan(0);
      const declined = await db().select().from(leadOffers).where(eq(leadOffers.status, 'declined'));
      expect(declined.every((o) => (o.declineReason ?? '').length > 3)).toBe(true);
      const redistributed = await db()
        .select({ leadId: leadOffers.leadId })
        .from(leadOffers)
        .groupBy(leadOffers.leadId)
        .having(sql`count(distinct ${leadOffers.partnerId}) > 1`);
      expect(redistributed.length).toBeGreaterThan(5);
      const partners = await db()
        .select({ n: sql<number>`count(distinct ${leadOffers.partnerId})::int` })
        .from(leadOffers);
      expect(partners[0]!.n).toBeGreaterThan(8);
      const events = await db()
        .select({ type: domainEvents.type })
        .from(domainEvents)
        .where(sql`${domainEvents.type} like 'lead.%'`)
        .groupBy(domainEvents.type);
      expect(events.map((e) => e.type)).toEqual(
        expect.arrayContaining([
          'lead.created',
          'lead.offered',
          'lead.accepted',
          'lead.declined',
          'lead.offer_expired',
          'lead.converted',
          'lead.disqualified',
        ]),
      );
    });
  });
}
