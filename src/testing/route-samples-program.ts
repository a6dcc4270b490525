import type { Sample } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
export const PROGRAM_SAMPLES: Record<string, Sample> = {};
