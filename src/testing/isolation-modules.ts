import { filesIsolation } from './isolation-files.js';
import { incentivesIsolation } from './isolation-incentives.js';
import { leadsIsolation } from './isolation-leads.js';
import { marketingIsolation } from './isolation-marketing.js';
import { mdfIsolation } from './isolation-mdf.js';
import { surveysIsolation } from './isolation-surveys.js';
import type { IsolationBuilder } from './isolation-targets.js';

/** Modules that bring their own partner isolation targets (the older ones are in the suite itself). */
export const ISOLATION_MODULES: readonly IsolationBuilder[] = [
  filesIsolation,
  marketingIsolation,
  leadsIsolation,
  mdfIsolation,
  incentivesIsolation,
  surveysIsolation,
];
