import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { createRegistration } from '../deals/create-registration.js';
import type { Registration } from '../deals/registrations.schemas.js';
import { toLeadView } from './lead-view.js';
import type { ConvertLeadInput, Lead } from './leads.schemas.js';
import { lockLead } from './lock-lead.js';
import { recordLeadChange } from './record-lead-change.js';

/**
 * The partner turns an accepted lead into a deal registration (the deals module's own use case, so the
 * rules of engagement decide it as any other); the lead keeps the registration's id.
 */
export async function convertLead(
  ctx: Ctx,
  id: string,
  input: ConvertLeadInput,
): Promise<{ lead: Lead; registration: Registration }> {
  return inTransaction(ctx, async (tx) => {
    const lead = await lockLead(tx, id);
    if (lead.status !== 'accepted')
      throw new AppError('conflict', `Only an accepted lead can be converted; this one is ${lead.status}`);
    const amountMinor = input.amountMinor ?? lead.estimatedAmountMinor;
    const currency = input.currency ?? lead.currency;
    const productLines = input.productLines ?? lead.productLines;
    const missing = [
      amountMinor === null
        ? { field: 'amountMinor', message: 'is required: the lead has no estimated amount' }
        : null,
      currency === null ? { field: 'currency', message: 'is required: the lead has no currency' } : null,
      productLines.length === 0
        ? { field: 'productLines', message: 'is required: the lead names none' }
        : null,
    ].filter((e) => e !== null);
    if (missing.length) throw invalidField(missing[0]!.field, missing[0]!.message);
    const registration = await createRegistration(tx, {
      customerName: lead.companyName,
      customerWebsite: lead.domain ?? undefined,
      customerCountry: lead.country ?? undefined,
      contactName: lead.contactName,
      contactEmail: lead.contactEmail,
      contactTitle: lead.contactTitle || undefined,
      productLines,
      amountMinor: amountMinor!,
      currency: currency!,
      expectedClose: input.expectedClose,
      notes: `From lead ${lead.id}${lead.message ? `: ${lead.message.slice(0, 500)}` : ''}`,
      submit: input.submit,
    });
    const after = await recordLeadChange(tx, id, {
      action: 'lead.convert',
      event: 'lead.converted',
      partnerId: lead.partnerId,
      set: { status: 'converted', registrationId: registration.id },
      before: { status: lead.status },
      after: { status: 'converted', registrationId: registration.id },
      payload: { registrationId: registration.id, registrationStatus: registration.status },
    });
    return { lead: await toLeadView(tx, after!), registration };
  });
}
