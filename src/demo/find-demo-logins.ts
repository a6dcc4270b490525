import { findUsers } from '../modules/identity/find-users.js';
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
 * One login per role: the earliest active user of each, which on a demo database is the person the
 * demo created first for that role. Empty when the database was not seeded by the demo.
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
    const user = page.items[0];
    if (!user) continue;
    const partnerName = user.partnerId ? (await getPartner(ctx, user.partnerId)).name : null;
    logins.push({ role, name: user.name, email: user.email, partnerName });
  }
  return logins.some((login) => login.role === 'admin') ? logins : [];
}
