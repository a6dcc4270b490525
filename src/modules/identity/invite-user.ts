import { isPartnerRole } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { addDays } from '../../platform/clock.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { partnerScope } from '../../platform/policy.js';
import { getPartner } from '../partners/get-partner.js';
import { assertEmailUnused } from './assert-email-unused.js';
import type { InviteUserInput, User } from './identity.schemas.js';
import { users } from './identity.table.js';
import { hashToken, INVITE_PREFIX, newToken } from './tokens.js';
import { toUserView } from './user-view.js';

const INVITE_DAYS = 7;

export interface Invitation {
  user: User;
  inviteToken: string;
  inviteUrl: string;
  expiresAt: string;
}

/** Creates an invited user and a one-time invite token; a partner admin may only invite its own people. */
export async function inviteUser(
  ctx: Ctx,
  input: InviteUserInput & { baseUrl: string },
): Promise<Invitation> {
  const ownPartner = partnerScope(ctx.actor);
  if (ownPartner && !isPartnerRole(input.role)) {
    throw invalidField('role', 'a partner admin can only invite partner_admin or partner_rep users');
  }
  // A partner admin invites into its own organization only; naming another reads as "no such partner".
  if (ownPartner && input.partnerId && input.partnerId !== ownPartner) throw notFound('Partner');
  const partnerId = ownPartner ?? input.partnerId ?? null;
  if (isPartnerRole(input.role) && !partnerId)
    throw invalidField('partnerId', 'is required for a partner role');
  if (!isPartnerRole(input.role) && partnerId)
    throw invalidField('partnerId', 'must be empty for a vendor role');
  if (partnerId) await getPartner(ctx, partnerId);

  const now = ctx.clock.now();
  const token = newToken(INVITE_PREFIX);
  const expiresAt = addDays(now, INVITE_DAYS);
  return inTransaction(ctx, async (tx) => {
    await assertEmailUnused(tx, input.email);
    const [row] = await tx.db
      .insert(users)
      .values({
        id: ctx.ids(),
        email: input.email,
        name: input.name,
        role: input.role,
        partnerId,
        status: 'invited',
        inviteTokenHash: hashToken(token),
        inviteExpiresAt: expiresAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const user = toUserView(row!);
    await recordAudit(tx, {
      action: 'user.invite',
      entityType: 'user',
      entityId: user.id,
      partnerId,
      after: user,
    });
    await publishEvent(tx, {
      type: 'user.invited',
      entityType: 'user',
      entityId: user.id,
      partnerId,
      payload: { userId: user.id, role: user.role, partnerId },
    });
    return {
      user,
      inviteToken: token,
      inviteUrl: `${input.baseUrl}/accept-invite?token=${encodeURIComponent(token)}`,
      expiresAt: expiresAt.toISOString(),
    };
  });
}
