/**
 * Predictions and forecast on the demo program: seeds the demo (seed 42) into a fresh database,
 * retrains the models at the story's end, and prints markdown with the holdout figures of the
 * registration-win and partner-churn models against their baselines, and the indirect revenue
 * forecast's backtest against naive forecasts.
 *
 *   npm run bench:predictions                      # fresh in-memory PGlite
 *   npm run bench:predictions -- --db postgres     # BENCH_DATABASE_URL, else trellis_bench_predictions; emptied first
 *
 * Deterministic: the same code and seed give the same figures on either database.
 */

import { sql } from 'drizzle-orm';
import { DEMO_LAST_DAY, storyInstant } from '../src/demo/demo-clock.js';
import { seedDemoIfEmpty } from '../src/demo/seed-demo-if-empty.js';
import { getRevenueForecastReport } from '../src/modules/predictions/forecast-indirect-revenue.js';
import type { BinaryModelEvaluation } from '../src/modules/predictions/predictions.schemas.js';
import { trainPredictionModels } from '../src/modules/predictions/train-prediction-models.js';
import { systemActor } from '../src/platform/actor.js';
import type { Ctx } from '../src/platform/context.js';
import { type Database, openDatabase } from '../src/platform/db/client.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';
import { createIdGenerator } from '../src/platform/ids.js';
import { flag, openBenchDatabase, parseTarget } from './bench-db.js';

const figure = (value: number | null, digits = 3) => (value === null ? '–' : value.toFixed(digits));
const money = (minor: number | null) =>
  minor === null ? '–' : Math.round(minor / 100).toLocaleString('en-US');
const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

async function freshDatabase(target: 'pglite' | 'postgres'): Promise<Database> {
  if (target === 'pglite') {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return database;
  }
  // Its own database by default: emptying the shared bench database would pull it from under the other benchmarks.
  process.env.BENCH_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/trellis_bench_predictions';
  const database = await openBenchDatabase('postgres');
  await database.db.execute(sql`DROP SCHEMA public CASCADE`);
  await database.db.execute(sql`CREATE SCHEMA public`);
  await database.db.execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
  await migrateDatabase(database);
  return database;
}

function binaryRows(name: string, e: BinaryModelEvaluation): string[] {
  return [
    `| ${name} | model | ${e.trainRows} | ${e.holdoutRows} (${e.holdoutPositives} positive) | ${figure(e.model.auc)} | ${figure(e.model.brier)} | ${figure(e.model.ece)} |`,
    `| | baseline: ${e.baselineName} | | | ${figure(e.baseline.auc)} | ${figure(e.baseline.brier)} | ${figure(e.baseline.ece)} |`,
  ];
}

const target = parseTarget(flag(process.argv.slice(2), 'db') ?? 'pglite');
const database = await freshDatabase(target);
try {
  const seedStart = performance.now();
  await seedDemoIfEmpty(database, { seed: 42 });
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const end = storyInstant(DEMO_LAST_DAY, 23 * 60 + 45);
  const ctx: Ctx = {
    db: database.db,
    actor: systemActor('bench'),
    clock: { now: () => end },
    ids: createIdGenerator(() => end),
    requestId: null,
  };
  const trainStart = performance.now();
  const trained = await trainPredictionModels(ctx);
  const trainMs = performance.now() - trainStart;
  const forecastStart = performance.now();
  const report = await getRevenueForecastReport(ctx, {});
  const forecastMs = performance.now() - forecastStart;

  const lines = [
    `# Predictions and forecast (demo seed 42, ${target}, as of ${end.toISOString().slice(0, 10)})`,
    '',
    `Seeding took ${seedSeconds.toFixed(0)} s; training all three ${trainMs.toFixed(0)} ms; one forecast request ${forecastMs.toFixed(0)} ms.`,
    '',
    '| model | predictor | training rows | holdout rows | AUC | Brier | ECE |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...(trained.registrationWin ? binaryRows('registration win', trained.registrationWin) : []),
    ...(trained.partnerChurn ? binaryRows('partner churn (180 days)', trained.partnerChurn) : []),
    '',
    `Beats its baseline on both AUC and Brier: registration win ${trained.registrationWin?.beatsBaseline ? 'yes' : 'no'}, partner churn ${trained.partnerChurn?.beatsBaseline ? 'yes' : 'no'}.`,
    '',
    `Forecast backtest (${report.currency}, ${report.backtest.points} quarter forecasts from ${new Set(report.backtestPoints.map((p) => p.origin)).size} origins, horizons 1–4):`,
    '',
    '| forecaster | points | MAE | MAPE |',
    '|---|---:|---:|---:|',
    `| pipeline + trend | ${report.backtest.model.points} | ${money(report.backtest.model.mae)} | ${pct(report.backtest.model.mape)} |`,
    `| naive: last quarter repeated | ${report.backtest.naiveLast.points} | ${money(report.backtest.naiveLast.mae)} | ${pct(report.backtest.naiveLast.mape)} |`,
    `| pipeline + trend, where a year-earlier quarter exists | ${report.backtest.seasonal.model.points} | ${money(report.backtest.seasonal.model.mae)} | ${pct(report.backtest.seasonal.model.mape)} |`,
    `| naive: same quarter last year | ${report.backtest.seasonal.naive.points} | ${money(report.backtest.seasonal.naive.mae)} | ${pct(report.backtest.seasonal.naive.mape)} |`,
    '',
    `80% interval coverage in the backtest: ${pct(report.backtest.coverage)} of ${report.backtest.coveragePoints} points that had at least three earlier residuals. Interval spread σ₁ = ${figure(report.interval.sigma)} (log scale) from ${report.interval.residuals} residuals.`,
    '',
    '| quarter | expected | 80% interval | from pipeline | from trend |',
    '|---|---:|---:|---:|---:|',
    ...report.quarters.map(
      (q) =>
        `| ${q.quarter} | ${money(q.expectedMinor)} | ${money(q.lowMinor)} – ${money(q.highMinor)} | ${money(q.fromPipelineMinor)} | ${money(q.fromTrendMinor)} |`,
    ),
  ];
  console.log(lines.join('\n'));
} finally {
  await database.close();
}
