import { type Ctx, inTransaction } from '../../platform/context.js';
import { decideAutomatically } from './decide-automatically.js';
import { decidedView, loadRegistration } from './load-registration.js';
import type { Registration } from './registrations.schemas.js';

export async function submitRegistration(ctx: Ctx, id: string): Promise<Registration> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRegistration(tx, id, { forUpdate: true });
    return decidedView(await decideAutomatically(tx, loaded));
  });
}
