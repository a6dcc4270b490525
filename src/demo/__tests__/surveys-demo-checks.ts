import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { findPartnerSatisfaction } from '../../modules/surveys/find-partner-satisfaction.js';
import { getSatisfactionReport } from '../../modules/surveys/get-satisfaction-report.js';
import { surveyInvitations, surveys } from '../../modules/surveys/surveys.table.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';
import { readerCtx } from './read-demo.js';

/** The demo's partner satisfaction: two surveys, answers across tiers and regions, varied engagement. */
export function describeSurveysDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('the demo partner satisfaction program', () => {
    const ctx = () => {
      const lastDay = storyInstant(DEMO_LAST_DAY, 1000);
      return { ...readerCtx(database().database.db), clock: { now: () => lastDay } };
    };
    const lastDay = () => storyInstant(DEMO_LAST_DAY).toISOString().slice(0, 10);

    it('runs a quarterly survey and an onboarding survey, with answered, pending and expired invitations', async () => {
      const rows = await ctx().db.select().from(surveys);
      expect(rows.map((s) => s.trigger).sort()).toEqual(['onboarding.completed', 'schedule']);
      expect(rows.every((s) => s.status === 'active')).toBe(true);
      const invitations = await ctx().db.select().from(surveyInvitations);
      const statuses = new Set(invitations.map((i) => i.status));
      expect(statuses).toEqual(new Set(['answered', 'pending', 'expired']));
      for (const survey of rows) {
        expect(
          invitations.some((i) => i.surveyId === survey.id && i.status === 'answered'),
          survey.name,
        ).toBe(true);
      }
    });

    it('has PSAT and pNPS per tier and region, happier in higher tiers', async () => {
      const report = await getSatisfactionReport(ctx(), { from: '2025-01-01', to: lastDay() });
      expect(report.overall.responses).toBeGreaterThan(30);
      expect(report.overall.detractors).toBeGreaterThan(0);
      expect(report.byRegion.length).toBeGreaterThanOrEqual(3);
      expect(report.byTier.length).toBeGreaterThanOrEqual(2);
      for (const group of [...report.byRegion, ...report.byTier]) {
        expect(group.psat, group.key).not.toBeNull();
        expect(group.pnps, group.key).not.toBeNull();
      }
      const platinum = report.byTier.find((g) => g.key === 'platinum');
      const untiered = report.byTier.find((g) => g.key === 'untiered');
      if (platinum && untiered) expect(platinum.pnps!).toBeGreaterThan(untiered.pnps!);
      expect(report.byMonth.filter((m) => m.responses > 0).length).toBeGreaterThan(6);
    });

    it('gives partners engagement scores that vary', async () => {
      const page = await findPartnerSatisfaction(ctx(), {
        limit: 200,
        sort: '-engagementScore',
        asOf: lastDay(),
        stage: ['active', 'at_risk'],
      });
      const scores = page.items.filter((p) => p.enabledUsers > 0).map((p) => p.engagementScore);
      expect(new Set(scores).size).toBeGreaterThan(3);
      expect(Math.max(...scores)).toBeGreaterThan(50);
      expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(25);
    });
  });
}
