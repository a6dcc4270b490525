import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type Lead = Schemas['Lead'];
export type LeadDetail = Schemas['LeadDetail'];
export type LeadOffer = Schemas['LeadOffer'];
export type LeadStatus = Lead['status'];
export type RoutingRun = Schemas['LeadRoutingRun'];
export type RoutingRules = Schemas['LeadRoutingRules'];
export type AcceptanceRate = Schemas['LeadAcceptanceRate'];
export type CreateLeadBody = Schemas['CreateLead'];
export type ConvertLeadBody = Schemas['ConvertLead'];

/** Everything cached about leads starts with this key, so one invalidation refreshes it all. */
export const LEADS_KEY = 'leads';

export interface LeadListQuery {
  status?: string;
  source?: 'campaign' | 'import' | 'manual';
  partnerId?: string;
  region?: 'NA' | 'LATAM' | 'EMEA' | 'APAC';
  q?: string;
  sort: string;
  limit: number;
  cursor?: string;
}

export const fetchLeads = (query: LeadListQuery) =>
  unwrap(api.GET('/api/leads', { params: { query: query as never } }));

export const leadQuery = (id: string) =>
  queryOptions({
    queryKey: [LEADS_KEY, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/leads/{id}', { params: { path: { id } } })),
  });

export const acceptanceRatesQuery = () =>
  queryOptions({
    queryKey: [LEADS_KEY, 'acceptance-rates'],
    queryFn: () => unwrap(api.GET('/api/leads/acceptance-rates')),
  });

export const routingRulesQuery = () =>
  queryOptions({
    queryKey: [LEADS_KEY, 'routing-rules'],
    queryFn: () => unwrap(api.GET('/api/leads/routing-rules')),
  });

const path = (id: string) => ({ params: { path: { id } } });

export const acceptLead = (id: string) => unwrap(api.POST('/api/leads/{id}/accept', path(id)));
export const declineLead = (id: string, reason: string) =>
  unwrap(api.POST('/api/leads/{id}/decline', { ...path(id), body: { reason } }));
export const convertLead = (id: string, body: ConvertLeadBody) =>
  unwrap(api.POST('/api/leads/{id}/convert', { ...path(id), body }));
export const offerLead = (id: string, partnerId: string) =>
  unwrap(api.POST('/api/leads/{id}/offer', { ...path(id), body: { partnerId } }));
export const withdrawLeadOffer = (id: string) => unwrap(api.POST('/api/leads/{id}/withdraw', path(id)));
export const disqualifyLead = (id: string, reason: string) =>
  unwrap(api.POST('/api/leads/{id}/disqualify', { ...path(id), body: { reason } }));
export const routeLeads = (body: { leadIds?: string[]; dryRun: boolean }) =>
  unwrap(api.POST('/api/leads/route', { body }));
export const createLead = (body: CreateLeadBody) => unwrap(api.POST('/api/leads', { body }));
