import type { IsolationBuilder } from './isolation-targets.js';

export const predictionsIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
