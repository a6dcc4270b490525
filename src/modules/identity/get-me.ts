import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { getUser } from './get-user.js';
import type { User } from './identity.schemas.js';

export async function getMe(ctx: Ctx): Promise<User> {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthenticated', 'No user is logged in');
  return getUser(ctx, ctx.actor.userId);
}
