import { sql } from 'drizzle-orm';
import { findAccounts } from '../../modules/accounts/find-accounts.js';
import { findDeals } from '../../modules/deals/find-deals.js';
import { findRegistrations } from '../../modules/deals/find-registrations.js';
import { findUsers } from '../../modules/identity/find-users.js';
import { findPartners } from '../../modules/partners/find-partners.js';
import { systemActor } from '../../platform/actor.js';
import { systemClock } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';

export function readerCtx(db: Executor): Ctx {
  return { db, actor: systemActor('test'), clock: systemClock, ids: () => 'unused', requestId: null };
}

/** Everything the demo created that determinism is judged on, in creation order. */
export async function readDemo(db: Executor) {
  const ctx = readerCtx(db);
  const partners = await findPartners(ctx, { limit: 1000, sort: 'createdAt' });
  const accounts = await findAccounts(ctx, { limit: 1000, sort: 'createdAt' });
  const users = await findUsers(ctx, { limit: 1000, sort: 'createdAt' });
  const registrations = await findRegistrations(ctx, { limit: 1000, sort: 'createdAt' });
  const deals = await findDeals(ctx, { limit: 1000, sort: 'createdAt' });
  return {
    partners: partners.items,
    accounts: accounts.items,
    users: users.items,
    registrations: registrations.items,
    deals: deals.items,
  };
}

/** The lifecycle records determinism is judged on, as text so both database drivers compare alike. */
export async function readLifecycle(db: Executor) {
  const read = (query: ReturnType<typeof sql>) => queryRows<{ row: string }>(db, query);
  return {
    applications: await read(
      sql`SELECT concat_ws('|', id, company_name, status, fit_score, updated_at::text) AS row
          FROM partner_applications ORDER BY id`,
    ),
    onboardings: await read(
      sql`SELECT concat_ws('|', partner_id, status, percent, started_at::text, completed_at::text) AS row
          FROM partner_onboardings ORDER BY partner_id`,
    ),
    certificates: await read(
      sql`SELECT concat_ws('|', id, user_id, name, issued_at::text, expires_at::text) AS row
          FROM certificates ORDER BY id`,
    ),
    tiers: await read(
      sql`SELECT concat_ws('|', partner_id, action, to_tier, at::text) AS row FROM tier_history ORDER BY id`,
    ),
  };
}
