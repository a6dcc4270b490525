import type { IsolationBuilder } from './isolation-targets.js';

export const webhooksIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
