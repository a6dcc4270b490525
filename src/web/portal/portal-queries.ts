import { queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../shared/api/client';

export type PartnerDetail = Schemas['PartnerDetail'];
export type PartnerContact = Schemas['PartnerContact'];

/** The regions a partner can cover, as the API names them. */
export const REGION_OPTIONS = [
  { value: 'NA', label: 'North America' },
  { value: 'LATAM', label: 'Latin America' },
  { value: 'EMEA', label: 'Europe, Middle East and Africa' },
  { value: 'APAC', label: 'Asia Pacific' },
] as const;

export type Region = (typeof REGION_OPTIONS)[number]['value'];

export const regionLabel = (region: string) =>
  REGION_OPTIONS.find((r) => r.value === region)?.label ?? region;

export const partnerKey = (partnerId: string) => ['portal', 'partner', partnerId] as const;
export const contactsKey = (partnerId: string) => ['portal', 'partner', partnerId, 'contacts'] as const;

export const partnerDetailQuery = (partnerId: string) =>
  queryOptions({
    queryKey: partnerKey(partnerId),
    queryFn: () => unwrap(api.GET('/api/partners/{id}', { params: { path: { id: partnerId } } })),
  });

/** A partner's contacts; a handful per organization, so one page of 200 is the whole list. */
export const contactsQuery = (partnerId: string) =>
  queryOptions({
    queryKey: contactsKey(partnerId),
    queryFn: () =>
      unwrap(
        api.GET('/api/partners/{id}/contacts', {
          params: { path: { id: partnerId }, query: { limit: 200, sort: 'name' } },
        }),
      ),
  });

export interface PortalTask {
  id: string;
  title: string;
  detail: string;
  to: '/portal/organization' | '/portal/users';
  hash?: string;
  action: string;
  /** Only a partner admin can do it; a partner rep is told to ask one. */
  adminOnly: boolean;
}

/** What is still to do for this organization, derived from its profile, contacts and users. */
export function tasksFor(detail: PartnerDetail, contacts: PartnerContact[]): PortalTask[] {
  const tasks: PortalTask[] = [];
  const missing = [
    detail.website ? null : 'website',
    detail.description ? null : 'description',
    detail.specializations.length ? null : 'specializations',
    detail.regions.length ? null : 'regions',
  ].filter((field): field is string => field !== null);
  if (missing.length) {
    tasks.push({
      id: 'profile',
      title: 'Complete your profile',
      detail: `Add your ${listOf(missing)} so the vendor can match you with the right accounts and leads.`,
      to: '/portal/organization',
      hash: 'profile',
      action: 'Edit profile',
      adminOnly: true,
    });
  }
  if (!contacts.some((contact) => contact.isPrimary)) {
    tasks.push({
      id: 'primary-contact',
      title: 'Add a primary contact',
      detail: 'Name the person the vendor should reach first about deals, leads and the program.',
      to: '/portal/organization',
      hash: 'contacts',
      action: 'Manage contacts',
      adminOnly: true,
    });
  }
  if (detail.userCount <= 1) {
    tasks.push({
      id: 'invite',
      title: 'Invite your colleagues',
      detail: 'You are the only portal user. Invite the people who register deals and work with the vendor.',
      to: '/portal/users',
      action: 'Invite users',
      adminOnly: true,
    });
  }
  return tasks;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A website as the partner typed it ("acme.com") made into a link. */
export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** The list key of the partner's own users (see useCursorList). */
export const PORTAL_USERS_KEY = 'portal-users';
