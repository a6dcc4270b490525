import { findAccounts } from '../../modules/accounts/find-accounts.js';
import { findDeals } from '../../modules/deals/find-deals.js';
import { findRegistrations } from '../../modules/deals/find-registrations.js';
import { findUsers } from '../../modules/identity/find-users.js';
import { findPartners } from '../../modules/partners/find-partners.js';
import { systemActor } from '../../platform/actor.js';
import { systemClock } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';

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
