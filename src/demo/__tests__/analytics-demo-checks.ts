import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { getRevenueForecastReport } from '../../modules/predictions/forecast-indirect-revenue.js';
import { getModelEvaluation } from '../../modules/predictions/get-model-evaluation.js';
import { scorePartnerChurn } from '../../modules/predictions/score-partner-churn.js';
import { scoreRegistrations } from '../../modules/predictions/score-registrations.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';
import { readerCtx } from './read-demo.js';

/**
 * The models trained on the demo story's last evening, judged on their time-based holdouts. The
 * figures are what the seeded story gives; BENCHMARKS.md reports them with the same caveats.
 */
export function describeAnalyticsDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('the demo predictions and forecast', () => {
    const ctx = () => {
      const end = storyInstant(DEMO_LAST_DAY, 23 * 60 + 45);
      return { ...readerCtx(database().database.db), clock: { now: () => end } };
    };

    it('has a registration-win model that beats the partner win-rate baseline on AUC and Brier score', async () => {
      const { registrationWin } = await getModelEvaluation(ctx());
      expect(registrationWin).not.toBeNull();
      const win = registrationWin!;
      expect(win.holdoutRows).toBeGreaterThan(50);
      expect(win.holdoutPositives).toBeGreaterThan(10);
      expect(win.model.auc!).toBeGreaterThan(win.baseline.auc!);
      expect(win.model.brier!).toBeLessThan(win.baseline.brier!);
      expect(win.beatsBaseline).toBe(true);
    });

    it('has a churn model that ranks better than the activity baseline but is not better calibrated', async () => {
      // Honest result on this story: about sixty training snapshots are too few for nine features, so
      // the model orders partners better than "active in the last 90 days" yet its probabilities are
      // further off. If this changes with the story, the check should say what is true then.
      const { partnerChurn } = await getModelEvaluation(ctx());
      const churn = partnerChurn!;
      expect(churn.holdoutPositives).toBeGreaterThan(5);
      expect(churn.model.auc!).toBeGreaterThan(churn.baseline.auc!);
      expect(churn.model.brier!).toBeGreaterThan(churn.baseline.brier!);
      expect(churn.beatsBaseline).toBe(false);
    });

    it('scores open registrations and active partners with at most three factors each', async () => {
      const registrations = await scoreRegistrations(ctx(), {});
      expect(registrations.trainedAt).not.toBeNull();
      expect(registrations.items.length).toBeGreaterThan(50);
      const churn = await scorePartnerChurn(ctx(), {});
      expect(churn.length).toBeGreaterThan(20);
      for (const score of [...registrations.items, ...churn]) {
        expect(score.probability).toBeGreaterThan(0);
        expect(score.probability).toBeLessThan(1);
        expect(score.factors.length).toBeGreaterThan(0);
        expect(score.factors.length).toBeLessThanOrEqual(3);
      }
    });

    it('forecasts four quarters with ordered 80% intervals and reports its backtest against naive', async () => {
      const report = await getRevenueForecastReport(ctx(), {});
      expect(report.quarters).toHaveLength(4);
      for (const q of report.quarters) {
        expect(q.lowMinor).toBeLessThanOrEqual(q.expectedMinor);
        expect(q.expectedMinor).toBeLessThanOrEqual(q.highMinor);
        expect(q.expectedMinor).toBe(q.fromPipelineMinor + q.fromTrendMinor);
      }
      expect(report.history.filter((h) => h.actualMinor > 0).length).toBeGreaterThanOrEqual(5);
      expect(report.backtest.points).toBeGreaterThanOrEqual(8);
      expect(report.backtest.coveragePoints).toBeGreaterThan(0);
      expect(report.backtest.coverage).not.toBeNull();
      expect(report.backtest.naiveLast.mae).not.toBeNull();
      const { revenueForecast } = await getModelEvaluation(ctx());
      expect(revenueForecast!.backtest).toEqual(report.backtest);
    });
  });
}
