import { companyDomain } from '../../analytics/matching/normalize-domain.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { lockLead } from './lock-lead.js';
import { recordLead } from './record-lead.js';
import { routeLeadRows } from './route-lead-rows.js';

/** A lead from a campaign landing page form (already validated at the edge). */
export interface CaptureLeadInput {
  campaignId: string;
  /** The partner whose campaign captured it. */
  sourcePartnerId: string;
  companyName: string;
  website?: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  contactTitle?: string;
  country?: string | null;
  message?: string;
  interests?: string[];
  productLines?: string[];
}

export interface CapturedLead {
  id: string;
  status: string;
}

/**
 * Records a lead captured by a partner's campaign, deduplicated, and offers it to that partner (when it
 * can take it: eligible stage, room in its capacity), else to the partner the routing rules choose.
 * A duplicate of an open lead is kept as such and not routed.
 */
export async function captureLead(ctx: Ctx, input: CaptureLeadInput): Promise<CapturedLead> {
  return inTransaction(ctx, async (tx) => {
    const lead = await recordLead(tx, {
      ...input,
      // A website the form could not read as a company domain is left out rather than refusing the lead.
      website: input.website && companyDomain(input.website) ? input.website : null,
      source: 'campaign',
    });
    if (lead.status === 'duplicate') return { id: lead.id, status: lead.status };
    const locked = await lockLead(tx, lead.id);
    const run = await routeLeadRows(tx, [locked], { dryRun: false });
    return { id: lead.id, status: run.offered > 0 ? 'offered' : 'unassignable' };
  });
}
