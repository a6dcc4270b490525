import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A trained model: its coefficients and how it did on the time-based holdout against the baseline.
 * Scores are computed from the latest model of each kind.
 */
export const predictionModels = pgTable(
  'prediction_models',
  {
    id: uuid('id').primaryKey(),
    /** registration_win | partner_churn | revenue_forecast */
    kind: text('kind').notNull(),
    /** The history it learned from ends here; the holdout starts here. */
    trainedThrough: timestamp('trained_through', { withTimezone: true }).notNull(),
    parameters: jsonb('parameters').notNull(),
    /** AUC, Brier, calibration bins, baseline figures, coverage … */
    evaluation: jsonb('evaluation').notNull(),
    trainedAt: timestamp('trained_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('prediction_models_kind_idx').on(t.kind, t.trainedAt)],
);
