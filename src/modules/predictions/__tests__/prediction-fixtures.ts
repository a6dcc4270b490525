import type { TestApp } from '../../../testing/test-app.js';
import { dealPartners, opportunities } from '../../deals/deals.table.js';
import {
  registrationDecisions,
  registrationHistory,
  registrations,
} from '../../deals/registrations.table.js';

const DAY = 86_400_000;

/**
 * Sixty resolved registrations over 2025 in which a conflict at submission means the deal is lost
 * (every seventh outcome flipped as noise), and both partners win half of the time, so their
 * historical win rates carry no signal. Plus two open ones, one with a conflict.
 */
export async function seedRegistrationHistory(t: TestApp): Promise<{ conflicted: string; clean: string }> {
  const { db } = t.db.database;
  const ids = t.systemCtx.ids;
  const start = Date.parse('2025-01-10T10:00:00Z');
  const regs: (typeof registrations.$inferInsert)[] = [];
  const history: (typeof registrationHistory.$inferInsert)[] = [];
  const decisions: (typeof registrationDecisions.$inferInsert)[] = [];
  const add = (i: number, submitted: Date, status: string, conflict: boolean, resolved: Date | null) => {
    const id = ids();
    regs.push({
      id,
      partnerId: i % 2 ? t.fixtures.partnerA : t.fixtures.partnerB,
      status,
      customerName: `Customer ${i}`,
      customerNormalizedName: `customer ${i}`,
      productLines: ['platform'],
      amountMinor: 1_000_000 + (i % 5) * 250_000,
      currency: 'USD',
      expectedClose: '2026-06-30',
      submittedAt: submitted,
      createdAt: submitted,
      updatedAt: resolved ?? submitted,
    });
    history.push({
      id: ids(),
      registrationId: id,
      fromStatus: null,
      toStatus: 'submitted',
      reason: 'Submitted',
      at: submitted,
    });
    if (resolved)
      history.push({
        id: ids(),
        registrationId: id,
        fromStatus: 'approved',
        toStatus: status,
        reason: 'Closed',
        at: resolved,
      });
    decisions.push({
      id: ids(),
      registrationId: id,
      outcome: conflict ? 'under_review' : 'approved',
      ruleId: conflict ? 'direct-opportunity' : 'auto-approve',
      reason: 'Fixture',
      inputs: {},
      conflictOpportunityId: conflict ? ids() : null,
      at: submitted,
    });
    return id;
  };
  for (let i = 0; i < 60; i++) {
    const submitted = new Date(start + i * 5 * DAY);
    const conflict = i % 3 === 0;
    const won = conflict === (i % 7 === 0);
    add(i, submitted, won ? 'won' : 'lost', conflict, new Date(submitted.getTime() + 20 * DAY));
  }
  const openAt = new Date('2026-01-05T10:00:00Z');
  const conflicted = add(100, openAt, 'approved', true, null);
  const clean = add(101, openAt, 'approved', false, null);
  await db.insert(registrations).values(regs);
  await db.insert(registrationHistory).values(history);
  await db.insert(registrationDecisions).values(decisions);
  return { conflicted, clean };
}

/** Partner deals won in three quarters of 2025 (one in euros), one open, and a direct deal that is not indirect. */
export async function seedIndirectDeals(t: TestApp): Promise<void> {
  const { db } = t.db.database;
  const ids = t.systemCtx.ids;
  const deal = (
    amountMinor: number,
    currency: string,
    created: string,
    closed: string | null,
    stage: string,
  ) => ({
    id: ids(),
    accountId: ids(),
    name: `Deal ${created}`,
    amountMinor,
    currency,
    stage,
    closeDate: '2026-03-31',
    productLines: ['platform'],
    source: 'partner',
    closedAt: closed ? new Date(closed) : null,
    createdAt: new Date(created),
    updatedAt: new Date(created),
  });
  const partnerDeals = [
    deal(100_000, 'USD', '2025-04-05T10:00:00Z', '2025-05-10T10:00:00Z', 'closed_won'),
    deal(200_000, 'USD', '2025-07-03T10:00:00Z', '2025-08-15T10:00:00Z', 'closed_won'),
    deal(100_000, 'EUR', '2025-09-20T10:00:00Z', '2025-11-20T10:00:00Z', 'closed_won'),
    deal(300_000, 'USD', '2025-12-01T10:00:00Z', null, 'proposal'),
  ];
  const direct = {
    ...deal(999_999, 'USD', '2025-10-01T10:00:00Z', '2025-11-01T10:00:00Z', 'closed_won'),
    source: 'direct',
  };
  await db.insert(opportunities).values([...partnerDeals, direct]);
  await db.insert(dealPartners).values(
    partnerDeals.map((d) => ({
      id: ids(),
      opportunityId: d.id,
      partnerId: t.fixtures.partnerA,
      role: 'sourcing',
      addedAt: d.createdAt,
    })),
  );
}
