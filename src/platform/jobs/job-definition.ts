import type { Ctx } from '../context.js';

export interface JobDefinition {
  /** Stable name, e.g. "registrations.expire". */
  name: string;
  description: string;
  intervalSeconds: number;
  /** Runs as the system; returns a small summary that is kept as the job's last result. */
  run(ctx: Ctx): Promise<Record<string, unknown>>;
}
