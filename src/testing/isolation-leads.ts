import type { IsolationBuilder } from './isolation-targets.js';

export const leadsIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
