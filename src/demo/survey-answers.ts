import type { DemoRandom } from './demo-random.js';

/** How a partner user tends to feel about the program, from the partner's tier and stage. */
export function moodOf(tier: string | null, stage: string): number {
  if (stage === 'at_risk') return 2.4;
  if (tier === 'platinum') return 4.5;
  if (tier === 'gold') return 4.1;
  if (tier === 'silver') return 3.7;
  return 3.4;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));

const PRAISE = [
  'Our partner manager answers within a day; the deal registration approvals are quick.',
  'The co-sell calls with your reps helped us close two deals this quarter.',
  'Great enablement content, our consultants got certified fast.',
  'Clear rules of engagement, we trust the registration process.',
  'The MDF process is simple and the marketing kits are good.',
];
const MIXED = [
  'Good program overall, but the portal could show deal status more clearly.',
  'Training is useful; we would like more hands-on labs.',
  'Registration reviews sometimes take a week, which slows us down.',
  'We need more visibility into leads you route to us.',
];
const COMPLAINTS = [
  'We lost a registration to your direct team without a clear explanation.',
  'Hard to reach our partner manager lately; nobody follows up.',
  'Margins are shrinking and the tier requirements keep moving.',
  'Too much admin for too little pipeline from the vendor.',
];

export interface PlannedAnswer {
  ratings: Record<string, number>;
  recommend: number;
  comment: string;
}

/** One person's answer: ratings around the mood, recommend on the 0–10 scale, sometimes a comment. */
export function answerFor(mood: number, questionKeys: readonly string[], random: DemoRandom): PlannedAnswer {
  const ratings = Object.fromEntries(
    questionKeys.map((key) => [key, clamp(mood + (random.next() - 0.5) * 2, 1, 5)]),
  );
  const recommend = clamp(mood * 2.2 - 0.5 + (random.next() - 0.5) * 3, 0, 10);
  const pool = recommend >= 9 ? PRAISE : recommend >= 7 ? MIXED : COMPLAINTS;
  const comment = random.chance(recommend <= 6 ? 0.7 : 0.4) ? random.pick(pool) : '';
  return { ratings, recommend, comment };
}
