import { draftSwot as draftSwotFromInputs } from '../../analytics/program/draft-swot.js';
import { STAGE_LABELS } from '../../analytics/program/program-capabilities.js';
import type { SwotInputs } from '../../analytics/program/swot-inputs.js';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { forecastIndirectRevenue } from '../predictions/forecast-indirect-revenue.js';
import { scorePartnerChurn } from '../predictions/score-partner-churn.js';
import { benchmarkPartners } from '../scorecard/benchmark-partners.js';
import { getProgramStage } from './get-program-stage.js';
import { getWhiteSpace } from './get-white-space.js';
import { measureConflicts } from './measure-conflicts.js';
import type { SwotDraft } from './swot.schemas.js';

/** The benchmark period: the trailing year. */
const PERIOD_DAYS = 365;

interface Source {
  available: boolean;
  note: string | null;
}

/** A missing source leaves its quadrant lines out and is named in the basis, rather than failing the draft. */
async function attempt<T>(
  sources: Record<string, Source>,
  name: string,
  load: () => Promise<T>,
): Promise<T | null> {
  try {
    const value = await load();
    sources[name] = { available: true, note: null };
    return value;
  } catch (error) {
    sources[name] = { available: false, note: error instanceof Error ? error.message : String(error) };
    return null;
  }
}

/** A SWOT drafted from the program's metrics now; nothing is saved until the owner saves an edit. */
export async function draftSwot(ctx: Ctx): Promise<SwotDraft> {
  const asOf = ctx.clock.now();
  const to = asOf.toISOString().slice(0, 10);
  const from = addDays(asOf, -PERIOD_DAYS).toISOString().slice(0, 10);
  const sources: Record<string, Source> = {};
  const benchmarks = await attempt(sources, 'benchmarks', () => benchmarkPartners(ctx, { from, to }));
  const churn = await attempt(sources, 'churn', () => scorePartnerChurn(ctx, { asOf: asOf.toISOString() }));
  const forecast = await attempt(sources, 'forecast', () =>
    forecastIndirectRevenue(ctx, { asOf: asOf.toISOString() }),
  );
  const whiteSpace = await attempt(sources, 'whiteSpace', () => getWhiteSpace(ctx));
  const conflicts = await attempt(sources, 'conflicts', () => measureConflicts(ctx.db, asOf));
  const stage = await attempt(sources, 'stage', () => getProgramStage(ctx, { asOf: asOf.toISOString() }));
  const inputs: SwotInputs = {
    benchmarks,
    churn,
    forecast,
    whiteSpace,
    conflicts,
    stage: stage && {
      stageLabel: stage.stage ? STAGE_LABELS[stage.stage] : null,
      nextLabel: stage.next ? STAGE_LABELS[stage.next] : null,
      missing: stage.missing,
    },
  };
  const content = draftSwotFromInputs(inputs);
  const next = forecast?.quarters[0];
  return {
    asOf: asOf.toISOString(),
    content,
    basis: {
      asOf: asOf.toISOString(),
      from,
      to,
      sources,
      figures: {
        stage: stage?.stage ?? null,
        missingCapabilities: stage?.missing.map((m) => m.key) ?? [],
        flaggedOver: benchmarks?.filter((b) => b.flag === 'over').length ?? null,
        flaggedUnder: benchmarks?.filter((b) => b.flag === 'under').length ?? null,
        likelyChurn: churn?.filter((c) => c.probability >= 0.5).length ?? null,
        conflictRatePct:
          conflicts && conflicts.decided > 0
            ? Math.round((conflicts.conflicted / conflicts.decided) * 1000) / 10
            : null,
        whiteSpace: whiteSpace?.totals.whiteSpace ?? null,
        introductions: whiteSpace?.totals.introductions ?? null,
        unmappedPartners: whiteSpace?.totals.unmappedPartners ?? null,
        forecastNextQuarter: next
          ? { quarter: next.quarter, expectedMinor: next.expectedMinor, currency: forecast.currency }
          : null,
      },
    },
  };
}
