import type { Schemas } from '../api/client';

/** The list key of the API keys page (see useCursorList). */
export const API_KEYS_LIST_KEY = 'api-keys';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

export function apiKeyStatus(key: Schemas['ApiKey'], now = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

export const API_KEY_STATUS_COLORS: Record<ApiKeyStatus, string> = {
  active: 'teal',
  expired: 'gray',
  revoked: 'red',
};
