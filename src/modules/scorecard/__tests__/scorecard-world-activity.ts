/**
 * The partner activity of the scorecard world (scorecard-world.ts): lead offers, surveys, certificates,
 * MDF and incentive payments, first revenue and portal use, with the counts the tests expect. `deal`
 * is the deal the incentive was earned on.
 */
import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../testing/test-app.js';
import { certificates, courses, enrollments, quizAttempts } from '../../enablement/enablement.table.js';
import { incentiveLedger, incentivePayouts } from '../../incentives/incentives.table.js';
import { leadOffers, leads } from '../../leads/leads.table.js';
import { mdfAllocations, mdfBudgets, mdfClaims, mdfRequests } from '../../mdf/mdf.table.js';
import { partnerMilestones } from '../../onboarding/onboarding.table.js';
import { portalActivity, surveyInvitations, surveyResponses, surveys } from '../../surveys/surveys.table.js';

/** Noon UTC: a day's events sit half a day inside the period's day boundaries. */
export const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

export async function buildWorldActivity(
  t: TestApp,
  { a, b, c, deal }: { a: string; b: string; c: string; deal: string },
): Promise<void> {
  const db = t.systemCtx.db;
  const { users } = t.fixtures;
  // Lead offers: A accepted one, declined one, let one expire (1 / 3); B accepted its only one.
  const leadId = randomUUID();
  await db.insert(leads).values({
    id: leadId,
    source: 'manual',
    companyName: 'Lead Co',
    contactName: 'Lee',
    contactEmail: 'lee@lead.example',
    status: 'offered',
    createdAt: at('2026-01-01'),
    updatedAt: at('2026-01-01'),
  });
  const offer = (partnerId: string, status: string, responded: string | null, due: string) =>
    db.insert(leadOffers).values({
      id: randomUUID(),
      leadId,
      partnerId,
      status,
      reason: {},
      offeredAt: at('2026-01-01'),
      dueAt: at(due),
      respondedAt: responded ? at(responded) : null,
    });
  await offer(a, 'accepted', '2026-01-10', '2026-01-12');
  await offer(a, 'declined', '2026-02-10', '2026-02-12');
  await offer(a, 'expired', null, '2026-03-01');
  await offer(a, 'pending', null, '2026-04-10');
  await offer(a, 'accepted', '2025-12-01', '2025-12-03'); // previous period
  await offer(b, 'accepted', '2026-02-01', '2026-02-03');

  // Surveys: A answers 5, 3 (recommend 10) and 4, 2 (recommend 8); B answers 1, 2 (recommend 3).
  const surveyId = randomUUID();
  await db.insert(surveys).values({
    id: surveyId,
    name: 'Quarterly',
    questions: [],
    recommendQuestion: 'Recommend?',
    commentQuestion: 'Comment?',
    trigger: 'schedule',
    roles: ['partner_rep'],
    responseDays: 30,
    status: 'active',
    createdAt: at('2025-12-01'),
    updatedAt: at('2025-12-01'),
  });
  const answer = async (
    partnerId: string,
    userId: string,
    key: string,
    ratings: Record<string, number>,
    recommend: number,
  ) => {
    const invitationId = randomUUID();
    await db.insert(surveyInvitations).values({
      id: invitationId,
      surveyId,
      userId,
      partnerId,
      triggerKey: key,
      status: 'answered',
      sentAt: at('2026-02-01'),
      dueAt: at('2026-03-01'),
      answeredAt: at('2026-02-05'),
    });
    await db.insert(surveyResponses).values({
      id: randomUUID(),
      invitationId,
      surveyId,
      partnerId,
      userId,
      ratings,
      recommend,
      submittedAt: at('2026-02-05'),
    });
  };
  await answer(a, users.partner_rep_a.id, 'q1', { value: 5, support: 3 }, 10);
  await answer(a, users.partner_admin_a.id, 'q1', { value: 4, support: 2 }, 8);
  await answer(b, users.partner_rep_b.id, 'q1', { value: 1, support: 2 }, 3);

  // Certificates of A: 3 in the 90 days before 2026-04-01, 2 in the 90 before those. Enrollments in the
  // period: the 3 recent ones.
  const certify = async (n: number, enrolled: string, issued: string) => {
    const courseId = randomUUID();
    await db.insert(courses).values({
      id: courseId,
      title: `Course ${n}`,
      status: 'published',
      estimatedMinutes: 30,
      createdAt: at('2025-01-01'),
      updatedAt: at('2025-01-01'),
    });
    const enrollmentId = randomUUID();
    await db.insert(enrollments).values({
      id: enrollmentId,
      courseId,
      userId: users.partner_rep_a.id,
      partnerId: a,
      status: 'completed',
      enrolledAt: at(enrolled),
      completedAt: at(issued),
      updatedAt: at(issued),
    });
    const attemptId = randomUUID();
    await db.insert(quizAttempts).values({
      id: attemptId,
      enrollmentId,
      number: 1,
      questionCount: 1,
      rightCount: 1,
      score: 1,
      passMark: 0.5,
      passed: true,
      wrong: [],
      answers: {},
      submittedAt: at(issued),
    });
    await db.insert(certificates).values({
      id: randomUUID(),
      courseId,
      enrollmentId,
      userId: users.partner_rep_a.id,
      partnerId: a,
      attemptId,
      name: `Certificate ${n}`,
      issuedAt: at(issued),
      expiresAt: at('2027-12-31'),
    });
  };
  await certify(1, '2025-10-10', '2025-11-01');
  await certify(2, '2025-10-10', '2025-12-15');
  await certify(3, '2026-01-05', '2026-01-20');
  await certify(4, '2026-01-05', '2026-02-20');
  await certify(5, '2026-01-05', '2026-03-30');

  // MDF: a claim of A paid in the period (200 000 USD), another paid before it.
  const budgetId = randomUUID();
  await db.insert(mdfBudgets).values({
    id: budgetId,
    name: 'FY26',
    periodStart: '2025-07-01',
    periodEnd: '2026-06-30',
    currency: 'USD',
    status: 'open',
    createdAt: at('2025-07-01'),
    updatedAt: at('2025-07-01'),
  });
  const allocationId = randomUUID();
  await db.insert(mdfAllocations).values({
    id: allocationId,
    budgetId,
    partnerId: a,
    method: 'manual',
    createdAt: at('2025-07-01'),
    updatedAt: at('2025-07-01'),
  });
  const requestId = randomUUID();
  await db.insert(mdfRequests).values({
    id: requestId,
    allocationId,
    partnerId: a,
    title: 'Event',
    activityType: 'event',
    plan: 'Plan',
    startsOn: '2025-11-01',
    endsOn: '2026-02-01',
    requestedMinor: 500_000,
    approvedMinor: 500_000,
    currency: 'USD',
    status: 'approved',
    createdAt: at('2025-10-01'),
    updatedAt: at('2025-10-01'),
  });
  const claim = (amountMinor: number, paid: string) =>
    db.insert(mdfClaims).values({
      id: randomUUID(),
      requestId,
      partnerId: a,
      amountMinor,
      currency: 'USD',
      status: 'paid',
      paidAt: at(paid),
      submittedAt: at(paid),
      createdAt: at(paid),
      updatedAt: at(paid),
    });
  await claim(200_000, '2026-02-10');
  await claim(70_000, '2025-12-10');

  // Incentives: 50 000 EUR paid to A in a payout of 2026-03-01 (54 000 USD); an approved entry unpaid.
  const payoutId = randomUUID();
  await db.insert(incentivePayouts).values({
    id: payoutId,
    beneficiaryType: 'partner',
    period: '2026-02',
    currency: 'EUR',
    totalMinor: 50_000,
    entries: 1,
    reference: 'PAY-1',
    createdAt: at('2026-03-01'),
  });
  const entry = (status: string, payout: string | null, key: string) =>
    db.insert(incentiveLedger).values({
      id: randomUUID(),
      beneficiaryType: 'partner',
      partnerId: a,
      entryType: 'accrual',
      status,
      amountMinor: 50_000,
      currency: 'EUR',
      sourceType: 'deal',
      sourceId: deal,
      sourceKey: key,
      description: 'Rebate',
      period: '2026-02',
      payoutId: payout,
      earnedAt: at('2026-02-01'),
      createdAt: at('2026-02-01'),
      updatedAt: at('2026-03-01'),
    });
  await entry('paid', payoutId, 'k1');
  await entry('approved', null, 'k2');

  // Time to first revenue: A 40 days, B 100, C's first win falls after the period.
  const milestone = (partnerId: string, days: number, firstRevenue: string) =>
    db.insert(partnerMilestones).values({
      partnerId,
      activatedAt: at('2025-01-01'),
      cohort: '2025-Q1',
      firstRevenueAt: at(firstRevenue),
      daysToFirstRevenue: days,
      updatedAt: at(firstRevenue),
    });
  await milestone(a, 40, '2025-06-01');
  await milestone(b, 100, '2026-02-20');
  await milestone(c, 10, '2026-05-01');

  // Portal: A's rep active on two days in two areas in the 30 days to 2026-03-31; B's users idle.
  await db.insert(portalActivity).values([
    {
      userId: users.partner_rep_a.id,
      partnerId: a,
      day: '2026-03-20',
      area: 'deals',
      firstAt: at('2026-03-20'),
    },
    {
      userId: users.partner_rep_a.id,
      partnerId: a,
      day: '2026-03-25',
      area: 'learning',
      firstAt: at('2026-03-25'),
    },
    {
      userId: users.partner_rep_a.id,
      partnerId: a,
      day: '2026-01-25',
      area: 'mdf',
      firstAt: at('2026-01-25'),
    },
  ]);
}
