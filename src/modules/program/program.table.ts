import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A joint solution built with one or more partners: its build cost and the markets it opens. */
export const coInnovationProjects = pgTable('co_innovation_projects', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  /** The product line deals carry when they include the joint solution. */
  solutionProductLine: text('solution_product_line').notNull(),
  /** idea | building | launched | retired */
  status: text('status').notNull(),
  buildCostMinor: bigint('build_cost_minor', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  /** Regions and industries the vendor did not sell into before the solution. */
  newMarkets: jsonb('new_markets').notNull(),
  launchedAt: timestamp('launched_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const coInnovationPartners = pgTable(
  'co_innovation_partners',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => coInnovationProjects.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull(),
    /** builder | contributor | reseller */
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.partnerId] }),
    index('co_innovation_partners_partner_idx').on(t.partnerId),
  ],
);

/** The program's SWOT: drafted from its metrics, then edited and saved by the program owner. */
export const swotDrafts = pgTable('swot_drafts', {
  id: uuid('id').primaryKey(),
  /** { strengths, weaknesses, opportunities, threats }: each a list of { text, evidence } */
  content: jsonb('content').notNull(),
  /** The metric snapshot the draft was made from, so an edited SWOT still shows its basis. */
  basis: jsonb('basis').notNull(),
  asOf: timestamp('as_of', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
