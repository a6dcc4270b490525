import { type SessionUser, useSession } from './session';

export type Permission = SessionUser['permissions'][number];

/**
 * Whether to offer an action: the server lists what the signed-in user may do, from its one policy
 * table, so the buttons shown always match what the API will allow (the API still checks every call).
 */
export function canDo(user: SessionUser, action: Permission): boolean {
  return user.permissions.includes(action);
}

/** `const can = useCan(); can('partners.create')` */
export function useCan(): (action: Permission) => boolean {
  const user = useSession();
  return (action) => canDo(user, action);
}
