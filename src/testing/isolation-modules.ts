import { attributionIsolation } from './isolation-attribution.js';
import { filesIsolation } from './isolation-files.js';
import { incentivesIsolation } from './isolation-incentives.js';
import { integrationsIsolation } from './isolation-integrations.js';
import { leadsIsolation } from './isolation-leads.js';
import { marketingIsolation } from './isolation-marketing.js';
import { mdfIsolation } from './isolation-mdf.js';
import { predictionsIsolation } from './isolation-predictions.js';
import { programIsolation } from './isolation-program.js';
import { scorecardIsolation } from './isolation-scorecard.js';
import { surveysIsolation } from './isolation-surveys.js';
import type { IsolationBuilder } from './isolation-targets.js';
import { webhooksIsolation } from './isolation-webhooks.js';

/** Modules that bring their own partner isolation targets (the older ones are in the suite itself). */
export const ISOLATION_MODULES: readonly IsolationBuilder[] = [
  filesIsolation,
  marketingIsolation,
  leadsIsolation,
  mdfIsolation,
  incentivesIsolation,
  surveysIsolation,
  attributionIsolation,
  scorecardIsolation,
  predictionsIsolation,
  programIsolation,
  webhooksIsolation,
  integrationsIsolation,
];
