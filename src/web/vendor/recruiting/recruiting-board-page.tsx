import { Badge, Button, Group, Paper, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus, IconWorld } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { PageHeader } from '../../shared/layout/page-header';
import { ApplicationDrawer } from './application-drawer';
import { ApplicationsTable, statusesFrom } from './applications-table';
import { ProspectDialog } from './prospect-dialog';
import { PublicSignupDialog } from './public-signup-dialog';
import { applicationSummaryQuery } from './recruiting-api';
import { RecruitingBoard } from './recruiting-board';
import {
  APPLICATION_FILTER_KEYS,
  applicationFiltersFrom,
  BOARD_ORDERS,
  hasApplicationFilters,
  sortFrom,
} from './recruiting-filters';
import { RecruitingFiltersBar } from './recruiting-filters-bar';
import { RecruitingFunnelChart } from './recruiting-funnel-chart';
import { useApplicationActions } from './use-application-actions';
import { useRecruitingSearch } from './use-recruiting-search';

type View = 'board' | 'table' | 'rejected';
const VIEWS: readonly View[] = ['board', 'table', 'rejected'];

/** Recruiting: the pipeline of prospective partners as a board, a table and the rejected list. */
export function RecruitingBoardPage() {
  const can = useCan();
  const canWrite = can('recruiting.write');
  const { search, set } = useRecruitingSearch();
  const actions = useApplicationActions();
  const [adding, setAdding] = useState(false);
  const [sharing, setSharing] = useState(false);
  const view: View = VIEWS.includes(search.view as View) ? (search.view as View) : 'board';
  const filters = applicationFiltersFrom(search);
  const filtered = hasApplicationFilters(search);
  const summary = useQuery(applicationSummaryQuery(filters));
  const rejectedCount = summary.data?.byStatus.find((s) => s.status === 'rejected')?.count;
  const open = (id: string) => set({ application: id }, { replace: false });
  const clearFilters = () =>
    set({ ...Object.fromEntries(APPLICATION_FILTER_KEYS.map((k) => [k, undefined])), status: undefined });

  const tableProps = {
    filters,
    filtered,
    statuses: statusesFrom(search.status),
    onStatusesChange: (statuses: string[]) => set({ status: statuses.join(',') }),
    onSortChange: (sort: string) => set({ sort }),
    canWrite,
    actions,
    onOpen: open,
    onClearFilters: clearFilters,
  };

  return (
    <>
      <PageHeader
        title="Recruiting"
        description="Prospective partners from the public sign-up and your own outreach, scored against the ideal partner profile, from application to onboarding."
        actions={
          <>
            <Button variant="default" leftSection={<IconWorld size={16} />} onClick={() => setSharing(true)}>
              Public sign-up
            </Button>
            {canWrite ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
                Add prospect
              </Button>
            ) : null}
          </>
        }
      />
      <Stack>
        <Paper withBorder radius="md" p="md">
          <RecruitingFiltersBar search={search} set={set} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Tabs
            value={view}
            keepMounted={false}
            onChange={(value) => set({ view: value === 'board' ? undefined : value, sort: undefined })}
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="board">Board</Tabs.Tab>
              <Tabs.Tab value="table">Table</Tabs.Tab>
              <Tabs.Tab
                value="rejected"
                rightSection={
                  rejectedCount ? (
                    <Badge size="xs" color="red" variant="light" circle={rejectedCount < 10}>
                      {rejectedCount}
                    </Badge>
                  ) : null
                }
              >
                Rejected
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="board">
              <Group justify="space-between" mb="sm" wrap="wrap">
                <Text size="sm" c="dimmed">
                  Move a card forward with its stage button; reject or open it from its menu.
                </Text>
                <Select
                  label="Order cards"
                  data={BOARD_ORDERS.map((o) => ({ value: o.value, label: o.label }))}
                  value={sortFrom(search.order, '-fitScore')}
                  onChange={(v) => set({ order: v === '-fitScore' ? undefined : v })}
                  allowDeselect={false}
                  w={220}
                  comboboxProps={{ withinPortal: true }}
                />
              </Group>
              <RecruitingBoard
                filters={filters}
                order={sortFrom(search.order, '-fitScore')}
                canWrite={canWrite}
                actions={actions}
                onOpen={open}
              />
            </Tabs.Panel>
            <Tabs.Panel value="table">
              <ApplicationsTable mode="all" sort={sortFrom(search.sort, '-createdAt')} {...tableProps} />
            </Tabs.Panel>
            <Tabs.Panel value="rejected">
              <ApplicationsTable
                mode="rejected"
                sort={sortFrom(search.sort, '-statusChangedAt')}
                {...tableProps}
              />
            </Tabs.Panel>
          </Tabs>
        </Paper>
        <RecruitingFunnelChart
          filters={filters}
          onStageClick={(status) =>
            status === 'rejected'
              ? set({ view: 'rejected', sort: undefined })
              : set({ view: 'table', status, sort: undefined })
          }
        />
      </Stack>
      <ApplicationDrawer
        applicationId={search.application}
        onClose={() => set({ application: undefined })}
        onOpen={open}
        actions={actions}
      />
      <ProspectDialog opened={adding} onClose={() => setAdding(false)} onSaved={(a) => open(a.id)} />
      <PublicSignupDialog opened={sharing} onClose={() => setSharing(false)} />
      {actions.dialogs}
    </>
  );
}
