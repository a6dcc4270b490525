import type { IsolationBuilder } from './isolation-targets.js';

export const surveysIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
