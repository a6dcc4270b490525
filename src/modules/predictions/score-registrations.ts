import { predictProbability } from '../../analytics/stats/logistic-regression.js';
import type { Ctx } from '../../platform/context.js';
import { formatMoney } from '../../platform/money/money.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { currentWinModel } from './current-models.js';
import { describeWinFeature, topFactors } from './explain-score.js';
import type { RegistrationScore } from './predictions.schemas.js';
import { OPEN_STATUSES, readRegistrationHistory } from './read-registration-history.js';
import { winRows } from './win-features.js';

export interface RegistrationScores {
  trainedAt: string | null;
  trainedThrough: string;
  items: RegistrationScore[];
}

/**
 * Win probability of every open registration (submitted, under review, approved or disputed) with the
 * factors that moved it most, likeliest first. Empty when no model can be fitted yet.
 */
export async function scoreRegistrations(
  ctx: Ctx,
  query: { partnerId?: string },
): Promise<RegistrationScores> {
  const asOf = ctx.clock.now();
  const current = await currentWinModel(ctx.db, asOf);
  if (!current) return { trainedAt: null, trainedThrough: asOf.toISOString(), items: [] };
  const program = await loadTierProgram(ctx.db);
  const rows = winRows(await readRegistrationHistory(ctx.db), program.exchangeRates);
  const items = rows
    .filter(
      (r) =>
        (OPEN_STATUSES as readonly string[]).includes(r.registration.status) &&
        (!query.partnerId || r.registration.partnerId === query.partnerId),
    )
    .map((r) => {
      const f = r.registration;
      const amountText = formatMoney(f.amountMinor, f.currency);
      return {
        registrationId: f.id,
        partnerId: f.partnerId,
        partnerName: f.partnerName,
        customerName: f.customerName,
        status: f.status,
        amountMinor: f.amountMinor,
        currency: f.currency,
        submittedAt: f.submittedAt.toISOString(),
        probability: predictProbability(current.model, r.values),
        baseline: r.baseline,
        factors: topFactors(current.model, r.values, (feature, i) =>
          describeWinFeature(feature, r.values[i]!, amountText),
        ),
      };
    })
    .sort((a, b) => b.probability - a.probability || a.registrationId.localeCompare(b.registrationId));
  return {
    trainedAt: current.trainedAt?.toISOString() ?? null,
    trainedThrough: current.trainedThrough.toISOString(),
    items,
  };
}
