import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { partners } from '../partners/partners.table.js';

/**
 * A rule that earns an incentive when something happens: a partner rebate or bonus for strategic
 * behaviour (certifications, renewals, co-sell wins, sourced deals) or a vendor rep's co-sell reward.
 */
export const incentiveRules = pgTable(
  'incentive_rules',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** partner_rebate | partner_bonus | rep_reward */
    kind: text('kind').notNull(),
    /** The event that earns it, e.g. enablement.certified, deal.won (with role conditions), registration.approved … */
    trigger: text('trigger').notNull(),
    /** Conditions on the event: partner types, tiers, deal roles, product lines, minimum amount, renewal only … */
    conditions: jsonb('conditions').notNull(),
    /** fixed | percent */
    amountType: text('amount_type').notNull(),
    /** Minor units for fixed; basis points of the deal amount for percent. */
    amountValue: bigint('amount_value', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** Most one beneficiary may earn from this rule in a calendar quarter (minor units), or none. */
    capPerQuarterMinor: bigint('cap_per_quarter_minor', { mode: 'number' }),
    active: boolean('active').notNull().default(true),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('incentive_rules_trigger_idx').on(t.trigger, t.active)],
);

/**
 * What each rule earned, for whom: accrued when the event happens, approved, paid (in a payout batch),
 * or reversed by a compensating entry. One event earns from one rule once (sourceKey).
 */
export const incentiveLedger = pgTable(
  'incentive_ledger',
  {
    id: uuid('id').primaryKey(),
    ruleId: uuid('rule_id').references(() => incentiveRules.id, { onDelete: 'set null' }),
    /** partner | rep */
    beneficiaryType: text('beneficiary_type').notNull(),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid('user_id'),
    /** accrual | reversal | adjustment */
    entryType: text('entry_type').notNull(),
    /** accrued | approved | paid | reversed */
    status: text('status').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** What earned it: the event's entity (deal, certificate, registration) and a readable line. */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    /** Unique per rule, beneficiary and source: an event offered twice earns once. */
    sourceKey: text('source_key').notNull(),
    description: text('description').notNull(),
    /** The statement period, YYYY-MM. */
    period: text('period').notNull(),
    payoutId: uuid('payout_id'),
    reversesId: uuid('reverses_id'),
    earnedAt: timestamp('earned_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('incentive_ledger_source_key_idx').on(t.sourceKey),
    index('incentive_ledger_partner_idx').on(t.partnerId, t.period),
    index('incentive_ledger_user_idx').on(t.userId, t.period),
    index('incentive_ledger_status_idx').on(t.status, t.period),
  ],
);

/** A batch of approved entries paid out together (exported for accounts payable or payroll). */
export const incentivePayouts = pgTable('incentive_payouts', {
  id: uuid('id').primaryKey(),
  /** partner | rep */
  beneficiaryType: text('beneficiary_type').notNull(),
  period: text('period').notNull(),
  currency: text('currency').notNull(),
  totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
  entries: integer('entries').notNull(),
  reference: text('reference').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
