import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { fetchAll } from '../shared/data-table/csv-export';
import { roleLabel } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { EmptyState } from '../shared/states/states';
import { type AuditFilters, AuditTable, entityTypeLabel } from './audit-table';
import type { User } from './queries';
import { useUrlFilters } from './url-filters';

const ENTITY_TYPES = ['partner', 'partner_contact', 'account', 'user', 'api_key', 'ipp'];
const ACTIONS = [
  'partner.create',
  'partner.update',
  'partner.stage',
  'partner.delete',
  'contact.create',
  'contact.update',
  'contact.delete',
  'account.create',
  'account.update',
  'account.delete',
  'ipp.replace',
  'user.invite',
  'user.create',
  'user.update',
  'user.accept_invite',
  'api_key.create',
  'api_key.revoke',
  'session.login',
  'session.logout',
];
const FILTER_KEYS = ['entityType', 'action', 'actorId', 'from', 'to'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates are whole UTC days: "to" includes its day. */
function auditQueryFrom(search: Record<string, string | undefined>): AuditFilters {
  const from = search.from && DATE.test(search.from) ? `${search.from}T00:00:00.000Z` : undefined;
  let to: string | undefined;
  if (search.to && DATE.test(search.to)) {
    const end = new Date(`${search.to}T00:00:00.000Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    to = end.toISOString();
  }
  return {
    entityType: search.entityType || undefined,
    action: search.action || undefined,
    actorId: search.actorId || undefined,
    from,
    to,
  };
}

/** Everyone who can act, for the "who" filter: vendor staff and partner users. */
function useAllUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'all-for-audit'],
    enabled,
    staleTime: 60_000,
    queryFn: () =>
      fetchAll<User>((cursor) =>
        unwrap(api.GET('/api/users', { params: { query: { limit: 200, sort: 'name', cursor } } })),
      ),
  });
}

/** The audit log for admins: filter by record type, action, person and dates; open a row to see the change. */
export function AuditPage() {
  const can = useCan();
  const { search, set, clear } = useUrlFilters('/console/audit');
  const users = useAllUsers(can('audit.read'));
  const filters = auditQueryFrom(search);
  const filtered = FILTER_KEYS.some((k) => search[k]);
  const badRange = Boolean(filters.from && filters.to && filters.from >= filters.to);

  if (!can('audit.read'))
    return (
      <>
        <PageHeader title="Audit log" />
        <EmptyState title="Admins only">The audit log is visible to program admins.</EmptyState>
      </>
    );

  const vendor = (users.data ?? []).filter((u) => !u.partnerId);
  const partner = (users.data ?? []).filter((u) => u.partnerId);
  const actorOptions = [
    {
      group: 'Vendor staff',
      items: vendor.map((u) => ({ value: u.id, label: `${u.name} · ${roleLabel(u.role)}` })),
    },
    {
      group: 'Partner users',
      items: partner.map((u) => ({ value: u.id, label: `${u.name} · ${roleLabel(u.role)}` })),
    },
  ].filter((g) => g.items.length);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every write in Trellis: who made it, when, and the record before and after. Open a row to see the change."
      />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter the audit log">
          <Select
            label="Record type"
            placeholder="Any"
            data={ENTITY_TYPES.map((t) => ({ value: t, label: entityTypeLabel(t) }))}
            value={search.entityType ?? null}
            onChange={(entityType) => set({ entityType })}
            clearable
            w={{ base: '100%', xs: 170 }}
          />
          <Select
            label="Action"
            placeholder="Any"
            data={ACTIONS}
            value={search.action ?? null}
            onChange={(action) => set({ action })}
            searchable
            clearable
            w={{ base: '100%', xs: 190 }}
          />
          <Select
            label="Who"
            placeholder={users.isLoading ? 'Loading…' : 'Anyone'}
            data={actorOptions}
            value={search.actorId ?? null}
            onChange={(actorId) => set({ actorId })}
            searchable
            clearable
            nothingFoundMessage="No matching user"
            w={{ base: '100%', xs: 240 }}
          />
          <TextInput
            label="From"
            type="date"
            value={search.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value })}
            w={{ base: '100%', xs: 160 }}
          />
          <TextInput
            label="To"
            type="date"
            value={search.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value })}
            error={badRange ? 'Before the start date' : undefined}
            w={{ base: '100%', xs: 160 }}
          />
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={() => clear()}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <AuditTable
          filters={filters}
          empty={
            <EmptyState
              title={filtered ? 'No entries match these filters' : 'Nothing recorded yet'}
              action={
                filtered ? (
                  <Button variant="light" onClick={() => clear()}>
                    Clear filters
                  </Button>
                ) : null
              }
            >
              {filtered
                ? 'Dates are whole days in UTC; try a wider range or fewer filters.'
                : 'Every change made in Trellis — by people, API keys or the system — is recorded here.'}
            </EmptyState>
          }
        />
      </Paper>
    </>
  );
}
