import { Button, Group, MultiSelect, Paper, Stack, Switch, Tabs, Text, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCan } from '../../shared/auth/permissions';
import { useSession } from '../../shared/auth/session';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDay } from '../../shared/dates';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import {
  fetchRegistrations,
  REGISTRATION_SORTS,
  type Registration,
  type RegistrationSort,
} from '../../shared/registrations/registration-api';
import {
  RegistrationStatusBadge,
  registrationStatusLabel,
} from '../../shared/registrations/registration-status-badge';
import { EmptyState } from '../../shared/states/states';
import { PartnerPicker } from '../partner-picker';
import { partnerQuery } from '../queries';
import { QUEUE_STATUSES, REGISTRATION_STATUSES, type RegistrationFilters } from './registration-queries';
import { RegistrationStatusChart } from './status-chart';

type Tab = 'queue' | 'all';
type Search = Record<string, string | undefined>;

const STATUS_OPTIONS = REGISTRATION_STATUSES.map((s) => ({ value: s, label: registrationStatusLabel(s) }));

/** The statuses of a comma list from the URL that the API knows; anything else is dropped. */
function statusesFrom(value: string | undefined): string[] {
  const known = REGISTRATION_STATUSES as readonly string[];
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => known.includes(s));
}

function useRegistrationSearch() {
  const search = useSearch({ strict: false }) as Search;
  const navigate = useNavigate();
  function set(patch: Record<string, string | null | undefined>) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) {
      if (value !== undefined && value !== null && value !== '') next[key] = value;
    }
    void navigate({ to: '/console/registrations', search: next, replace: true });
  }
  return { search, set };
}

const csvColumns = [
  { header: 'id', value: (r: Registration) => r.id },
  { header: 'partner', value: (r: Registration) => r.partnerName },
  { header: 'customer', value: (r: Registration) => r.customerName },
  { header: 'customer_domain', value: (r: Registration) => r.customerDomain },
  { header: 'product_lines', value: (r: Registration) => r.productLines.join('; ') },
  { header: 'amount_minor', value: (r: Registration) => r.amountMinor },
  { header: 'currency', value: (r: Registration) => r.currency },
  { header: 'expected_close', value: (r: Registration) => r.expectedClose },
  { header: 'status', value: (r: Registration) => r.status },
  { header: 'reason', value: (r: Registration) => r.reason },
  { header: 'submitted_at', value: (r: Registration) => r.submittedAt },
  { header: 'protected_until', value: (r: Registration) => r.protectedUntil },
  { header: 'account_id', value: (r: Registration) => r.accountId },
  { header: 'deal_id', value: (r: Registration) => r.dealId },
  { header: 'created_at', value: (r: Registration) => r.createdAt },
];

/** Deal registrations from every partner: the review queue for partner managers, and the whole list. */
export function RegistrationsPage() {
  const user = useSession();
  const can = useCan();
  const { search, set } = useRegistrationSearch();
  const canDecide = can('registrations.decide');
  const tab: Tab = search.tab === 'all' || search.tab === 'queue' ? search.tab : canDecide ? 'queue' : 'all';
  // "Only my partners" starts on for partner managers, who own a book of partners.
  const mine = search.mine === undefined ? user.role === 'partner_manager' : search.mine === '1';
  const myAccounts = user.role === 'sales_rep' && search.myAccounts === '1';
  const sort: RegistrationSort = (REGISTRATION_SORTS as readonly string[]).includes(search.sort ?? '')
    ? (search.sort as RegistrationSort)
    : tab === 'queue'
      ? 'createdAt'
      : '-createdAt';
  const statuses = statusesFrom(search.status);
  const partner = useQuery({
    ...partnerQuery(search.partnerId ?? ''),
    enabled: Boolean(search.partnerId),
    retry: false,
  });

  const scope: Omit<RegistrationFilters, 'status'> & { accountOwnerId?: string } = {
    managerId: mine ? user.id : undefined,
    ...(tab === 'all'
      ? {
          partnerId: search.partnerId || undefined,
          q: search.q?.trim() || undefined,
          accountOwnerId: myAccounts ? user.id : undefined,
        }
      : {}),
  };
  const filters: RegistrationFilters & { accountOwnerId?: string } = {
    ...scope,
    status: tab === 'queue' ? QUEUE_STATUSES.join(',') : statuses.join(',') || undefined,
  };
  const list = useCursorList({
    key: 'registrations',
    filters,
    sort,
    fetchPage: (params) => fetchRegistrations({ ...params, sort }),
  });
  const filtered = tab === 'all' && Boolean(search.partnerId || search.q || statuses.length || myAccounts);
  const clear = () => set({ partnerId: undefined, q: undefined, status: undefined, myAccounts: undefined });

  const columns: Column<Registration>[] = [
    {
      key: 'customer',
      header: 'Customer',
      render: (r) => (
        <Stack gap={0}>
          <Link
            to="/console/registrations/$registrationId"
            params={{ registrationId: r.id }}
            className="table-link"
          >
            {r.customerName}
          </Link>
          {r.customerDomain ? (
            <Text size="xs" c="dimmed">
              {r.customerDomain}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'partner',
      header: 'Partner',
      render: (r) => (
        <Link to="/console/partners/$partnerId" params={{ partnerId: r.partnerId }} className="table-link">
          {r.partnerName}
        </Link>
      ),
    },
    {
      key: 'lines',
      header: 'Product lines',
      render: (r) => <Text size="sm">{r.productLines.join(', ')}</Text>,
    },
    {
      key: 'amount',
      header: 'Amount',
      sortKey: 'amountMinor',
      align: 'right',
      render: (r) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {formatMoney(r.amountMinor, r.currency)}
        </Text>
      ),
    },
    {
      key: 'submitted',
      header: 'Registered',
      sortKey: 'createdAt',
      render: (r) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(r.submittedAt ?? r.createdAt)}
        </Text>
      ),
    },
    {
      key: 'close',
      header: 'Expected close',
      sortKey: 'expectedClose',
      render: (r) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDay(r.expectedClose)}
        </Text>
      ),
    },
    { key: 'status', header: 'Status', render: (r) => <RegistrationStatusBadge status={r.status} /> },
    {
      key: 'reason',
      header: 'Reason',
      width: '28%',
      render: (r) =>
        r.reason ? (
          <Tooltip label={r.reason} multiline w={360} withArrow openDelay={300}>
            <Text size="sm" lineClamp={2}>
              {r.reason}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
  ];

  const mineSwitch = (
    <Switch
      mb={tab === 'all' ? 8 : 0}
      label="Only my partners"
      checked={mine}
      onChange={(e) => set({ mine: e.currentTarget.checked ? '1' : '0' })}
    />
  );

  const queueEmpty = (
    <EmptyState
      title="Nothing waiting for review"
      action={
        mine ? (
          <Button variant="light" onClick={() => set({ mine: '0' })}>
            Show every partner's queue
          </Button>
        ) : null
      }
    >
      {mine
        ? 'No registration of your partners is under review or disputed. Registrations the rules send to a manager appear here.'
        : 'No registration is under review or disputed. Registrations the rules send to a manager appear here.'}
    </EmptyState>
  );
  const allEmpty = filtered ? (
    <EmptyState
      title="No registrations match these filters"
      action={
        <Button variant="light" onClick={clear}>
          Clear filters
        </Button>
      }
    >
      Search matches part of the customer's name, or its exact domain.
    </EmptyState>
  ) : mine ? (
    <EmptyState
      title="No registrations from your partners yet"
      action={
        <Button variant="light" onClick={() => set({ mine: '0' })}>
          Show every partner's registrations
        </Button>
      }
    >
      Registrations of the partners you own appear here as they register deals in the partner portal.
    </EmptyState>
  ) : (
    <EmptyState title="No deal registrations yet">
      Partners register their opportunities in the partner portal; each is decided by your rules of engagement
      and listed here.
    </EmptyState>
  );

  const panel = (
    <>
      {tab === 'queue' ? (
        <Group mb="md" justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            Under review or disputed, oldest first unless you sort otherwise.
          </Text>
          {mineSwitch}
        </Group>
      ) : (
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter registrations">
          <SearchBox
            label="Search"
            placeholder="Customer name or domain"
            value={search.q ?? ''}
            onSearch={(q) => set({ q })}
          />
          <MultiSelect
            label="Status"
            placeholder={statuses.length ? undefined : 'Any'}
            data={STATUS_OPTIONS}
            value={statuses}
            onChange={(values) => set({ status: values.join(',') })}
            clearable
            w={{ base: '100%', sm: 280 }}
            comboboxProps={{ withinPortal: true }}
          />
          <PartnerPicker
            value={search.partnerId ? { id: search.partnerId, name: partner.data?.name ?? 'Partner…' } : null}
            onChange={(p) => set({ partnerId: p?.id })}
          />
          {mineSwitch}
          {user.role === 'sales_rep' ? (
            <Switch
              mb={8}
              label="Only my accounts"
              checked={myAccounts}
              onChange={(e) => set({ myAccounts: e.currentTarget.checked ? '1' : undefined })}
            />
          ) : null}
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </Group>
      )}
      <DataTable
        caption={tab === 'queue' ? 'Registrations waiting for review' : 'Deal registrations'}
        columns={columns}
        rows={list.items}
        rowId={(r) => r.id}
        sort={sort}
        onSortChange={(s) => set({ sort: s })}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={tab === 'queue' ? queueEmpty : allEmpty}
      />
    </>
  );

  return (
    <>
      <PageHeader
        title="Deal registrations"
        description="Partners' registered opportunities, how the rules of engagement decided them, and what waits for a manager."
        actions={
          <CsvExportButton
            filename={tab === 'queue' ? 'registration-review-queue' : 'registrations'}
            columns={csvColumns}
            fetchPage={(cursor) => fetchRegistrations({ ...filters, sort, limit: 200, cursor })}
          />
        }
      />
      <Stack>
        <Paper withBorder radius="md" p="md">
          <Tabs
            value={tab}
            keepMounted={false}
            onChange={(value) => set({ tab: value ?? undefined, sort: undefined })}
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="queue">Review queue</Tabs.Tab>
              <Tabs.Tab value="all">All registrations</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="queue">{panel}</Tabs.Panel>
            <Tabs.Panel value="all">{panel}</Tabs.Panel>
          </Tabs>
        </Paper>
        <RegistrationStatusChart
          filters={scope}
          scopeLabel={
            tab === 'all' && (search.partnerId || search.q || myAccounts)
              ? `registrations matching the filters${mine ? ', of your partners' : ''} (any status)`
              : mine
                ? 'registrations of your partners'
                : 'registrations'
          }
          onStatusClick={(status) => set({ tab: 'all', status, sort: undefined })}
        />
      </Stack>
    </>
  );
}
