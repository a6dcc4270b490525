import type { IsolationBuilder } from './isolation-targets.js';

export const programIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
