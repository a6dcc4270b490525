import type { LogisticModel } from '../../analytics/stats/logistic-regression.js';
import type { Executor } from '../../platform/db/client.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { fitChurnModel } from './fit-churn-model.js';
import { fitWinModel } from './fit-win-model.js';
import { loadLatestModel } from './load-latest-model.js';
import type { ChurnParameters, WinParameters } from './model-records.js';
import { readPartnerTimelines } from './read-partner-timelines.js';
import { readRegistrationHistory } from './read-registration-history.js';

export interface CurrentModel {
  model: LogisticModel;
  /** Null when nothing was saved yet and the model was fitted just now, without saving. */
  trainedAt: Date | null;
  trainedThrough: Date;
}

/** The saved win model, or one fitted from the data now when none was trained yet (null if too little data). */
export async function currentWinModel(db: Executor, asOf: Date): Promise<CurrentModel | null> {
  const saved = await loadLatestModel(db, 'registration_win');
  if (saved) {
    const parameters = saved.parameters as WinParameters;
    return { model: parameters.model, trainedAt: saved.trainedAt, trainedThrough: saved.trainedThrough };
  }
  const program = await loadTierProgram(db);
  const fitted = fitWinModel(await readRegistrationHistory(db), program.exchangeRates, asOf);
  return fitted && { model: fitted.model, trainedAt: null, trainedThrough: fitted.trainedThrough };
}

/** The saved churn model, or one fitted from the data now when none was trained yet (null if too little data). */
export async function currentChurnModel(db: Executor, asOf: Date): Promise<CurrentModel | null> {
  const saved = await loadLatestModel(db, 'partner_churn');
  if (saved) {
    const parameters = saved.parameters as ChurnParameters;
    return { model: parameters.model, trainedAt: saved.trainedAt, trainedThrough: saved.trainedThrough };
  }
  const fitted = fitChurnModel(await readPartnerTimelines(db), asOf);
  return fitted && { model: fitted.model, trainedAt: null, trainedThrough: fitted.trainedThrough };
}
