import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { storedFiles } from '../files/files.table.js';
import { partners } from '../partners/partners.table.js';

/** A market development fund for one period (a quarter, a half, a year), in one currency. */
export const mdfBudgets = pgTable(
  'mdf_budgets',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    currency: text('currency').notNull(),
    /** Requests approved above this amount also need finance's approval after the manager's. */
    financeThresholdMinor: bigint('finance_threshold_minor', { mode: 'number' }).notNull().default(0),
    /** open | closed */
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mdf_budgets_period_idx').on(t.periodStart)],
);

/** One partner's share of a budget, set by its tier's MDF share or by hand. */
export const mdfAllocations = pgTable(
  'mdf_allocations',
  {
    id: uuid('id').primaryKey(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => mdfBudgets.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** tier_share | manual */
    method: text('method').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('mdf_allocations_budget_partner_idx').on(t.budgetId, t.partnerId),
    index('mdf_allocations_partner_idx').on(t.partnerId),
  ],
);

/** A partner's request for funds: the activity, its plan, dates and budget, and where approval stands. */
export const mdfRequests = pgTable(
  'mdf_requests',
  {
    id: uuid('id').primaryKey(),
    allocationId: uuid('allocation_id')
      .notNull()
      .references(() => mdfAllocations.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** event | webinar | digital | content | training | telemarketing | other */
    activityType: text('activity_type').notNull(),
    plan: text('plan').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    requestedMinor: bigint('requested_minor', { mode: 'number' }).notNull(),
    approvedMinor: bigint('approved_minor', { mode: 'number' }),
    currency: text('currency').notNull(),
    expectedLeads: integer('expected_leads').notNull().default(0),
    expectedPipelineMinor: bigint('expected_pipeline_minor', { mode: 'number' }).notNull().default(0),
    /** draft | submitted | manager_approved | approved | rejected | cancelled | completed */
    status: text('status').notNull(),
    decisionReason: text('decision_reason'),
    createdBy: uuid('created_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('mdf_requests_partner_idx').on(t.partnerId, t.createdAt),
    index('mdf_requests_status_idx').on(t.status, t.submittedAt),
    index('mdf_requests_allocation_idx').on(t.allocationId),
  ],
);

/** Each step of a request's approval chain: the manager's, then finance's above the threshold. */
export const mdfApprovals = pgTable(
  'mdf_approvals',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => mdfRequests.id, { onDelete: 'cascade' }),
    /** manager | finance */
    step: text('step').notNull(),
    /** approved | rejected */
    decision: text('decision').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mdf_approvals_request_idx').on(t.requestId, t.at)],
);

/** A claim for an approved activity: what it cost, proof of performance and its results. */
export const mdfClaims = pgTable(
  'mdf_claims',
  {
    id: uuid('id').primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => mdfRequests.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    resultLeads: integer('result_leads').notNull().default(0),
    resultPipelineMinor: bigint('result_pipeline_minor', { mode: 'number' }).notNull().default(0),
    resultNotes: text('result_notes').notNull().default(''),
    /** submitted | approved | rejected (resubmittable) | declined (final) | paid */
    status: text('status').notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    paymentReference: text('payment_reference'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('mdf_claims_partner_idx').on(t.partnerId, t.submittedAt),
    index('mdf_claims_status_idx').on(t.status, t.submittedAt),
    index('mdf_claims_request_idx').on(t.requestId),
  ],
);

/** Proof of performance attached to a claim. */
export const mdfClaimFiles = pgTable(
  'mdf_claim_files',
  {
    claimId: uuid('claim_id')
      .notNull()
      .references(() => mdfClaims.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.fileId] })],
);

/**
 * Every movement of MDF money, double-entry: an amount moves from one bucket to another (funding →
 * unallocated → allocated → committed → payable → paid, and back on releases). A bucket's balance is
 * what came in minus what went out, and no entry may take one below zero.
 */
export const mdfLedger = pgTable(
  'mdf_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => mdfBudgets.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id'),
    allocationId: uuid('allocation_id'),
    requestId: uuid('request_id'),
    claimId: uuid('claim_id'),
    /** e.g. budget_funded, allocated, allocation_reduced, committed, released, claim_approved, paid */
    entryType: text('entry_type').notNull(),
    fromBucket: text('from_bucket').notNull(),
    toBucket: text('to_bucket').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    memo: text('memo').notNull().default(''),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('mdf_ledger_budget_idx').on(t.budgetId, t.id),
    index('mdf_ledger_partner_idx').on(t.partnerId, t.id),
    index('mdf_ledger_allocation_idx').on(t.allocationId, t.id),
  ],
);
