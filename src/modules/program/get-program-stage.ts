import { assessProgramStage } from '../../analytics/program/assess-program-stage.js';
import type { Ctx } from '../../platform/context.js';
import { gatherProgramMeasures } from './gather-program-measures.js';
import type { StageAssessmentView } from './stage.schemas.js';

/** The stage the program's own data shows now, and what the next stage still needs. */
export async function getProgramStage(
  ctx: Ctx,
  input: { asOf?: string | undefined } = {},
): Promise<StageAssessmentView> {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const measures = await gatherProgramMeasures(ctx, asOf);
  return { asOf: asOf.toISOString(), ...assessProgramStage(measures) };
}
