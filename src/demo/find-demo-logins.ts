import { partnerDealMetrics } from '../modules/deals/partner-deal-metrics.js';
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

const ALL_TIME = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('9999-12-31T00:00:00Z') };

/**
 * The partner whose logins the demo prints: the one with the most won deals (then approved
 * registrations), so its portal shows a full pipeline, a high tier and a busy academy; null when no
 * partner has any deal yet.
 */
async function showcasePartner(ctx: Ctx): Promise<string | null> {
  const metrics = await partnerDealMetrics(ctx.db, ALL_TIME.from, ALL_TIME.to);
  const ranked = [...metrics].sort(
    ([a, x], [b, y]) =>
      y.wonDeals - x.wonDeals || y.approvedRegistrations - x.approvedRegistrations || a.localeCompare(b),
  );
  return ranked[0]?.[0] ?? null;
}

/**
 * One login per role: the earliest active user of each, which on a demo database is the person the
 * demo created first for that role. Partner users and the partner manager are those of the showcase
 * partner, so the printed manager finds that partner's registrations in its review queue. Empty when
 * the database was not seeded by the demo.
 */
export async function findDemoLogins(ctx: Ctx): Promise<DemoLogin[]> {
  const showcase = await showcasePartner(ctx);
  const logins: DemoLogin[] = [];
  for (const role of ROLES) {
    const earliest = (partnerId?: string) =>
      findUsers(ctx, {
        limit: 1,
        sort: 'createdAt',
        role,
        status: 'active',
        ...(isPartnerRole(role) ? { partnerId } : { q: `@${DEMO_EMAIL_DOMAIN}` }),
      });
    let user =
      (isPartnerRole(role) && showcase ? (await earliest(showcase)).items[0] : undefined) ??
      (await earliest()).items[0];
    if (!user) continue;
    if (role === 'partner_manager' && showcase) {
      const { ownerId } = await getPartner(ctx, showcase);
      if (ownerId) user = await getUser(ctx, ownerId);
    }
    const partnerName = user.partnerId ? (await getPartner(ctx, user.partnerId)).name : null;
    logins.push({ role, name: user.name, email: user.email, partnerName });
  }
  return logins.some((login) => login.role === 'admin') ? logins : [];
}
