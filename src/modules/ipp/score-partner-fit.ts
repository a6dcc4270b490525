import { type Fit, type FitSubject, scoreFit } from '../../analytics/scoring/ipp-fit.js';
import type { Ctx } from '../../platform/context.js';
import { loadIppCriteria } from './get-ipp.js';

/** The fit of one partner or prospect against the IPP in force. */
export async function scorePartnerFit(ctx: Ctx, subject: FitSubject): Promise<Fit> {
  return scoreFit(await loadIppCriteria(ctx), subject);
}
