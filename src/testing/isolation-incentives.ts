import type { IsolationBuilder } from './isolation-targets.js';

export const incentivesIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
