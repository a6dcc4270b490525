import { storeFile } from '../modules/files/store-file.js';
import { createBudget } from '../modules/mdf/create-budget.js';
import { createRequest } from '../modules/mdf/create-request.js';
import { decideClaim } from '../modules/mdf/decide-claim.js';
import { decideRequest } from '../modules/mdf/decide-request.js';
import { setAllocation } from '../modules/mdf/set-allocation.js';
import { submitClaim } from '../modules/mdf/submit-claim.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';
import { ONE_PIXEL_PNG } from './route-samples-files.js';
import type { TestUserKey } from './test-app.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

const budgets = new WeakMap<SampleWorld, Promise<string>>();
const THRESHOLD = 1_000_000;

export async function makeBudget(
  w: SampleWorld,
  name: string,
  partnerIds = [w.t.fixtures.partnerA, w.t.fixtures.partnerB],
): Promise<string> {
  const budget = await createBudget(w.ctxOf('finance'), {
    name,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    currency: 'USD',
    fundedMinor: 100_000_000_000,
    financeThresholdMinor: THRESHOLD,
  });
  for (const partnerId of partnerIds) {
    await setAllocation(w.ctxOf('finance'), budget.id, partnerId, { amountMinor: 10_000_000_000 });
  }
  return budget.id;
}

/** One open budget per sample world, with large allocations for partners A and B. */
export function sampleBudget(w: SampleWorld): Promise<string> {
  let budget = budgets.get(w);
  if (!budget) {
    budget = makeBudget(w, 'Sample MDF budget');
    budgets.set(w, budget);
  }
  return budget;
}

/** The partner rep acting for the caller's partner (partner A's for vendor staff). */
const repOf = (w: SampleWorld, caller: Caller): TestUserKey =>
  w.partnerOf(caller) === w.t.fixtures.partnerB ? 'partner_rep_b' : 'partner_rep_a';

const requestFields = (title: string, requestedMinor = 50_000) => ({
  title,
  activityType: 'webinar' as const,
  plan: 'A joint webinar on cloud cost control for mid-market IT leads',
  startsOn: '2026-05-04',
  endsOn: '2026-05-29',
  requestedMinor,
  expectedLeads: 25,
  expectedPipelineMinor: 2_500_000,
});

type RequestStage = 'draft' | 'submitted' | 'manager_approved' | 'approved';

export async function freshMdfRequest(w: SampleWorld, caller: Caller, stage: RequestStage): Promise<string> {
  const budgetId = await sampleBudget(w);
  const amount = stage === 'manager_approved' ? THRESHOLD * 2 : 50_000;
  const request = await createRequest(w.ctxOf(repOf(w, caller)), {
    budgetId,
    ...requestFields(`Sample ${w.unique('mdf-request')}`, amount),
    submit: stage !== 'draft',
  });
  if (stage === 'manager_approved' || stage === 'approved') {
    await decideRequest(w.ctxOf('partner_manager'), request.id, { decision: 'approve' });
  }
  return request.id;
}

async function proofOf(w: SampleWorld, caller: Caller): Promise<string> {
  const file = await storeFile(w.ctxOf(repOf(w, caller)), {
    purpose: 'mdf_proof',
    fileName: 'attendee-list.png',
    bytes: ONE_PIXEL_PNG,
  });
  return file.id;
}

export async function freshMdfClaim(
  w: SampleWorld,
  caller: Caller,
  stage: 'submitted' | 'rejected' | 'approved',
): Promise<string> {
  const requestId = await freshMdfRequest(w, caller, 'approved');
  const claim = await submitClaim(w.ctxOf(repOf(w, caller)), requestId, {
    amountMinor: 40_000,
    fileIds: [await proofOf(w, caller)],
    resultLeads: 9,
    resultPipelineMinor: 900_000,
    resultNotes: 'Webinar held, 64 attendees',
  });
  if (stage === 'rejected') {
    await decideClaim(w.ctxOf('partner_manager'), claim.id, {
      decision: 'reject',
      reason: 'Add the invoice',
    });
  } else if (stage === 'approved') {
    await decideClaim(w.ctxOf('partner_manager'), claim.id, { decision: 'approve' });
  }
  return claim.id;
}

const claimBody = async (w: SampleWorld, caller: Caller) => ({
  amountMinor: 30_000,
  fileIds: [await proofOf(w, caller)],
  resultLeads: 7,
  resultPipelineMinor: 700_000,
  resultNotes: 'Recording and attendee list attached',
});

export const MDF_SAMPLES: Record<string, Sample> = {
  listMdfBudgets: () => ({ query: { status: 'open' } }),
  createMdfBudget: (w) => ({
    body: {
      name: `FY27 Q1 ${w.unique('budget')}`,
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      currency: 'EUR',
      fundedMinor: 25_000_000,
      financeThresholdMinor: 1_000_000,
    },
  }),
  getMdfBudget: async (w) => ({ params: { id: await sampleBudget(w) } }),
  addMdfBudgetFunds: async (w) => ({
    params: { id: await sampleBudget(w) },
    body: { amountMinor: 100_000, memo: 'Top-up from the field marketing budget' },
  }),
  closeMdfBudget: async (w) => ({ params: { id: await makeBudget(w, `Closing ${w.unique('budget')}`) } }),
  listMdfLedgerEntries: async (w, caller) => ({
    params: { id: await sampleBudget(w) },
    query: { limit: '20', partnerId: w.partnerOf(caller) },
  }),
  allocateMdfByTierShare: async (w) => ({ params: { id: await sampleBudget(w) }, body: { dryRun: true } }),
  setMdfAllocation: async (w) => ({
    params: { id: await sampleBudget(w), partnerId: await w.freshPartner('active') },
    body: { amountMinor: 250_000, memo: 'Launch support' },
  }),
  listMdfAllocations: async (w, caller) => ({
    query: { budgetId: await sampleBudget(w), partnerId: w.partnerOf(caller) },
  }),
  listMdfRequests: async (w, caller) => ({
    query: {
      limit: '20',
      sort: '-createdAt',
      status: 'submitted,approved',
      partnerId: w.partnerOf(caller),
      budgetId: await sampleBudget(w),
      activityType: 'webinar',
      q: 'Sample',
    },
  }),
  createMdfRequest: async (w) => ({
    body: {
      budgetId: await sampleBudget(w),
      ...requestFields(`New ${w.unique('mdf-request')}`),
      submit: true,
    },
  }),
  getMdfRequest: async (w, caller) => ({ params: { id: await freshMdfRequest(w, caller, 'submitted') } }),
  updateMdfRequest: async (w, caller) => ({
    params: { id: await freshMdfRequest(w, caller, 'draft') },
    body: { ...requestFields(`Edited ${w.unique('mdf-request')}`, 45_000), submit: true },
  }),
  cancelMdfRequest: async (w, caller) => ({ params: { id: await freshMdfRequest(w, caller, 'submitted') } }),
  decideMdfRequest: async (w, caller) => {
    // Finance takes the second step only: give it a request the manager approved above the threshold.
    const forFinance = caller === 'finance';
    return {
      params: { id: await freshMdfRequest(w, caller, forFinance ? 'manager_approved' : 'submitted') },
      body: { decision: 'approve', amountMinor: forFinance ? 1_500_000 : 40_000, reason: 'Fits the plan' },
    };
  },
  submitMdfClaim: async (w, caller) => ({
    params: { id: await freshMdfRequest(w, caller, 'approved') },
    body: await claimBody(w, caller),
  }),
  listMdfClaims: async (w, caller) => ({
    query: {
      limit: '20',
      sort: '-submittedAt',
      status: 'submitted,paid',
      partnerId: w.partnerOf(caller),
      budgetId: await sampleBudget(w),
    },
  }),
  resubmitMdfClaim: async (w, caller) => ({
    params: { id: await freshMdfClaim(w, caller, 'rejected') },
    body: await claimBody(w, caller),
  }),
  decideMdfClaim: async (w, caller) => ({
    params: { id: await freshMdfClaim(w, caller, 'submitted') },
    body: { decision: 'approve', amountMinor: 35_000, reason: 'Proof checked', completeRequest: true },
  }),
  payMdfClaim: async (w, caller) => ({
    params: { id: await freshMdfClaim(w, caller, 'approved') },
    body: { paymentReference: `AP-${w.unique('payment')}` },
  }),
  getMdfResults: async (w, caller) => ({
    query: { groupBy: 'partner', budgetId: await sampleBudget(w), partnerId: w.partnerOf(caller) },
  }),
};
