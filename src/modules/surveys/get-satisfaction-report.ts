import {
  type SatisfactionFigures,
  summarizeBy,
  summarizeResponses,
} from '../../analytics/satisfaction/satisfaction-math.js';
import type { Ctx } from '../../platform/context.js';
import { loadReportResponses } from './load-report-responses.js';
import { monthsOf, reportRange } from './report-range.js';
import type { SatisfactionReport } from './surveys.schemas.js';

export interface SatisfactionReportInput {
  from?: string | undefined;
  to?: string | undefined;
  surveyId?: string | undefined;
}

const UNTIERED = 'untiered';

function groups(
  figures: Map<string, SatisfactionFigures>,
  label: (key: string) => string = (key) => key,
): SatisfactionReport['byTier'] {
  return [...figures]
    .map(([key, f]) => ({ key, label: label(key), ...f }))
    .sort((a, b) => b.responses - a.responses || a.key.localeCompare(b.key));
}

/** PSAT and pNPS for the whole program and by tier, region, partner type, survey and month. */
export async function getSatisfactionReport(
  ctx: Ctx,
  input: SatisfactionReportInput,
): Promise<SatisfactionReport> {
  const range = reportRange(ctx.clock.now(), input);
  const responses = await loadReportResponses(ctx, range, { surveyId: input.surveyId });
  const byMonth = summarizeBy(responses, (r) => [r.month]);
  const surveyNames = new Map(responses.map((r) => [r.surveyId, r.surveyName]));
  return {
    from: range.from,
    to: range.to,
    overall: summarizeResponses(responses),
    byTier: groups(
      summarizeBy(responses, (r) => [r.tier ?? UNTIERED]),
      (key) => (key === UNTIERED ? 'No tier' : key),
    ),
    byRegion: groups(summarizeBy(responses, (r) => r.regions)),
    byPartnerType: groups(summarizeBy(responses, (r) => [r.type])),
    bySurvey: groups(
      summarizeBy(responses, (r) => [r.surveyId]),
      (key) => surveyNames.get(key) ?? key,
    ),
    byMonth: monthsOf(range).map((month) => ({
      key: month,
      label: month,
      ...(byMonth.get(month) ?? summarizeResponses([])),
    })),
  };
}
