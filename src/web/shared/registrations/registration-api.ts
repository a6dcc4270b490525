import type { paths } from '../../../client/schema';
import { api, type Schemas, unwrap } from '../api/client';

export type Registration = Schemas['Registration'];
export type RegistrationDetail = Schemas['RegistrationDetail'];
export type RegistrationStatus = Registration['status'];

export const REGISTRATION_SORTS = [
  'createdAt',
  '-createdAt',
  'expectedClose',
  '-expectedClose',
  'amountMinor',
  '-amountMinor',
] as const;
export type RegistrationSort = (typeof REGISTRATION_SORTS)[number];

type ListQuery = NonNullable<paths['/api/registrations']['get']['parameters']['query']>;

/** One page of registrations; a partner user's are always only its own partner's. */
export const fetchRegistrations = (query: ListQuery) =>
  unwrap(api.GET('/api/registrations', { params: { query } }));
