import type { IsolationBuilder } from './isolation-targets.js';

export const attributionIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
