import { adjustIncentiveBalance } from '../modules/incentives/adjust-balance.js';
import { approveIncentiveEntries } from '../modules/incentives/approve-entries.js';
import { createIncentivePayout } from '../modules/incentives/create-payout.js';
import { createIncentiveRule } from '../modules/incentives/create-rule.js';
import { findIncentiveEntries } from '../modules/incentives/find-entries.js';
import type { IncentiveRuleInput } from '../modules/incentives/incentives.schemas.js';
import { incentiveAccrualJob } from '../modules/incentives/incentives-jobs.js';
import { reverseIncentiveEntry } from '../modules/incentives/reverse-entry.js';
import { AppError } from '../platform/errors.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent } from './demo-world.js';
import type { ProgramStory } from './program-story.js';
import { firstsOfMonths, storyDayOf } from './story-calendar.js';

const usd = (major: number) => major * 100;

/** The incentive program finance sets up in July 2025; the renewal bonus follows in November. */
const RULES: Array<{ date: string; rule: IncentiveRuleInput }> = [
  {
    date: '2025-07-01',
    rule: {
      name: 'Certification rebate',
      kind: 'partner_rebate',
      trigger: 'certification',
      conditions: { includeRenewals: false },
      amountType: 'fixed',
      amountValue: usd(250),
      currency: 'USD',
      capPerQuarterMinor: usd(2_500),
      active: true,
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
    },
  },
  {
    date: '2025-07-01',
    rule: {
      name: 'Sourced deal rebate',
      kind: 'partner_rebate',
      trigger: 'sourced_deal',
      conditions: { minAmountMinor: usd(10_000) },
      amountType: 'percent',
      amountValue: 300,
      currency: 'USD',
      capPerQuarterMinor: usd(25_000),
      active: true,
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
    },
  },
  {
    date: '2025-07-01',
    rule: {
      name: 'Co-sell win bonus',
      kind: 'partner_bonus',
      trigger: 'co_sell_win',
      conditions: {},
      amountType: 'fixed',
      amountValue: usd(1_000),
      currency: 'USD',
      capPerQuarterMinor: null,
      active: true,
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
    },
  },
  {
    date: '2025-07-01',
    rule: {
      name: 'Rep co-sell reward',
      kind: 'rep_reward',
      trigger: 'rep_co_sell',
      conditions: {},
      amountType: 'percent',
      amountValue: 100,
      currency: 'USD',
      capPerQuarterMinor: usd(5_000),
      active: true,
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
    },
  },
  {
    date: '2025-11-03',
    rule: {
      name: 'Customer renewal bonus',
      kind: 'partner_bonus',
      trigger: 'renewal',
      conditions: {},
      amountType: 'fixed',
      amountValue: usd(1_500),
      currency: 'USD',
      capPerQuarterMinor: null,
      active: true,
      effectiveFrom: '2025-11-01',
      effectiveTo: null,
    },
  },
];

/** Quarters finance closes: approved and paid early in the next quarter. The last one stays accrued. */
const PAID_QUARTERS = [
  { quarter: '2025-Q3', payDate: '2025-10-09' },
  { quarter: '2025-Q4', payDate: '2026-01-12' },
  { quarter: '2026-Q1', payDate: '2026-04-09' },
  { quarter: '2026-Q2', payDate: '2026-07-09' },
];

const CURRENCIES = ['USD'];

/** Nothing to pay (every payee nets to zero or less) is a normal answer, not a failure of the story. */
async function payIfAny(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'conflict')) throw error;
  }
}

/**
 * Incentives through the story: finance introduces the rules, the accrual job reads the story's real
 * events (won deals with partner roles and rep credits, certificates) at the start of every month, and
 * finance approves and pays each closed quarter (AP for partners, payroll for reps). A paid sourced
 * rebate is clawed back after its customer cancelled, and a partner gets a goodwill adjustment.
 */
export function incentivesEvents(_story: ProgramStory, _random: DemoRandom): DemoEvent[] {
  const events: DemoEvent[] = RULES.map(({ date, rule }, i) => ({
    day: storyDayOf(date),
    minute: 120 + i * 5,
    run: (world) => createIncentiveRule(world.as('finance'), rule),
  }));
  const accrue: DemoEvent['run'] = (world) => incentiveAccrualJob.run(world.as(null));
  for (const day of firstsOfMonths(storyDayOf('2025-06-15'), DEMO_LAST_DAY))
    events.push({ day, minute: 60, run: accrue });
  for (const { quarter, payDate } of PAID_QUARTERS) {
    const day = storyDayOf(payDate);
    events.push({ day, minute: 50, run: accrue });
    events.push({
      day,
      minute: 240,
      run: (world) => approveIncentiveEntries(world.as('finance'), { period: quarter }),
    });
    const stamp = quarter.replace('-', '');
    for (const currency of CURRENCIES) {
      events.push({
        day,
        minute: 300,
        run: (world) =>
          payIfAny(() =>
            createIncentivePayout(world.as('finance'), {
              beneficiaryType: 'partner',
              period: quarter,
              currency,
              reference: `AP-INC-${stamp}`,
            }),
          ),
      });
      events.push({
        day,
        minute: 310,
        run: (world) =>
          payIfAny(() =>
            createIncentivePayout(world.as('finance'), {
              beneficiaryType: 'rep',
              period: quarter,
              currency,
              reference: `PAYROLL-${stamp}-INC`,
            }),
          ),
      });
    }
  }
  events.push({
    day: storyDayOf('2026-05-14'),
    minute: 200,
    async run(world) {
      const ctx = world.as('finance');
      const [largest] = (
        await findIncentiveEntries(ctx, {
          period: '2026-Q1',
          beneficiaryType: 'partner',
          status: 'paid',
          entryType: 'accrual',
          sort: '-amountMinor',
          limit: 1,
        })
      ).items;
      if (!largest) return;
      world.keep('incentives:clawback', largest.id);
      return reverseIncentiveEntry(ctx, largest.id, {
        reason: 'The customer cancelled within the 30-day window and the order was refunded',
      });
    },
  });
  events.push({
    day: storyDayOf('2026-08-20'),
    minute: 200,
    async run(world) {
      const ctx = world.as('finance');
      // The partner that earned most in the quarter before: its case study was the one published.
      const [top] = (
        await findIncentiveEntries(ctx, {
          period: '2026-Q2',
          beneficiaryType: 'partner',
          entryType: 'accrual',
          sort: '-amountMinor',
          limit: 1,
        })
      ).items;
      if (!top?.partnerId) return;
      return adjustIncentiveBalance(ctx, {
        beneficiaryType: 'partner',
        partnerId: top.partnerId,
        amountMinor: usd(750),
        currency: 'USD',
        reason: 'Joint case study published with our marketing team',
      });
    },
  });
  // Once more after the story's last events, so the snapshot has read every event there is.
  events.push({ day: DEMO_LAST_DAY, minute: 950, run: accrue });
  return events;
}
