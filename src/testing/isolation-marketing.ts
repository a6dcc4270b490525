import type { IsolationBuilder } from './isolation-targets.js';

export const marketingIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
