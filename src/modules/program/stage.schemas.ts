import { z } from 'zod';
import { PROGRAM_STAGES } from '../../analytics/program/program-capabilities.js';

export const ZProgramStage = z.enum(PROGRAM_STAGES);

export const ZCapabilityResult = z
  .object({
    key: z.string(),
    stage: ZProgramStage,
    label: z.string(),
    unit: z.string(),
    threshold: z.number(),
    windowDays: z.number().int().nullable().describe('Days back the count looks at; null for the state now'),
    value: z.number().nullable(),
    met: z.boolean(),
  })
  .meta({ id: 'ProgramCapability' });

export const ZStageAssessment = z
  .object({
    asOf: z.iso.datetime(),
    stage: ZProgramStage.nullable().describe('The stage the data shows; null before even Startup'),
    next: ZProgramStage.nullable(),
    rule: z.string(),
    stages: z.array(
      z.object({
        stage: ZProgramStage,
        label: z.string(),
        needed: z.number().int(),
        metCount: z.number().int(),
        qualifies: z.boolean(),
        reached: z.boolean(),
        capabilities: z.array(ZCapabilityResult),
      }),
    ),
    missing: z.array(ZCapabilityResult).describe("The next stage's capabilities not met yet"),
    gaps: z.array(ZCapabilityResult).describe('Capabilities of reached stages still not met'),
  })
  .meta({ id: 'ProgramStageAssessment' });
export type StageAssessmentView = z.output<typeof ZStageAssessment>;
