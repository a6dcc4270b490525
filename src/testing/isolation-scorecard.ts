import type { IsolationBuilder } from './isolation-targets.js';

export const scorecardIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
