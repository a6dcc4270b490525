import { findUsers } from '../modules/identity/find-users.js';
import { getUser } from '../modules/identity/get-user.js';
import { getPartner } from '../modules/partners/get-partner.js';
import { isPartnerRole, ROLES, type Role } from '../platform/actor.js';
import type { Ctx } from '../platform/context.js';
import { DEMO_EMAIL_DOMAIN } from './demo-team.js';

export interface DemoLogin {
  role: Role;
  name: string;
  email: string;
  partnerName: string | null;
}

/**
 * The partner manager who owns most of the partners with portal users, so the printed login finds
 * registrations in its review queue; null to fall back to the earliest one.
 */
async function busiestPartnerManager(ctx: Ctx): Promise<string | null> {
  const partnerUsers = await findUsers(ctx, {
    limit: 200,
    sort: 'createdAt',
    role: 'partner_admin',
    status: 'active',
  });
  const owned = new Map<string, number>();
  for (const partnerId of new Set(partnerUsers.items.map((u) => u.partnerId).filter((id) => id !== null))) {
    const { ownerId } = await getPartner(ctx, partnerId);
    if (ownerId) owned.set(ownerId, (owned.get(ownerId) ?? 0) + 1);
  }
  const [best] = [...owned.entries()].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}

/**
 * One login per role: the earliest active user of each, which on a demo database is the person the
 * demo created first for that role (for partner managers, the one whose partners use the portal).
 * Empty when the database was not seeded by the demo.
 */
export async function findDemoLogins(ctx: Ctx): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const role of ROLES) {
    const page = await findUsers(ctx, {
      limit: 1,
      sort: 'createdAt',
      role,
      status: 'active',
      ...(isPartnerRole(role) ? {} : { q: `@${DEMO_EMAIL_DOMAIN}` }),
    });
    let user = page.items[0];
    if (!user) continue;
    if (role === 'partner_manager') {
      const busiest = await busiestPartnerManager(ctx);
      if (busiest) user = await getUser(ctx, busiest);
    }
    const partnerName = user.partnerId ? (await getPartner(ctx, user.partnerId)).name : null;
    logins.push({ role, name: user.name, email: user.email, partnerName });
  }
  return logins.some((login) => login.role === 'admin') ? logins : [];
}
