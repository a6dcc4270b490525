import { Button, Chip, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconClockHour4,
  IconPlus,
  IconShieldCheck,
  IconTrophy,
  IconX,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { KpiTile } from '../../shared/charts/kpi-tile';
import type { CsvColumn } from '../../shared/data-table/csv-export';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDay } from '../../shared/dates';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { currencyExponent, formatMoney } from '../../shared/money';
import {
  fetchRegistrations,
  REGISTRATION_SORTS,
  type Registration,
  type RegistrationSort,
  type RegistrationStatus,
} from '../../shared/registrations/registration-api';
import {
  REGISTRATION_STATUS_ORDER,
  RegistrationStatusBadge,
  registrationStatusLabel,
} from '../../shared/registrations/registration-status-badge';
import { EmptyState } from '../../shared/states/states';
import { daysLeftText, ProtectionCell } from './protection';
import {
  daysUntil,
  EXPIRING_SOON_DAYS,
  isProtected,
  NEEDS_ATTENTION,
  REGISTRATIONS_KEY,
  type StatusTally,
  statusTallyQuery,
} from './registration-queries';

/** The status filter's views: everything, what needs attention, or one status. */
const ATTENTION = 'attention';
const STATUS_VIEWS = [
  { value: 'all', label: 'All' },
  { value: ATTENTION, label: 'Needs attention' },
  ...REGISTRATION_STATUS_ORDER.map((status) => ({ value: status, label: registrationStatusLabel(status) })),
];

const isStatus = (value: string): value is RegistrationStatus =>
  (REGISTRATION_STATUS_ORDER as readonly string[]).includes(value);

/** The URL's status (a view name or a comma list) as the API's status list; undefined for all. */
function statusFilter(value: string | undefined): string | undefined {
  if (!value || value === 'all') return undefined;
  if (value === ATTENTION) return NEEDS_ATTENTION.join(',');
  const statuses = value.split(',').filter(isStatus);
  return statuses.length ? statuses.join(',') : undefined;
}

const majorText = (r: Registration) => {
  const digits = currencyExponent(r.currency);
  return (r.amountMinor / 10 ** digits).toFixed(digits);
};

const CSV_COLUMNS: CsvColumn<Registration>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'customer_name', value: (r) => r.customerName },
  { header: 'customer_website', value: (r) => r.customerWebsite },
  { header: 'customer_domain', value: (r) => r.customerDomain },
  { header: 'customer_country', value: (r) => r.customerCountry },
  { header: 'contact_name', value: (r) => r.contactName },
  { header: 'contact_email', value: (r) => r.contactEmail },
  { header: 'product_lines', value: (r) => r.productLines.join('; ') },
  { header: 'amount', value: majorText },
  { header: 'currency', value: (r) => r.currency },
  { header: 'amount_minor', value: (r) => r.amountMinor },
  { header: 'expected_close', value: (r) => r.expectedClose },
  { header: 'status', value: (r) => r.status },
  { header: 'reason', value: (r) => r.reason },
  { header: 'protected_until', value: (r) => r.protectedUntil },
  { header: 'days_left', value: (r) => (isProtected(r) ? daysUntil(r.protectedUntil!) : null) },
  { header: 'extended', value: (r) => r.extended },
  { header: 'deal_id', value: (r) => r.dealId },
  { header: 'submitted_at', value: (r) => r.submittedAt },
  { header: 'decided_at', value: (r) => r.decidedAt },
  { header: 'created_at', value: (r) => r.createdAt },
];

/** The list's filters and sort live in the URL, so a view can be bookmarked and reached with Back. */
function useListSearch() {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  function set(patch: Record<string, string | null | undefined>) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch }))
      if (value !== undefined && value !== null && value !== '') next[key] = value;
    void navigate({ to: '/portal/registrations', search: next, replace: true });
  }
  return { search, set };
}

/** /portal/registrations: the partner's own deal registrations, with headline numbers. */
export function PortalRegistrationsPage() {
  const can = useCan();
  const canRegister = can('registrations.create');
  const { search, set } = useListSearch();
  const sort: RegistrationSort = (REGISTRATION_SORTS as readonly string[]).includes(search.sort ?? '')
    ? (search.sort as RegistrationSort)
    : '-createdAt';
  const view = search.status && statusFilter(search.status) ? search.status : 'all';
  const filters = { status: statusFilter(search.status), q: search.q?.trim() || undefined };
  const filtered = Boolean(filters.status || filters.q);

  const list = useCursorList({
    key: REGISTRATIONS_KEY,
    filters,
    sort,
    fetchPage: (params) => fetchRegistrations({ ...params, sort }),
  });

  const columns: Column<Registration>[] = [
    {
      key: 'customer',
      header: 'Customer',
      width: 220,
      render: (r) => (
        <Stack gap={0}>
          <Link
            to="/portal/registrations/$registrationId"
            params={{ registrationId: r.id }}
            className="table-link"
          >
            {r.customerName}
          </Link>
          {r.customerDomain || r.customerCountry ? (
            <Text size="xs" c="dimmed">
              {[r.customerDomain, r.customerCountry].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'productLines',
      header: 'Product lines',
      render: (r) => (
        <Text size="sm" lineClamp={2}>
          {r.productLines.join(', ')}
        </Text>
      ),
    },
    {
      key: 'amount',
      header: 'Amount',
      sortKey: 'amountMinor',
      align: 'right',
      render: (r) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(r.amountMinor, r.currency)}
        </Text>
      ),
    },
    {
      key: 'expectedClose',
      header: 'Expected close',
      sortKey: 'expectedClose',
      render: (r) => <Text size="sm">{formatDay(r.expectedClose)}</Text>,
    },
    { key: 'status', header: 'Status', render: (r) => <RegistrationStatusBadge status={r.status} /> },
    {
      key: 'reason',
      header: 'Reason',
      width: 280,
      render: (r) =>
        r.reason ? (
          <Tooltip label={r.reason} multiline w={360} withArrow openDelay={300}>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {r.reason}
            </Text>
          </Tooltip>
        ) : (
          <Text size="xs" c="dimmed">
            {r.status === 'draft' ? 'Not submitted yet' : '—'}
          </Text>
        ),
    },
    {
      key: 'protectedUntil',
      header: 'Protected until',
      render: (r) => <ProtectionCell registration={r} />,
    },
    {
      key: 'createdAt',
      header: 'Registered',
      sortKey: 'createdAt',
      render: (r) => <Text size="sm">{formatDate(r.createdAt)}</Text>,
    },
  ];

  return (
    <>
      <PageHeader
        title="Deal registrations"
        description="The deals your organization has registered with the vendor, their decisions and how long each account stays protected for you."
        actions={
          <>
            <CsvExportButton
              filename="deal-registrations"
              columns={CSV_COLUMNS}
              noun={['registration', 'registrations']}
              fetchPage={(cursor) => fetchRegistrations({ ...filters, sort, limit: 200, cursor })}
            />
            {canRegister ? (
              <Button component={Link} to="/portal/registrations/new" leftSection={<IconPlus size={16} />}>
                Register a deal
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <RegistrationKpis />
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm" mb="md" role="search" aria-label="Filter deal registrations">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <SearchBox
                label="Search"
                placeholder="Customer name or domain"
                width={280}
                value={search.q ?? ''}
                onSearch={(q) => set({ q })}
              />
              {filtered ? (
                <Button
                  variant="subtle"
                  leftSection={<IconX size={14} />}
                  onClick={() => set({ q: undefined, status: undefined })}
                >
                  Clear filters
                </Button>
              ) : null}
            </Group>
            <Chip.Group multiple={false} value={view} onChange={(status) => set({ status })}>
              <Group gap={6} wrap="wrap" role="radiogroup" aria-label="Status">
                {STATUS_VIEWS.map((option) => (
                  <Chip
                    key={option.value}
                    value={option.value}
                    size="xs"
                    variant="light"
                    color={option.value === ATTENTION ? 'orange' : 'teal'}
                  >
                    {option.label}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
          <DataTable
            caption="Deal registrations"
            columns={columns}
            rows={list.items}
            rowId={(r) => r.id}
            sort={sort}
            onSortChange={(s) => set({ sort: s })}
            loading={list.isLoading}
            error={list.error}
            onRetry={() => void list.refetch()}
            pagination={list.pagination}
            empty={
              filtered ? (
                <EmptyState
                  title="No registrations match"
                  action={
                    <Button variant="light" onClick={() => set({ q: undefined, status: undefined })}>
                      Show all registrations
                    </Button>
                  }
                >
                  {view === ATTENTION
                    ? 'Nothing needs your attention: no registration is under review, disputed or rejected.'
                    : 'Try another status, or search by the customer’s name or domain.'}
                </EmptyState>
              ) : (
                <EmptyState
                  title="No deal registrations yet"
                  action={
                    canRegister ? (
                      <Button component={Link} to="/portal/registrations/new" variant="light">
                        Register your first deal
                      </Button>
                    ) : null
                  }
                >
                  Register an opportunity you are working on. The vendor's rules of engagement decide at once,
                  and an approved registration protects the account for you.
                </EmptyState>
              )
            }
          />
        </Paper>
      </Stack>
    </>
  );
}

/** A count that may be a lower bound when there were too many to read. */
const countText = (n: number, tally: StatusTally | undefined) =>
  `${n.toLocaleString('en')}${tally?.complete === false ? '+' : ''}`;

/** Amounts summed per currency: "$120,000.00" or "$120,000.00 + €40,000.00". */
function totals(items: Registration[]): string {
  const byCurrency = new Map<string, number>();
  for (const r of items) byCurrency.set(r.currency, (byCurrency.get(r.currency) ?? 0) + r.amountMinor);
  const parts = [...byCurrency].map(([currency, amount]) => formatMoney(amount, currency));
  return parts.length > 2 ? `${parts.slice(0, 2).join(' + ')} and more` : parts.join(' + ');
}

/** The headline numbers, each counted from the API's list of that status. */
function RegistrationKpis() {
  const approved = useQuery(statusTallyQuery(['approved']));
  const attention = useQuery(statusTallyQuery(NEEDS_ATTENTION));
  const won = useQuery(statusTallyQuery(['won']));

  const protectedNow = approved.data?.items.filter((r) => isProtected(r)) ?? [];
  const expiring = protectedNow
    .filter((r) => daysUntil(r.protectedUntil!) <= EXPIRING_SOON_DAYS)
    .sort((a, b) => a.protectedUntil!.localeCompare(b.protectedUntil!));
  const byStatus = (status: RegistrationStatus) =>
    attention.data?.items.filter((r) => r.status === status) ?? [];
  const underReview = byStatus('under_review');
  const disputed = byStatus('disputed').length;
  const rejected = byStatus('rejected').length;
  const wonItems = won.data?.items ?? [];
  const soonest = expiring[0];

  const failed = (q: { error: unknown }) => (q.error ? 'Could not be counted' : undefined);

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" data-testid="registration-kpis">
      <TileLink status="approved" label="Approved registrations">
        <KpiTile
          label="Approved & protected"
          value={countText(protectedNow.length, approved.data)}
          hint={failed(approved) ?? 'Accounts protected for you right now'}
          icon={IconShieldCheck}
          color="teal"
          loading={approved.isLoading}
          testId="kpi-protected"
        />
      </TileLink>
      <TileLink status={ATTENTION} label="Registrations that need attention">
        <KpiTile
          label="Under review"
          value={countText(underReview.length, attention.data)}
          hint={
            failed(attention) ??
            (disputed || rejected
              ? `${disputed} disputed · ${rejected} rejected`
              : 'Waiting for a partner manager')
          }
          icon={IconClockHour4}
          color="yellow"
          loading={attention.isLoading}
          testId="kpi-under-review"
        />
      </TileLink>
      <TileLink status="approved" label="Approved registrations, to see those expiring soon">
        <KpiTile
          label={`Expiring within ${EXPIRING_SOON_DAYS} days`}
          value={countText(expiring.length, approved.data)}
          hint={
            failed(approved) ??
            (soonest
              ? `${soonest.customerName}: ${daysLeftText(daysUntil(soonest.protectedUntil!))}`
              : 'Nothing about to lose protection')
          }
          icon={IconAlertTriangle}
          color={expiring.length ? 'orange' : 'gray'}
          loading={approved.isLoading}
          testId="kpi-expiring"
        />
      </TileLink>
      <TileLink status="won" label="Won registrations">
        <KpiTile
          label="Won"
          value={countText(wonItems.length, won.data)}
          hint={failed(won) ?? (wonItems.length ? totals(wonItems) : 'No registered deal closed yet')}
          icon={IconTrophy}
          color="green"
          loading={won.isLoading}
          testId="kpi-won"
        />
      </TileLink>
    </SimpleGrid>
  );
}

function TileLink({ status, label, children }: { status: string; label: string; children: ReactNode }) {
  return (
    <Link
      to="/portal/registrations"
      search={{ status }}
      title={`Show ${label.toLowerCase()}`}
      style={{ display: 'block' }}
    >
      {children}
    </Link>
  );
}
