import type { Role } from '../../platform/actor.js';
import type { User } from './identity.schemas.js';
import type { users } from './identity.table.js';

/** The public shape of a user: never the password or invite hashes. */
export function toUserView(row: typeof users.$inferSelect): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    partnerId: row.partnerId,
    status: row.status as User['status'],
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
