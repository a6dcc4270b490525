import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { queryClient, SESSION_KEY } from '../api/query-client';

export type SessionUser = Schemas['Me'];

export const VENDOR_ROLES = ['admin', 'partner_manager', 'sales_rep', 'finance'] as const;

export function isPartnerUser(user: SessionUser): boolean {
  return user.partnerId !== null;
}

export function homePathFor(user: SessionUser): '/console' | '/portal' {
  return isPartnerUser(user) ? '/portal' : '/console';
}

export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<SessionUser | null> => {
    try {
      return await unwrap(api.GET('/api/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useSession(): SessionUser {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useSession is only used inside signed-in routes');
  return data;
}

export async function logIn(email: string, password: string): Promise<SessionUser> {
  const session = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
  queryClient.clear();
  queryClient.setQueryData(SESSION_KEY, session.user);
  return session.user;
}

export async function logOut(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout')).catch(() => undefined);
  queryClient.clear();
  queryClient.setQueryData(SESSION_KEY, null);
}
