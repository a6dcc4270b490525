import { z } from 'zod';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { clientBucket, emailBucket } from '../../platform/rate-limit/client-buckets.js';
import { consumeRateLimits } from '../../platform/rate-limit/consume-rate-limits.js';
import type { RateLimit } from '../../platform/rate-limit/counters.js';
import { captureLead } from '../leads/capture-lead.js';
import type { CampaignRendering } from './campaign-rendering.js';
import { findPublicCampaign, recordTouch } from './public-campaign.js';
import type { LeadFormField } from './render-campaign.js';
import type { Visitor } from './visitor-key.js';

/** How many lead forms one client address, and one company (email domain), may send. */
export const CAMPAIGN_LEAD_RATE_LIMITS = {
  clientAddress: { limit: 10, windowSeconds: 3600 },
  emailDomain: { limit: 5, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number, what: string) => text(max).min(1, `Please enter ${what}`);

export const ZLeadForm = z.object({
  contactName: required(200, 'your name'),
  contactEmail: z.string().trim().max(254).pipe(z.email('Please enter a valid email address')),
  companyName: required(200, 'your company'),
  contactPhone: text(40)
    .regex(/^[+\d\s().-]*$/, 'Please enter a phone number (digits, spaces, + ( ) . -)')
    .default(''),
  message: text(2000).default(''),
  nickname: z.string().max(200).default(''),
});

export type LeadFormInput = Partial<Record<LeadFormField | 'nickname', unknown>>;

export type LeadOutcome =
  | { kind: 'not_found' }
  | { kind: 'ended'; rendering: CampaignRendering }
  | {
      kind: 'invalid';
      rendering: CampaignRendering;
      values: Record<string, string>;
      errors: Record<string, string>;
    }
  | {
      kind: 'rate_limited';
      rendering: CampaignRendering;
      values: Record<string, string>;
      retryAfterSeconds: number;
    }
  | { kind: 'accepted'; slug: string };

function formValues(input: LeadFormInput): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([key, value]) => key !== 'nickname' && typeof value === 'string')
      .map(([key, value]) => [key, (value as string).slice(0, 2000)]),
  );
}

/**
 * The landing page's form. Invalid input is answered with the messages and writes nothing; after that
 * every attempt counts against the rate limits. A filled honeypot is thanked and dropped. A real one
 * becomes a lead through lead capture and a form_fill touch of the campaign and its partner.
 */
export async function submitCampaignLead(
  ctx: Ctx,
  slug: string,
  input: LeadFormInput,
  visitor: Visitor,
): Promise<LeadOutcome> {
  const rendering = await findPublicCampaign(ctx, slug);
  if (!rendering) return { kind: 'not_found' };
  if (rendering.record.campaign.status !== 'launched') return { kind: 'ended', rendering };
  const values = formValues(input);
  const parsed = ZLeadForm.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'contactName');
      errors[field] ??= issue.code === 'invalid_type' ? 'Please fill this in' : issue.message;
    }
    return { kind: 'invalid', rendering, values, errors };
  }
  const form = parsed.data;
  try {
    await consumeRateLimits(
      ctx,
      [
        {
          bucket: `campaign-lead:${clientBucket(visitor.clientAddress)}`,
          rule: CAMPAIGN_LEAD_RATE_LIMITS.clientAddress,
        },
        {
          bucket: `campaign-lead:${emailBucket(form.contactEmail)}`,
          rule: CAMPAIGN_LEAD_RATE_LIMITS.emailDomain,
        },
      ],
      'requests',
    );
  } catch (error) {
    const retry = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
    if (typeof retry !== 'number') throw error;
    return { kind: 'rate_limited', rendering, values, retryAfterSeconds: retry };
  }
  if (form.nickname.trim()) return { kind: 'accepted', slug };
  const campaign = rendering.record.campaign;
  await inTransaction(ctx, async (tx) => {
    const lead = await captureLead(tx, {
      campaignId: campaign.id,
      sourcePartnerId: campaign.partnerId,
      companyName: form.companyName,
      contactName: form.contactName,
      contactEmail: form.contactEmail.toLowerCase(),
      ...(form.contactPhone ? { contactPhone: form.contactPhone } : {}),
      ...(form.message ? { message: form.message } : {}),
      productLines: rendering.template.productLines,
    });
    await recordTouch(tx, campaign, { kind: 'form_fill', visitor, leadId: lead.id });
  });
  return { kind: 'accepted', slug };
}
