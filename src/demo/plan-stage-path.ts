import type { PartnerStage } from '../modules/partners/partners.schemas.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { STAGE_REASONS } from './stage-reasons.js';

export interface StageMove {
  stage: PartnerStage;
  day: number;
  reason: string;
}

export interface StagePath {
  createdDay: number;
  moves: StageMove[];
}

const ACTIVATION: PartnerStage[] = ['recruited', 'onboarding', 'active'];

/** Days a partner typically spends before each move, by `from->to`. */
const GAP_DAYS: Record<string, readonly [number, number]> = {
  'prospect->recruited': [10, 45],
  'recruited->onboarding': [5, 30],
  'onboarding->active': [20, 75],
  'active->at_risk': [60, 200],
  'at_risk->active': [20, 60],
  'at_risk->churned': [20, 90],
  'active->churned': [90, 250],
  'prospect->churned': [15, 60],
};

function stagesTo(finalStage: PartnerStage, random: DemoRandom): PartnerStage[] {
  switch (finalStage) {
    case 'prospect':
      return [];
    case 'recruited':
      return ['recruited'];
    case 'onboarding':
      return ['recruited', 'onboarding'];
    case 'active':
      return random.chance(0.2) ? [...ACTIVATION, 'at_risk', 'active'] : ACTIVATION;
    case 'at_risk':
      return [...ACTIVATION, 'at_risk'];
    case 'churned': {
      const roll = random.next();
      if (roll < 0.2) return ['churned'];
      return roll < 0.5 ? [...ACTIVATION, 'churned'] : [...ACTIVATION, 'at_risk', 'churned'];
    }
  }
}

/** Partners still early in the lifecycle got there recently; others may have started any time. */
function latestEndDay(finalStage: PartnerStage, random: DemoRandom): number | null {
  if (finalStage === 'recruited' || finalStage === 'onboarding') return DEMO_LAST_DAY - random.int(5, 90);
  if (finalStage === 'at_risk') return DEMO_LAST_DAY - random.int(5, 150);
  return null;
}

/** Every partner starts as a prospect and walks the lifecycle to its final stage, one readable move at a time. */
export function planStagePath(finalStage: PartnerStage, random: DemoRandom): StagePath {
  if (finalStage === 'prospect') return { createdDay: DEMO_LAST_DAY - random.int(5, 120), moves: [] };
  const stages = stagesTo(finalStage, random);
  let from: PartnerStage = 'prospect';
  const steps = stages.map((stage) => {
    const key = `${from}->${stage}` as const;
    const [min, max] = GAP_DAYS[key] ?? [10, 30];
    const step = {
      stage,
      gap: random.int(min, max),
      reason: random.pick(STAGE_REASONS[key] ?? ['Stage reviewed']),
    };
    from = stage;
    return step;
  });
  const total = steps.reduce((sum, step) => sum + step.gap, 0);
  const end = latestEndDay(finalStage, random);
  const createdDay = Math.max(5, end === null ? random.int(5, DEMO_LAST_DAY - 5 - total) : end - total);
  let day = createdDay;
  const moves = steps.map(({ stage, gap, reason }) => {
    day += gap;
    return { stage, day, reason };
  });
  return { createdDay, moves };
}
