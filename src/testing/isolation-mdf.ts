import type { IsolationBuilder } from './isolation-targets.js';

export const mdfIsolation: IsolationBuilder = async () => ({ markers: [], rules: [] });
