import type { IsolationBuilder } from './isolation-targets.js';

/**
 * Nothing to isolate: CRM imports and exports (integrations.import/export), cloud co-sell exchange
 * (cosell.exchange) and account contacts (accounts.read) are vendor-only actions, which the authorization
 * matrix already proves partner users are refused.
 */
export const integrationsIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
