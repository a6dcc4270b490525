import type { PartnerRole } from '../platform/actor.js';
import type { DemoRandom } from './demo-random.js';
import { storyDayOf } from './story-calendar.js';

export interface MdfBudgetPlan {
  name: string;
  periodStart: string;
  periodEnd: string;
  fundedMinor: number;
  topUpMinor: number | null;
  closeDay: number | null;
}

export const MDF_PLANS: MdfBudgetPlan[] = [
  {
    name: 'MDF Q2 2026',
    periodStart: '2026-04-01',
    periodEnd: '2026-06-30',
    fundedMinor: 40_000_000,
    topUpMinor: null,
    closeDay: storyDayOf('2026-07-10'),
  },
  {
    name: 'MDF Q3 2026',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    fundedMinor: 45_000_000,
    topUpMinor: 5_000_000,
    closeDay: storyDayOf('2026-10-05'),
  },
  {
    name: 'MDF Q4 2026',
    periodStart: '2026-10-01',
    periodEnd: '2026-12-31',
    fundedMinor: 50_000_000,
    topUpMinor: null,
    closeDay: null,
  },
];

export type MdfOutcome =
  | 'draft'
  | 'submitted'
  | 'cancelled'
  | 'request_rejected'
  | 'waiting_finance'
  | 'approved'
  | 'claim_submitted'
  | 'claim_approved'
  | 'paid'
  | 'resubmitted_paid'
  | 'declined';

export interface MdfActivityPlan {
  key: string;
  budgetName: string;
  partnerIndex: number;
  role: PartnerRole;
  title: string;
  activityType: 'event' | 'webinar' | 'digital' | 'content' | 'training' | 'telemarketing' | 'other';
  plan: string;
  startsOn: string;
  endsOn: string;
  requestedMinor: number;
  approvedMinor: number;
  expectedLeads: number;
  claimMinor: number;
  leads: number;
  pipelineMinor: number;
  notes: string;
  day: number;
  claimDay: number;
  outcome: MdfOutcome;
}

const ACTIVITIES = [
  {
    type: 'event',
    title: 'Executive breakfast',
    plan: 'A breakfast briefing for 30 IT directors with a live demo and a customer speaker.',
  },
  {
    type: 'webinar',
    title: 'Cloud cost webinar',
    plan: 'A joint webinar on cutting cloud spend, promoted to the partner’s mailing list and LinkedIn.',
  },
  {
    type: 'digital',
    title: 'Paid search campaign',
    plan: 'Six weeks of paid search on migration keywords, landing on a co-branded page.',
  },
  {
    type: 'content',
    title: 'Migration playbook',
    plan: 'A co-branded migration playbook with two customer stories, gated for lead capture.',
  },
  {
    type: 'training',
    title: 'Hands-on workshop',
    plan: 'A half-day hands-on lab for prospects’ engineering teams.',
  },
  {
    type: 'telemarketing',
    title: 'Outbound call sprint',
    plan: 'A four-week outbound call sprint to mid-market accounts in the partner’s region.',
  },
] as const;

/** Per quarter, the outcomes its activities reach by the end of the story. */
const OUTCOMES: Record<string, MdfOutcome[]> = {
  'MDF Q2 2026': ['paid', 'resubmitted_paid', 'declined', 'cancelled', 'request_rejected', 'paid'],
  'MDF Q3 2026': ['paid', 'claim_approved', 'claim_submitted', 'cancelled', 'approved', 'resubmitted_paid'],
  'MDF Q4 2026': ['submitted', 'waiting_finance', 'draft', 'request_rejected', 'approved', 'submitted'],
};

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Two activities per portal partner per quarter, each heading for one of the quarter's outcomes. */
export function planMdfActivities(
  partners: readonly { index: number; role: PartnerRole; day: number }[],
  random: DemoRandom,
): MdfActivityPlan[] {
  const out: MdfActivityPlan[] = [];
  for (const budget of MDF_PLANS) {
    const outcomes = OUTCOMES[budget.name] ?? [];
    const startDay = storyDayOf(budget.periodStart);
    const eligible = partners.filter((p) => p.day < startDay - 5);
    let n = 0;
    for (const partner of eligible) {
      for (let k = 0; k < 2; k++) {
        const outcome = outcomes[n % outcomes.length] ?? 'submitted';
        const activity = random.pick(ACTIVITIES);
        const large = outcome === 'waiting_finance' || (n % 5 === 1 && outcome !== 'draft');
        const requestedMinor = large ? random.int(18, 24) * 100_000 : random.int(6, 14) * 100_000;
        const approvedMinor =
          outcome === 'waiting_finance'
            ? requestedMinor
            : Math.round(requestedMinor * (random.chance(0.3) ? 0.8 : 1));
        const isQ4 = budget.closeDay === null;
        const day = isQ4 ? startDay + 1 + (n % 5) : startDay + 2 + n * 3;
        const startsOn = plusDays(budget.periodStart, isQ4 ? 20 + n * 3 : 10 + n * 3);
        const leads = random.int(4, 40);
        out.push({
          key: `${budget.name.slice(4).replace(' ', '-').toLowerCase()}-${partner.index}-${k}`,
          budgetName: budget.name,
          partnerIndex: partner.index,
          role: partner.role,
          title: activity.title,
          activityType: activity.type,
          plan: activity.plan,
          startsOn,
          endsOn: plusDays(startsOn, random.int(1, 20)),
          requestedMinor,
          approvedMinor,
          expectedLeads: random.int(10, 50),
          claimMinor: Math.round(approvedMinor * (random.chance(0.5) ? 1 : 0.9)),
          leads,
          pipelineMinor: leads * random.int(15, 60) * 100_000,
          notes: `${leads} qualified leads handed to the partner's sales team.`,
          day,
          claimDay: day + 30 + (n % 4),
          outcome,
        });
        n += 1;
      }
    }
  }
  return out;
}
