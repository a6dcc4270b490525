import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { permittedActions } from '../../platform/policy.js';
import { getUser } from './get-user.js';
import type { Me } from './identity.schemas.js';

export async function getMe(ctx: Ctx): Promise<Me> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated', 'No user is logged in');
  return { ...(await getUser(ctx, ctx.actor.userId)), permissions: permittedActions(ctx.actor) };
}
