import { z } from 'zod';
import { ZCurrency } from '../../platform/money/money.js';

const MAX_MINOR = 1_000_000_000_000;
const ZAmount = z.number().int().min(1).max(MAX_MINOR).describe('Minor units of the budget currency');
const ZDay = z.iso.date().describe('YYYY-MM-DD');
const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ACTIVITY_TYPES = [
  'event',
  'webinar',
  'digital',
  'content',
  'training',
  'telemarketing',
  'other',
] as const;
export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'manager_approved',
  'approved',
  'rejected',
  'cancelled',
  'completed',
] as const;
export const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'declined', 'paid'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const ZLedgerFigures = z.object({
  fundedMinor: z.number().int(),
  unallocatedMinor: z.number().int(),
  availableMinor: z.number().int(),
  committedMinor: z.number().int(),
  payableMinor: z.number().int(),
  paidMinor: z.number().int(),
  returnedMinor: z.number().int(),
  allocatedMinor: z.number().int().describe('available + committed + payable + paid'),
  claimedMinor: z.number().int().describe('Approved claims: payable + paid'),
});

export const ZBudget = z
  .object({
    id: z.uuid(),
    name: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    currency: z.string(),
    financeThresholdMinor: z.number().int(),
    status: z.enum(['open', 'closed']),
    figures: ZLedgerFigures.describe(
      "Program-wide for vendor staff; for a partner user only its own allocation's money",
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MdfBudget' });
export type Budget = z.infer<typeof ZBudget>;

export const ZCreateBudget = z.strictObject({
  name: ZText(200),
  periodStart: ZDay,
  periodEnd: ZDay,
  currency: ZCurrency,
  fundedMinor: z.number().int().min(0).max(MAX_MINOR),
  financeThresholdMinor: z
    .number()
    .int()
    .min(0)
    .max(MAX_MINOR)
    .describe('Requests approved for more than this also need finance approval after the manager'),
});
export const ZAddFunds = z.strictObject({
  amountMinor: ZAmount,
  memo: z.string().trim().max(500).optional(),
});

export const ZAllocation = z
  .object({
    id: z.uuid(),
    budgetId: z.uuid(),
    budgetName: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    method: z.enum(['tier_share', 'manual']),
    currency: z.string(),
    allocatedMinor: z.number().int(),
    availableMinor: z.number().int(),
    committedMinor: z.number().int(),
    payableMinor: z.number().int(),
    paidMinor: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MdfAllocation' });
export type Allocation = z.infer<typeof ZAllocation>;

export const ZSetAllocation = z.strictObject({
  amountMinor: z
    .number()
    .int()
    .min(0)
    .max(MAX_MINOR)
    .describe('The allocation to have; lowering only takes back money that is still available'),
  memo: z.string().trim().max(500).optional(),
});

export const ZTierShareInput = z.strictObject({
  dryRun: z.boolean().describe('true: only preview what each partner would get'),
});
export const ZTierSharePlan = z.object({
  budgetId: z.uuid(),
  dryRun: z.boolean(),
  unallocatedMinor: z.number().int(),
  scalePercent: z
    .number()
    .describe('100 unless the shares add up to more than is unallocated; then all are scaled down'),
  lines: z.array(
    z.object({
      partnerId: z.uuid(),
      partnerName: z.string(),
      tier: z.string(),
      sharePercent: z.number(),
      targetMinor: z.number().int(),
      currentMinor: z.number().int(),
      addMinor: z.number().int(),
    }),
  ),
  totalAddMinor: z.number().int(),
});
export type TierSharePlan = z.infer<typeof ZTierSharePlan>;

const requestFields = {
  title: ZText(200),
  activityType: z.enum(ACTIVITY_TYPES),
  plan: ZText(8000).describe('What the activity is, its audience and how it will be run'),
  startsOn: ZDay,
  endsOn: ZDay,
  requestedMinor: ZAmount,
  expectedLeads: z.number().int().min(0).max(1_000_000),
  expectedPipelineMinor: z.number().int().min(0).max(MAX_MINOR),
};
export const ZCreateRequest = z.strictObject({
  budgetId: z.uuid(),
  ...requestFields,
  submit: z.boolean().describe('false keeps it as a draft'),
});
export const ZUpdateRequest = z.strictObject({
  ...requestFields,
  submit: z.boolean().describe('true submits it (again, after a rejection)'),
});
export type RequestFields = z.infer<typeof ZUpdateRequest>;

export const ZRequestDecision = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  amountMinor: ZAmount.optional().describe('Approve a lower amount than requested'),
  reason: z.string().trim().max(2000).optional().describe('Required to reject'),
});

export const ZApproval = z.object({
  id: z.uuid(),
  step: z.enum(['manager', 'finance']),
  decision: z.enum(['approved', 'rejected']),
  amountMinor: z.number().int().nullable(),
  reason: z.string().nullable(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const ZRequest = z
  .object({
    id: z.uuid(),
    allocationId: z.uuid(),
    budgetId: z.uuid(),
    budgetName: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    title: z.string(),
    activityType: z.enum(ACTIVITY_TYPES),
    plan: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    requestedMinor: z.number().int(),
    approvedMinor: z.number().int().nullable(),
    currency: z.string(),
    expectedLeads: z.number().int(),
    expectedPipelineMinor: z.number().int(),
    status: z.enum(REQUEST_STATUSES),
    nextStep: z.enum(['manager', 'finance']).nullable().describe('Whose approval it waits for'),
    decisionReason: z.string().nullable(),
    submittedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MdfRequest' });
export type MdfRequest = z.infer<typeof ZRequest>;

export const ZClaimFile = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});

export const ZClaim = z
  .object({
    id: z.uuid(),
    requestId: z.uuid(),
    requestTitle: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    resultLeads: z.number().int(),
    resultPipelineMinor: z.number().int(),
    resultNotes: z.string(),
    status: z.enum(CLAIM_STATUSES),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    paymentReference: z.string().nullable(),
    paidAt: z.string().nullable(),
    submittedAt: z.string(),
    files: z.array(ZClaimFile),
  })
  .meta({ id: 'MdfClaim' });
export type Claim = z.infer<typeof ZClaim>;

export const ZRequestDetail = ZRequest.extend({
  approvals: z.array(ZApproval),
  claims: z.array(ZClaim),
  committedRemainingMinor: z.number().int().describe('Committed money not yet claimed and approved'),
}).meta({ id: 'MdfRequestDetail' });

export const ZSubmitClaim = z.strictObject({
  amountMinor: ZAmount,
  fileIds: z
    .array(z.uuid())
    .min(1)
    .max(20)
    .describe('Proof of performance: files uploaded with POST /api/files?purpose=mdf_proof'),
  resultLeads: z.number().int().min(0).max(1_000_000),
  resultPipelineMinor: z.number().int().min(0).max(MAX_MINOR),
  resultNotes: z.string().trim().max(4000),
});
export type SubmitClaimInput = z.infer<typeof ZSubmitClaim>;

export const ZClaimDecision = z.strictObject({
  decision: z.enum(['approve', 'reject', 'decline']),
  amountMinor: ZAmount.optional().describe('Approve part of the claim only'),
  reason: z.string().trim().max(2000).optional().describe('Required to reject or decline'),
  completeRequest: z
    .boolean()
    .optional()
    .describe(
      'On approval: the activity is done, release the unclaimed rest of its commitment (default true)',
    ),
});
export const ZPayClaim = z.strictObject({ paymentReference: ZText(200) });

export const ZLedgerEntry = z
  .object({
    id: z.number().int(),
    budgetId: z.uuid(),
    partnerId: z.uuid().nullable(),
    allocationId: z.uuid().nullable(),
    requestId: z.uuid().nullable(),
    claimId: z.uuid().nullable(),
    entryType: z.string(),
    fromBucket: z.string(),
    toBucket: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    memo: z.string(),
    at: z.string(),
  })
  .meta({ id: 'MdfLedgerEntry' });

export const RESULT_GROUPS = ['request', 'partner', 'activityType'] as const;
export const ZResultRow = z.object({
  key: z.string(),
  label: z.string(),
  currency: z.string(),
  activities: z.number().int(),
  claimedMinor: z.number().int().describe('Approved claims, paid or not'),
  paidMinor: z.number().int(),
  leads: z.number().int(),
  pipelineMinor: z.number().int(),
  costPerLeadMinor: z.number().int().nullable().describe('claimed / leads; null without leads'),
  pipelinePerCurrencyUnit: z.number().nullable().describe('pipeline / claimed; null when nothing claimed'),
});
export const ZResults = z.object({ groupBy: z.enum(RESULT_GROUPS), rows: z.array(ZResultRow) });
