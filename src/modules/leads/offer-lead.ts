import { eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { partners } from '../partners/partners.table.js';
import { closeOffer, offerToPartner } from './lead-offer-writes.js';
import { toLeadView } from './lead-view.js';
import type { Lead } from './leads.schemas.js';
import { lockLead, pendingOfferOf } from './lock-lead.js';
import { loadRoutingSettings } from './routing-rules.js';

const OFFERABLE = ['new', 'unassignable', 'offered'];

/**
 * A partner manager offers a lead to a partner of their choice (replacing a pending offer to another
 * partner). The partner must be in an eligible stage; the rules' filters and capacity are the
 * manager's call.
 */
export async function offerLead(ctx: Ctx, id: string, input: { partnerId: string }): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const lead = await lockLead(tx, id);
    if (!OFFERABLE.includes(lead.status))
      throw new AppError('conflict', `A ${lead.status} lead cannot be offered`);
    const { rules } = await loadRoutingSettings(tx.db);
    const [partner] = await tx.db
      .select({ id: partners.id, name: partners.name, stage: partners.stage })
      .from(partners)
      .where(eq(partners.id, input.partnerId));
    if (!partner) throw invalidField('partnerId', 'is not a partner');
    if (!(rules.eligibleStages as string[]).includes(partner.stage))
      throw invalidField(
        'partnerId',
        `is ${partner.stage}; leads go to partners in ${rules.eligibleStages.join(', ')}`,
      );
    const pending = await pendingOfferOf(tx, lead);
    if (pending?.partnerId === partner.id)
      throw new AppError('conflict', 'The lead is already offered to this partner');
    if (pending) await closeOffer(tx, pending, 'withdrawn');
    await offerToPartner(
      tx,
      lead,
      partner.id,
      {
        summary: `Offered by hand to ${partner.name}`,
        tieBreak: 'manual',
        winner: null,
        runnersUp: [],
      },
      rules,
    );
    return toLeadView(tx, await lockLead(tx, id));
  });
}
