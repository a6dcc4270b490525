import { type Ctx, inTransaction } from '../../platform/context.js';
import { toLeadView } from './lead-view.js';
import type { CreateLeadInput, Lead } from './leads.schemas.js';
import { recordLead } from './record-lead.js';

/** Vendor staff enter a lead by hand: matched to an account, checked for duplicates, left for routing. */
export async function createLead(ctx: Ctx, input: CreateLeadInput): Promise<Lead> {
  return inTransaction(ctx, async (tx) =>
    toLeadView(tx, await recordLead(tx, { ...input, source: 'manual' })),
  );
}
