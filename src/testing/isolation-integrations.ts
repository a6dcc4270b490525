import type { IsolationBuilder } from './isolation-targets.js';

export const integrationsIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
