import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { leads } from '../../modules/leads/leads.table.js';
import {
  campaignLinks,
  campaignTemplates,
  campaignTouches,
  partnerCampaigns,
} from '../../modules/marketing/marketing.table.js';
import { domainEvents } from '../../platform/events/events.table.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';

/** The demo's through-partner marketing: templates of every kind, partners' campaigns and their traffic. */
export function describeMarketingDemo(database: () => TestDatabase, app: () => FastifyInstance): void {
  describe('demo through-partner marketing', () => {
    const db = () => database().database.db;

    it('has published templates of every kind and one still in draft', async () => {
      const rows = await db().select().from(campaignTemplates);
      const published = rows.filter((t) => t.status === 'published');
      expect(new Set(published.map((t) => t.kind))).toEqual(
        new Set(['email', 'landing_page', 'social_post']),
      );
      expect(rows.filter((t) => t.status === 'draft')).toHaveLength(1);
    });

    it('has campaigns launched by several partners over the last months, one draft and one ended', async () => {
      const rows = await db().select().from(partnerCampaigns);
      const launchedBy = new Set(rows.filter((c) => c.launchedAt).map((c) => c.partnerId));
      expect(launchedBy.size).toBeGreaterThanOrEqual(3);
      expect(rows.filter((c) => c.status === 'draft')).toHaveLength(1);
      expect(rows.filter((c) => c.status === 'ended')).toHaveLength(1);
      for (const c of rows.filter((r) => r.launchedAt)) {
        expect(c.launchedAt!.getTime()).toBeGreaterThan(storyInstant(DEMO_LAST_DAY - 220).getTime());
        expect(c.logoFileId).not.toBeNull();
      }
      const launchedEvents = await db()
        .select({ partnerId: domainEvents.partnerId })
        .from(domainEvents)
        .where(eq(domainEvents.type, 'campaign.launched'));
      expect(new Set(launchedEvents.map((e) => e.partnerId))).toEqual(launchedBy);
    });

    it('records views, clicks and form fills, and every form fill is a lead', async () => {
      const counts = await db()
        .select({ kind: campaignTouches.kind, n: sql<number>`count(*)::int` })
        .from(campaignTouches)
        .groupBy(campaignTouches.kind);
      const by = Object.fromEntries(counts.map((c) => [c.kind, c.n]));
      expect(by.view).toBeGreaterThan(100);
      expect(by.click).toBeGreaterThan(50);
      expect(by.form_fill).toBeGreaterThanOrEqual(5);
      const fills = await db()
        .select({ leadId: campaignTouches.leadId })
        .from(campaignTouches)
        .where(and(eq(campaignTouches.kind, 'form_fill'), isNotNull(campaignTouches.leadId)));
      expect(fills.length).toBe(by.form_fill);
      const found = await db()
        .select({ id: leads.id })
        .from(leads)
        .where(
          inArray(
            leads.id,
            fills.map((f) => f.leadId!),
          ),
        );
      expect(found.length).toBe(new Set(fills.map((f) => f.leadId)).size);
    });

    it('serves a launched landing page with its tracked links, scripts forbidden', async () => {
      const [page] = await db()
        .select({ slug: partnerCampaigns.slug, id: partnerCampaigns.id })
        .from(partnerCampaigns)
        .innerJoin(campaignTemplates, eq(campaignTemplates.id, partnerCampaigns.templateId))
        .where(and(eq(partnerCampaigns.status, 'launched'), eq(campaignTemplates.kind, 'landing_page')))
        .limit(1);
      expect(page).toBeDefined();
      // ?thanks shows the page without counting a visit, so the check writes nothing.
      const res = await app().inject({ method: 'GET', url: `/c/${page!.slug}?thanks` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-security-policy']).toContain("script-src 'none'");
      expect(res.body).toContain('<form method="post"');
      const links = await db().select().from(campaignLinks).where(eq(campaignLinks.campaignId, page!.id));
      expect(links.map((l) => l.purpose)).toContain('landing_page');
    });
  });
}
