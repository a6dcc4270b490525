import type { Executor } from '../../platform/db/client.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { loadAnalyticsSettings } from './analytics-settings.js';
import type { AnalyticsSettings } from './scorecard.schemas.js';

/** The program currency, its exchange rates and the cost assumptions, read once per request. */
export interface ProgramAssumptions {
  currency: string;
  exchangeRates: Record<string, number>;
  /** exchangeRates plus the program currency itself at 1, for the SQL conversions. */
  rates: Record<string, number>;
  settings: AnalyticsSettings;
}

export async function loadProgramAssumptions(db: Executor): Promise<ProgramAssumptions> {
  const program = await loadTierProgram(db);
  const { settings } = await loadAnalyticsSettings(db);
  return {
    currency: program.currency,
    exchangeRates: program.exchangeRates,
    rates: { ...program.exchangeRates, [program.currency]: 1 },
    settings,
  };
}
