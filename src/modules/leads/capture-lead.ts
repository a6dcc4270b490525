import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';

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

/** Records a lead captured by a partner's campaign, deduplicated, and offers it to that partner. */
export async function captureLead(_ctx: Ctx, _input: CaptureLeadInput): Promise<CapturedLead> {
  throw new AppError('internal', 'Lead capture is not available yet');
}
