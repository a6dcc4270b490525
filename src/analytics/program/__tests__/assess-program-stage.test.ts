import { describe, expect, it } from 'vitest';
import { assessProgramStage, neededFor } from '../assess-program-stage.js';
import { CAPABILITIES, type ProgramStage } from '../program-capabilities.js';

/** Every capability of the listed stages at its threshold, everything else at zero. */
function meeting(stages: ProgramStage[], overrides: Record<string, number | null> = {}) {
  const measures: Record<string, number | null> = {};
  for (const spec of CAPABILITIES) measures[spec.key] = stages.includes(spec.stage) ? spec.threshold : 0;
  return { ...measures, ...overrides };
}

describe('assessProgramStage', () => {
  it('needs three quarters of a stage, rounded up', () => {
    expect([1, 2, 3, 4, 5, 8, 10, 11].map(neededFor)).toEqual([1, 2, 3, 3, 4, 6, 8, 9]);
  });

  const cases: {
    name: string;
    measures: Record<string, number | null>;
    stage: ProgramStage | null;
    next: ProgramStage | null;
    missing: string[];
  }[] = [
    {
      name: 'nothing in use: before Startup, Startup needs its design partners and a first win',
      measures: meeting([]),
      stage: null,
      next: 'startup',
      missing: ['design_partners', 'partner_wins'],
    },
    {
      name: 'two of two Startup capabilities: Startup, Growth missing all four',
      measures: meeting(['startup']),
      stage: 'startup',
      next: 'growth',
      missing: ['registrations', 'ipp_criteria', 'onboarding_templates', 'onboardings_completed'],
    },
    {
      name: 'Growth with one of four missed is still Growth (3 of 4 needed)',
      measures: meeting(['startup', 'growth'], { ipp_criteria: 2 }),
      stage: 'growth',
      next: 'scale_up',
      missing: ['tiers_evaluated', 'courses_published', 'certified_people', 'tpma_campaigns'],
    },
    {
      name: 'two Growth capabilities missed stop at Startup even with Scale-up in place',
      measures: meeting(['startup', 'growth', 'scale_up'], { ipp_criteria: 0, onboarding_templates: 1 }),
      stage: 'startup',
      next: 'growth',
      missing: ['ipp_criteria', 'onboarding_templates'],
    },
    {
      name: 'Scale-up with certifications one short; Global misses three of eleven (9 needed)',
      measures: meeting(['startup', 'growth', 'scale_up', 'global'], {
        certified_people: 9,
        regions: 3,
        webhooks: 0,
        analytics_models: null,
      }),
      stage: 'scale_up',
      next: 'global',
      missing: ['regions', 'webhooks', 'analytics_models'],
    },
    {
      name: 'Global with two of eleven missed',
      measures: meeting(['startup', 'growth', 'scale_up', 'global'], { mdf_paid: 2, webhooks: 0 }),
      stage: 'global',
      next: null,
      missing: [],
    },
  ];

  it.each(cases)('$name', ({ measures, stage, next, missing }) => {
    const result = assessProgramStage(measures);
    expect(result.stage).toBe(stage);
    expect(result.next).toBe(next);
    expect(result.missing.map((c) => c.key)).toEqual(missing);
  });

  it('reports each capability with its measured value, threshold and whether it is met', () => {
    const result = assessProgramStage(meeting(['startup'], { design_partners: 7, partner_wins: 0 }));
    const startup = result.stages.find((s) => s.stage === 'startup')!;
    expect(startup.capabilities.map((c) => [c.key, c.value, c.threshold, c.met])).toEqual([
      ['design_partners', 7, 3, true],
      ['partner_wins', 0, 1, false],
    ]);
    expect(startup).toMatchObject({ needed: 2, metCount: 1, qualifies: false, reached: false });
    expect(result.stage).toBeNull();
  });

  it('lists the tolerated gaps of the stages reached', () => {
    const result = assessProgramStage(meeting(['startup', 'growth'], { onboarding_templates: 1 }));
    expect(result.stage).toBe('growth');
    expect(result.gaps.map((g) => [g.key, g.value])).toEqual([['onboarding_templates', 1]]);
  });
});
