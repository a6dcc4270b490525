import type { paths } from '../../../client/schema';
import { api, type Schemas, unwrap } from '../api/client';

type RequestsQuery = NonNullable<paths['/api/mdf/requests']['get']['parameters']['query']>;
type ClaimsQuery = NonNullable<paths['/api/mdf/claims']['get']['parameters']['query']>;

export type MdfBudget = Schemas['MdfBudget'];
export type MdfAllocation = Schemas['MdfAllocation'];
export type MdfRequest = Schemas['MdfRequest'];
export type MdfRequestDetail = Schemas['MdfRequestDetail'];
export type MdfClaim = Schemas['MdfClaim'];
export type MdfLedgerEntry = Schemas['MdfLedgerEntry'];

export const MDF_KEY = 'mdf';

export const ACTIVITY_TYPES = [
  'event',
  'webinar',
  'digital',
  'content',
  'training',
  'telemarketing',
  'other',
];
export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'manager_approved',
  'approved',
  'rejected',
  'cancelled',
  'completed',
];
export const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'declined', 'paid'];

export const fetchBudgets = () => unwrap(api.GET('/api/mdf/budgets', {})).then((r) => r.items);
export const fetchBudget = (id: string) =>
  unwrap(api.GET('/api/mdf/budgets/{id}', { params: { path: { id } } }));
export const fetchAllocations = (query: { budgetId?: string; partnerId?: string }) =>
  unwrap(api.GET('/api/mdf/allocations', { params: { query } })).then((r) => r.items);
export const fetchRequest = (id: string) =>
  unwrap(api.GET('/api/mdf/requests/{id}', { params: { path: { id } } }));

export interface RequestQuery {
  limit: number;
  sort: string;
  cursor?: string;
  status?: string;
  partnerId?: string;
  budgetId?: string;
  q?: string;
}
export const fetchRequests = (query: RequestQuery) =>
  unwrap(
    api.GET('/api/mdf/requests', {
      params: { query: query as RequestsQuery },
    }),
  );

export interface ClaimQuery {
  limit: number;
  sort: string;
  cursor?: string;
  status?: string;
  partnerId?: string;
  budgetId?: string;
}
export const fetchClaims = (query: ClaimQuery) =>
  unwrap(
    api.GET('/api/mdf/claims', {
      params: { query: query as ClaimsQuery },
    }),
  );

/** Uploads one proof-of-performance file; its id is then attached to a claim. */
export async function uploadProof(file: File): Promise<string> {
  const response = await fetch(
    `/api/files?${new URLSearchParams({ purpose: 'mdf_proof', fileName: file.name })}`,
    {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream' },
      body: file,
    },
  );
  const body = await response.json();
  if (!response.ok) throw new Error(body?.detail ?? `Upload of ${file.name} failed`);
  return body.id as string;
}

export const fileUrl = (id: string) => `/api/files/${id}/content`;
