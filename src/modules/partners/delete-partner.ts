import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { countPartnerUsers } from '../identity/count-partner-users.js';
import { getPartnerRow } from './get-partner.js';
import { toPartnerView } from './partner-view.js';
import { partners } from './partners.table.js';

/** Deletes a partner entered by mistake; one with portal users must be churned instead. */
export async function deletePartner(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getPartnerRow(tx, id);
    if ((await countPartnerUsers(tx, id)) > 0) {
      throw new AppError(
        'conflict',
        'This partner has portal users; move it to churned instead of deleting it',
      );
    }
    await tx.db.delete(partners).where(eq(partners.id, id));
    await recordAudit(tx, {
      action: 'partner.delete',
      entityType: 'partner',
      entityId: id,
      partnerId: id,
      before: toPartnerView(before, true),
    });
  });
}
