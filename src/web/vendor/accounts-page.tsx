import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconX } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { CsvExportButton } from '../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../shared/data-table/data-table';
import { useCursorList } from '../shared/data-table/use-cursor-list';
import { SearchBox } from '../shared/form/search-box';
import { formatDate, formatNumber } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { EmptyState } from '../shared/states/states';
import { AccountDialog } from './account-form';
import { AccountStatusBadge } from './badges';
import { CrmImportDialog } from './crm-import-dialog';
import { ACCOUNT_STATUSES, accountStatusOptions, oneOf } from './options';
import { useVendorUsers } from './queries';
import { useUrlFilters } from './url-filters';

type Account = Schemas['Account'];
const SORTS = ['name', '-name', 'createdAt', '-createdAt'] as const;
type Sort = (typeof SORTS)[number];
const FILTER_KEYS = ['q', 'status', 'country', 'industry'] as const;
const COUNTRY = /^[A-Z]{2}$/;

function accountQueryFrom(search: Record<string, string | undefined>) {
  return {
    q: search.q?.trim() || undefined,
    status: oneOf(ACCOUNT_STATUSES, search.status),
    country: search.country && COUNTRY.test(search.country) ? search.country : undefined,
    industry: search.industry?.trim() || undefined,
  };
}

const fetchAccounts = (
  query: ReturnType<typeof accountQueryFrom> & { sort: Sort; limit: number; cursor?: string },
) => unwrap(api.GET('/api/accounts', { params: { query } }));

/** A filter box that writes to the URL after a pause (industry, country). */
function DebouncedInput({
  label,
  value,
  onCommit,
  placeholder,
  width,
  transform = (v: string) => v,
  validate,
}: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  placeholder?: string;
  width: number;
  transform?: (v: string) => string;
  validate?: (v: string) => string | undefined;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = useDebouncedCallback((v: string) => {
    if (!validate?.(v)) onCommit(v.trim());
  }, 400);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text}
      w={{ base: '100%', xs: width }}
      error={text ? validate?.(text) : undefined}
      onChange={(e) => {
        const v = transform(e.currentTarget.value);
        setText(v);
        commit(v);
      }}
    />
  );
}

/** The vendor's customers and prospects: search, filters, sort, paging, CSV export, CRM import and "New account". */
export function AccountsPage() {
  const can = useCan();
  const navigate = useNavigate();
  const withOwner = can('users.read');
  const users = useVendorUsers(withOwner);
  const { search, set, clear } = useUrlFilters('/console/accounts');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const filters = accountQueryFrom(search);
  const sort: Sort = (SORTS as readonly string[]).includes(search.sort ?? '')
    ? (search.sort as Sort)
    : 'name';
  const list = useCursorList({
    key: 'accounts',
    filters,
    sort,
    fetchPage: (params) => fetchAccounts({ ...params, sort }),
  });
  const ownerName = (id: string | null) => users.data?.find((u) => u.id === id)?.name ?? '';
  const filtered = FILTER_KEYS.some((k) => search[k]);

  const columns: Column<Account>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (a) => (
        <Stack gap={0}>
          <Link to="/console/accounts/$accountId" params={{ accountId: a.id }} className="table-link">
            {a.name}
          </Link>
          {a.domains[0] ? (
            <Text size="xs" c="dimmed">
              {a.domains.join(', ')}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'status', header: 'Status', render: (a) => <AccountStatusBadge status={a.status} /> },
    { key: 'industry', header: 'Industry', render: (a) => a.industry ?? <Text c="dimmed">—</Text> },
    { key: 'country', header: 'Country', render: (a) => a.country ?? <Text c="dimmed">—</Text> },
    { key: 'employees', header: 'Employees', align: 'right', render: (a) => formatNumber(a.employees) },
    ...(withOwner
      ? [
          {
            key: 'owner',
            header: 'Owner',
            render: (a: Account) => ownerName(a.ownerId) || <Text c="dimmed">—</Text>,
          },
        ]
      : []),
    { key: 'created', header: 'Added', sortKey: 'createdAt', render: (a) => formatDate(a.createdAt) },
  ];

  const csvColumns = [
    { header: 'id', value: (a: Account) => a.id },
    { header: 'name', value: (a: Account) => a.name },
    { header: 'status', value: (a: Account) => a.status },
    { header: 'domains', value: (a: Account) => a.domains.join(' ') },
    { header: 'industry', value: (a: Account) => a.industry },
    { header: 'country', value: (a: Account) => a.country },
    { header: 'employees', value: (a: Account) => a.employees },
    ...(withOwner ? [{ header: 'owner', value: (a: Account) => ownerName(a.ownerId) }] : []),
    { header: 'owner_id', value: (a: Account) => a.ownerId },
    { header: 'salesforce_id', value: (a: Account) => a.externalIds.salesforce },
    { header: 'hubspot_id', value: (a: Account) => a.externalIds.hubspot },
    { header: 'created_at', value: (a: Account) => a.createdAt },
  ];

  return (
    <>
      <PageHeader
        title="Accounts"
        description="Your customers and prospects. Partners' deals and account lists are matched against them."
        actions={
          <>
            <CsvExportButton
              filename="accounts"
              columns={csvColumns}
              fetchPage={(cursor) => fetchAccounts({ ...filters, sort, limit: 200, cursor })}
            />
            {can('accounts.import') ? (
              <Button
                variant="default"
                leftSection={<IconFileImport size={16} />}
                onClick={() => setImporting(true)}
              >
                Import from CRM
              </Button>
            ) : null}
            {can('accounts.write') ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New account
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter accounts">
          <SearchBox
            label="Search"
            placeholder="Name or domain"
            value={search.q ?? ''}
            onSearch={(q) => set({ q })}
          />
          <Select
            label="Status"
            placeholder="Any"
            data={accountStatusOptions}
            value={search.status ?? null}
            onChange={(status) => set({ status })}
            clearable
            w={{ base: '100%', xs: 170 }}
          />
          <DebouncedInput
            label="Country"
            placeholder="e.g. US"
            width={110}
            value={search.country ?? ''}
            transform={(v) => v.toUpperCase().slice(0, 2)}
            validate={(v) => (v && !COUNTRY.test(v) ? 'Two letters' : undefined)}
            onCommit={(country) => set({ country })}
          />
          <DebouncedInput
            label="Industry"
            placeholder="e.g. Retail"
            width={180}
            value={search.industry ?? ''}
            onCommit={(industry) => set({ industry })}
          />
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={() => clear()}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <DataTable
          caption="Accounts"
          columns={columns}
          rows={list.items}
          rowId={(a) => a.id}
          sort={sort}
          onSortChange={(s) => set({ sort: s })}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => list.refetch()}
          pagination={list.pagination}
          empty={
            filtered ? (
              <EmptyState
                title="No accounts match these filters"
                action={
                  <Button variant="light" onClick={() => clear()}>
                    Clear filters
                  </Button>
                }
              >
                The industry filter matches the whole industry name, e.g. “Retail”.
              </EmptyState>
            ) : (
              <EmptyState
                title="No accounts yet"
                action={
                  <Group gap="sm">
                    {can('accounts.import') ? (
                      <Button variant="light" onClick={() => setImporting(true)}>
                        Import from CRM
                      </Button>
                    ) : null}
                    {can('accounts.write') ? (
                      <Button variant="light" onClick={() => setCreating(true)}>
                        Add an account
                      </Button>
                    ) : null}
                  </Group>
                }
              >
                Add your customers and prospects, or import them from your CRM, so partner deals and account
                lists can be matched to them.
              </EmptyState>
            )
          }
        />
      </Paper>
      <CrmImportDialog opened={importing} onClose={() => setImporting(false)} />
      <AccountDialog
        opened={creating}
        onClose={() => setCreating(false)}
        account={null}
        onSaved={(account) =>
          navigate({ to: '/console/accounts/$accountId', params: { accountId: account.id } })
        }
      />
    </>
  );
}
