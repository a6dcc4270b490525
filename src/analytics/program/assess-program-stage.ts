import {
  CAPABILITIES,
  type CapabilitySpec,
  PROGRAM_STAGES,
  type ProgramStage,
  STAGE_LABELS,
} from './program-capabilities.js';

export interface CapabilityResult extends CapabilitySpec {
  /** The measured value; null when it could not be measured (counts as not met). */
  value: number | null;
  met: boolean;
}

export interface StageResult {
  stage: ProgramStage;
  label: string;
  /** Met capabilities needed: three quarters of the stage's capabilities, rounded up. */
  needed: number;
  metCount: number;
  /** Enough of its own capabilities met, whatever the earlier stages show. */
  qualifies: boolean;
  /** Qualifies and every earlier stage is reached too. */
  reached: boolean;
  capabilities: CapabilityResult[];
}

export interface StageAssessment {
  /** The highest stage reached with every earlier one; null before even the Startup stage. */
  stage: ProgramStage | null;
  next: ProgramStage | null;
  stages: StageResult[];
  /** The next stage's capabilities not met yet, with their measured value and threshold. */
  missing: CapabilityResult[];
  /** Capabilities of the stages reached that are still not met (tolerated by the rule). */
  gaps: CapabilityResult[];
  rule: string;
}

export const STAGE_RULE =
  'A stage is reached when at least three quarters (rounded up) of its capabilities are met and every earlier stage is reached.';

export function neededFor(count: number): number {
  return Math.ceil(count * 0.75);
}

/**
 * The program's stage from measured capabilities. Stages build on each other, so a program that runs
 * campaigns but has no onboarding is still in Growth; one missed capability in four is tolerated.
 */
export function assessProgramStage(
  measures: Readonly<Record<string, number | null | undefined>>,
  specs: readonly CapabilitySpec[] = CAPABILITIES,
): StageAssessment {
  let reachedSoFar = true;
  const stages: StageResult[] = PROGRAM_STAGES.map((stage) => {
    const capabilities = specs
      .filter((spec) => spec.stage === stage)
      .map((spec) => {
        const value = measures[spec.key] ?? null;
        return { ...spec, value, met: value !== null && value >= spec.threshold };
      });
    const metCount = capabilities.filter((c) => c.met).length;
    const needed = neededFor(capabilities.length);
    const qualifies = capabilities.length > 0 && metCount >= needed;
    reachedSoFar = reachedSoFar && qualifies;
    return {
      stage,
      label: STAGE_LABELS[stage],
      needed,
      metCount,
      qualifies,
      reached: reachedSoFar,
      capabilities,
    };
  });
  const reached = stages.filter((s) => s.reached);
  const current = reached.at(-1)?.stage ?? null;
  const nextIndex = current === null ? 0 : PROGRAM_STAGES.indexOf(current) + 1;
  const next = PROGRAM_STAGES[nextIndex] ?? null;
  const nextStage = stages.find((s) => s.stage === next);
  return {
    stage: current,
    next,
    stages,
    missing: nextStage ? nextStage.capabilities.filter((c) => !c.met) : [],
    gaps: reached.flatMap((s) => s.capabilities.filter((c) => !c.met)),
    rule: STAGE_RULE,
  };
}
