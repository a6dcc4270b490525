import { storeFile } from '../modules/files/store-file.js';
import { addBudgetFunds } from '../modules/mdf/add-budget-funds.js';
import { allocateByTierShare } from '../modules/mdf/allocate-by-tier-share.js';
import { cancelRequest } from '../modules/mdf/cancel-request.js';
import { closeBudget } from '../modules/mdf/close-budget.js';
import { createBudget } from '../modules/mdf/create-budget.js';
import { createRequest } from '../modules/mdf/create-request.js';
import { decideClaim } from '../modules/mdf/decide-claim.js';
import { decideRequest } from '../modules/mdf/decide-request.js';
import { payClaim } from '../modules/mdf/pay-claim.js';
import { resubmitClaim } from '../modules/mdf/resubmit-claim.js';
import { setAllocation } from '../modules/mdf/set-allocation.js';
import { submitClaim } from '../modules/mdf/submit-claim.js';
import type { PartnerRole } from '../platform/actor.js';
import type { Ctx } from '../platform/context.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import { MDF_PLANS, type MdfActivityPlan, type MdfBudgetPlan, planMdfActivities } from './plan-mdf.js';
import type { ProgramStory } from './program-story.js';
import { storyDayOf } from './story-calendar.js';

/** A one-page PDF as proof of performance (an invoice or an attendee list in the story). */
const PROOF_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const budgetKey = (b: MdfBudgetPlan) => `mdf:budget:${b.name}`;
const requestKey = (a: MdfActivityPlan) => `mdf:request:${a.key}`;
const claimKey = (a: MdfActivityPlan) => `mdf:claim:${a.key}`;

function budgetEvents(
  plan: MdfBudgetPlan,
  portalPartners: { index: number; role: PartnerRole }[],
): DemoEvent[] {
  const createDay = storyDayOf(plan.periodStart) - 6;
  const events: DemoEvent[] = [
    {
      day: createDay,
      minute: 600,
      run: async (world) => {
        const budget = await createBudget(world.as('finance'), {
          name: plan.name,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          currency: 'USD',
          fundedMinor: plan.fundedMinor,
          financeThresholdMinor: 1_500_000,
        });
        world.keep(budgetKey(plan), budget.id);
      },
    },
    {
      day: createDay + 2,
      minute: 540,
      run: (world) =>
        allocateByTierShare(world.as('admin'), world.recall(budgetKey(plan)), { dryRun: false }),
    },
    ...portalPartners.map(
      (p, i): DemoEvent => ({
        day: createDay + 1,
        minute: 600 + i,
        run: (world) =>
          setAllocation(
            world.as(i % 2 ? 'pm-emea' : 'pm-americas'),
            world.recall(budgetKey(plan)),
            world.partnerId(p.index),
            {
              amountMinor: 6_000_000 + i * 1_000_000,
              memo: 'Launch support for a partner with an active marketing plan',
            },
          ),
      }),
    ),
  ];
  if (plan.topUpMinor) {
    events.push({
      day: createDay + 20,
      minute: 630,
      run: (world) =>
        addBudgetFunds(world.as('finance'), world.recall(budgetKey(plan)), {
          amountMinor: plan.topUpMinor ?? 0,
          memo: 'Unused field marketing money moved to MDF',
        }),
    });
  }
  if (plan.closeDay !== null) {
    events.push({
      day: plan.closeDay,
      minute: 900,
      run: (world) => closeBudget(world.as('finance'), world.recall(budgetKey(plan))),
    });
  }
  return events;
}

async function proof(ctx: Ctx, name: string): Promise<string> {
  return (await storeFile(ctx, { purpose: 'mdf_proof', fileName: name, bytes: PROOF_PDF })).id;
}

function claimInput(a: MdfActivityPlan, fileIds: string[]) {
  return {
    amountMinor: a.claimMinor,
    fileIds,
    resultLeads: a.leads,
    resultPipelineMinor: a.pipelineMinor,
    resultNotes: a.notes,
  };
}

/** The steps of one activity, from request to payment, as far as its outcome goes. */
function activityEvents(a: MdfActivityPlan): DemoEvent[] {
  const partner = (world: DemoWorld) => world.asPartnerUser(a.partnerIndex, a.role);
  const manager = a.partnerIndex % 2 ? 'pm-emea' : 'pm-americas';
  const request = (world: DemoWorld) => world.recall<string>(requestKey(a));
  const claim = (world: DemoWorld) => world.recall<string>(claimKey(a));
  const steps: { day: number; run: (world: DemoWorld) => Promise<unknown> }[] = [
    {
      day: a.day,
      run: async (world) => {
        const created = await createRequest(partner(world), {
          budgetId: world.recall(`mdf:budget:${a.budgetName}`),
          title: a.title,
          activityType: a.activityType,
          plan: a.plan,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
          requestedMinor: a.requestedMinor,
          expectedLeads: a.expectedLeads,
          expectedPipelineMinor: a.expectedLeads * 2_500_000,
          submit: a.outcome !== 'draft',
        });
        world.keep(requestKey(a), created.id);
      },
    },
  ];
  const o = a.outcome;
  if (o === 'cancelled') steps.push({ day: a.day + 1, run: (w) => cancelRequest(partner(w), request(w)) });
  if (o === 'request_rejected') {
    steps.push({
      day: a.day + 2,
      run: (w) =>
        decideRequest(w.as(manager), request(w), {
          decision: 'reject',
          reason: 'The audience is existing customers: MDF funds new pipeline only',
        }),
    });
  }
  const approvedByManager = !['draft', 'submitted', 'cancelled', 'request_rejected'].includes(o);
  if (approvedByManager) {
    steps.push({
      day: a.day + 2,
      run: (w) =>
        decideRequest(w.as(manager), request(w), { decision: 'approve', amountMinor: a.approvedMinor }),
    });
    if (a.approvedMinor > 1_500_000 && o !== 'waiting_finance') {
      steps.push({
        day: a.day + 4,
        run: (w) => decideRequest(w.as('finance'), request(w), { decision: 'approve' }),
      });
    }
  }
  const claimed = ['claim_submitted', 'claim_approved', 'paid', 'resubmitted_paid', 'declined'].includes(o);
  if (claimed) {
    steps.push({
      day: a.claimDay,
      run: async (w) => {
        const ctx = partner(w);
        const created = await submitClaim(
          ctx,
          request(w),
          claimInput(a, [await proof(ctx, `${a.key}-invoice.pdf`)]),
        );
        w.keep(claimKey(a), created.id);
      },
    });
  }
  if (o === 'resubmitted_paid') {
    steps.push({
      day: a.claimDay + 3,
      run: (w) =>
        decideClaim(w.as(manager), claim(w), { decision: 'reject', reason: 'The attendee list is missing' }),
    });
    steps.push({
      day: a.claimDay + 5,
      run: async (w) => {
        const ctx = partner(w);
        const files = [await proof(ctx, `${a.key}-invoice.pdf`), await proof(ctx, `${a.key}-attendees.pdf`)];
        return resubmitClaim(ctx, claim(w), {
          ...claimInput(a, files),
          resultNotes: `${a.notes} Attendee list attached.`,
        });
      },
    });
  }
  const decideDay = a.claimDay + (o === 'resubmitted_paid' ? 8 : 4);
  if (o === 'declined') {
    steps.push({
      day: decideDay,
      run: (w) =>
        decideClaim(w.as('finance'), claim(w), {
          decision: 'decline',
          reason: 'The event ran without the vendor’s branding, against the MDF terms',
        }),
    });
  }
  if (['claim_approved', 'paid', 'resubmitted_paid'].includes(o)) {
    steps.push({
      day: decideDay,
      run: (w) =>
        decideClaim(w.as(a.claimMinor > 1_000_000 ? 'finance' : manager), claim(w), { decision: 'approve' }),
    });
  }
  if (o === 'paid' || o === 'resubmitted_paid') {
    steps.push({
      day: decideDay + 6,
      run: (w) => payClaim(w.as('finance'), claim(w), { paymentReference: `AP-${a.key.toUpperCase()}` }),
    });
  }
  return steps
    .filter((s) => s.day <= DEMO_LAST_DAY)
    .map((s, i) => ({ day: s.day, minute: 660 + (a.partnerIndex % 7) * 10 + i, run: s.run }));
}

/**
 * Market development funds over three quarters: budgets allocated by tier share and by hand, requests
 * from the partners with portal users in every status, claims approved, paid, rejected and
 * resubmitted, declined, and some waiting for finance at the end. The two earlier quarters are closed.
 */
export function mdfEvents(story: ProgramStory, random: DemoRandom): DemoEvent[] {
  const firstUser = new Map<number, { index: number; role: PartnerRole; day: number }>();
  for (const user of story.partnerUsers) {
    const known = firstUser.get(user.partnerIndex);
    if (!known || user.day < known.day)
      firstUser.set(user.partnerIndex, { index: user.partnerIndex, role: user.role, day: user.day });
  }
  const portalPartners = [...firstUser.values()].sort((a, b) => a.index - b.index);
  const activities = planMdfActivities(portalPartners, random);
  return [
    ...MDF_PLANS.flatMap((plan) =>
      budgetEvents(
        plan,
        portalPartners.filter((p) => p.day < storyDayOf(plan.periodStart) - 5),
      ),
    ),
    ...activities.flatMap(activityEvents),
  ];
}
