import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconClipboardPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useCan } from '../../shared/auth/permissions';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDay, todayIso } from '../../shared/dates';
import { DealStageBadge, PartnerRoleBadge } from '../../shared/deals/deal-badges';
import { dealQueryFrom, sortFrom, statusFrom, useDealFilters } from '../../shared/deals/deal-filters';
import { type Deal, isClosed } from '../../shared/deals/deal-format';
import { fetchDeals, useDealViewer } from '../../shared/deals/deal-queries';
import { SearchBox } from '../../shared/form/search-box';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import { EmptyState } from '../../shared/states/states';

/** The deals the partner's organization is on, to co-sell with the vendor's rep on each deal's page. */
export function PortalDealsPage() {
  const viewer = useDealViewer();
  const can = useCan();
  const { search, set, clear } = useDealFilters('/portal/deals');
  const status = statusFrom(search);
  const { q, open } = dealQueryFrom(search, viewer.userId);
  const filters = { q, open };
  const sort = sortFrom(search, 'closeDate');
  const list = useCursorList({
    key: 'deals',
    filters,
    sort,
    fetchPage: (params) => fetchDeals({ ...params, sort }),
  });
  const filtered = Boolean(q) || status !== 'open';
  const today = todayIso();

  const columns: Column<Deal>[] = [
    {
      key: 'name',
      header: 'Deal',
      render: (d) => (
        <Stack gap={0}>
          <Link to="/portal/deals/$dealId" params={{ dealId: d.id }} className="table-link">
            {d.name}
          </Link>
          <Text size="xs" c="dimmed">
            {d.accountName}
          </Text>
        </Stack>
      ),
    },
    { key: 'stage', header: 'Stage', render: (d) => <DealStageBadge stage={d.stage} /> },
    {
      key: 'amount',
      header: 'Amount',
      sortKey: 'amountMinor',
      align: 'right',
      render: (d) => formatMoney(d.amountMinor, d.currency),
    },
    {
      key: 'closeDate',
      header: 'Close date',
      sortKey: 'closeDate',
      render: (d) =>
        !isClosed(d.stage) && d.closeDate < today ? (
          <Text size="sm" c="orange.8" fw={600} title="Past the expected close date">
            {formatDay(d.closeDate)}
          </Text>
        ) : (
          formatDay(d.closeDate)
        ),
    },
    {
      key: 'role',
      header: 'Your role',
      render: (d) => {
        const own = d.partners.find((p) => p.partnerId === viewer.partnerId) ?? d.partners[0];
        return own ? <PartnerRoleBadge role={own.role} /> : <Text c="dimmed">—</Text>;
      },
    },
    {
      key: 'nextSteps',
      header: 'Next steps',
      width: '32%',
      render: (d) =>
        d.nextSteps ? (
          <Text size="sm" lineClamp={2} title={d.nextSteps}>
            {d.nextSteps}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            None yet
          </Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Deals"
        description="The deals your organization works with the vendor's sales team. Open one to see its next steps, tasks and notes, and to record your touchpoints."
        actions={
          can('registrations.create') ? (
            <Button
              component={Link}
              to="/portal/registrations/new"
              leftSection={<IconClipboardPlus size={16} />}
            >
              Register a deal
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter deals">
          <SearchBox
            label="Search"
            placeholder="Deal name"
            value={search.q ?? ''}
            onSearch={(value) => set({ q: value })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="portal-deal-status-label">
              Status
            </Text>
            <SegmentedControl
              aria-labelledby="portal-deal-status-label"
              data={[
                { value: 'open', label: 'Open' },
                { value: 'closed', label: 'Closed' },
                { value: 'all', label: 'All' },
              ]}
              value={status}
              onChange={(value) => set({ status: value === 'open' ? undefined : value })}
            />
          </Stack>
        </Group>
        <DataTable
          caption="Your deals"
          columns={columns}
          rows={list.items}
          rowId={(d) => d.id}
          sort={sort}
          onSortChange={(s) => set({ sort: s })}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => list.refetch()}
          pagination={list.pagination}
          empty={
            filtered ? (
              <EmptyState
                title="No deals match"
                action={
                  <Button variant="light" onClick={() => clear()}>
                    Show open deals
                  </Button>
                }
              >
                Try another search, or look at all your deals.
              </EmptyState>
            ) : (
              <EmptyState
                title="No deals yet"
                action={
                  can('registrations.create') ? (
                    <Button component={Link} to="/portal/registrations/new" variant="light">
                      Register a deal
                    </Button>
                  ) : null
                }
              >
                When the vendor approves one of your deal registrations, it becomes a deal here. The vendor’s
                sales team can also bring you onto a deal it is working. On each deal you share next steps,
                tasks and notes with the vendor’s rep and record your touchpoints.
              </EmptyState>
            )
          }
        />
      </Paper>
    </>
  );
}
