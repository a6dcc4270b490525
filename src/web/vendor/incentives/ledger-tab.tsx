import { ActionIcon, Button, Group, Select, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconPlusMinus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { ReasonDialog } from '../../shared/form/reason-dialog';
import { ENTRY_CSV, entryColumns } from '../../shared/incentives/entry-columns';
import {
  type EntryFilters,
  type EntrySort,
  fetchEntries,
  INCENTIVES_KEY,
  type LedgerEntry,
} from '../../shared/incentives/incentives-api';
import { recentPeriods } from '../../shared/incentives/periods';
import { EmptyState } from '../../shared/states/states';
import { AdjustDialog } from './adjust-dialog';
import { ApprovePeriodDialog } from './approve-period-dialog';

const LEDGER_KEY = `${INCENTIVES_KEY}-ledger`;

/** The ledger with filters, paging and CSV; finance approves periods, reverses and adjusts from here. */
export function LedgerTab() {
  const can = useCan();
  const manage = can('incentives.manage');
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<EntryFilters>({});
  const [sort, setSort] = useState<EntrySort>('-earnedAt');
  const [approving, setApproving] = useState(false);
  const [adjusting, setAdjusting] = useState(false);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const list = useCursorList({
    key: LEDGER_KEY,
    filters,
    sort,
    fetchPage: (q) => fetchEntries({ ...q, sort: q.sort as EntrySort }),
  });
  const set = (patch: Partial<EntryFilters>) =>
    setFilters(
      (f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v)) as EntryFilters,
    );

  const columns = [
    ...entryColumns(true),
    ...(manage
      ? [
          {
            key: 'actions',
            header: 'Actions',
            width: 80,
            render: (e: LedgerEntry) =>
              e.entryType !== 'reversal' && e.status !== 'reversed' ? (
                <Tooltip label={e.status === 'paid' ? 'Reverse (clawback on the next statement)' : 'Reverse'}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Reverse ${e.description}`}
                    onClick={() => setReversing(e)}
                  >
                    <IconArrowBackUp size={16} />
                  </ActionIcon>
                </Tooltip>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <Group justify="space-between" mb="sm" align="flex-end">
        <Group align="flex-end">
          <Select
            label="Period"
            placeholder="Any"
            data={recentPeriods()}
            value={filters.period ?? null}
            onChange={(v) => set({ period: v ?? undefined })}
            clearable
            searchable
            w={200}
          />
          <Select
            label="For"
            placeholder="Partners and reps"
            data={[
              { value: 'partner', label: 'Partners' },
              { value: 'rep', label: 'Reps' },
            ]}
            value={filters.beneficiaryType ?? null}
            onChange={(v) => set({ beneficiaryType: (v as EntryFilters['beneficiaryType']) ?? undefined })}
            clearable
            w={170}
          />
          <Select
            label="Status"
            placeholder="Any"
            data={['accrued', 'approved', 'paid', 'reversed']}
            value={filters.status ?? null}
            onChange={(v) => set({ status: (v as EntryFilters['status']) ?? undefined })}
            clearable
            w={140}
          />
          <Select
            label="Type"
            placeholder="Any"
            data={['accrual', 'reversal', 'adjustment']}
            value={filters.entryType ?? null}
            onChange={(v) => set({ entryType: (v as EntryFilters['entryType']) ?? undefined })}
            clearable
            w={150}
          />
        </Group>
        <Group>
          {manage ? (
            <>
              <Button
                variant="default"
                leftSection={<IconPlusMinus size={16} />}
                onClick={() => setAdjusting(true)}
              >
                Adjust
              </Button>
              <Button leftSection={<IconCheck size={16} />} onClick={() => setApproving(true)}>
                Approve a period
              </Button>
            </>
          ) : null}
          <CsvExportButton
            filename="incentive-ledger"
            columns={ENTRY_CSV}
            noun={['entry', 'entries']}
            fetchPage={(cursor) =>
              fetchEntries({ ...filters, sort, limit: 200, ...(cursor ? { cursor } : {}) })
            }
          />
        </Group>
      </Group>
      <DataTable
        caption="Incentive ledger"
        columns={columns}
        rows={list.items}
        rowId={(e) => e.id}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        sort={sort}
        onSortChange={(s) => setSort(s as EntrySort)}
        pagination={list.pagination}
        empty={
          <EmptyState title="No ledger entries">
            {Object.keys(filters).length
              ? 'Nothing matches these filters.'
              : 'Entries appear here as the rules earn from certifications and won deals.'}
          </EmptyState>
        }
      />
      <ApprovePeriodDialog opened={approving} onClose={() => setApproving(false)} />
      <AdjustDialog opened={adjusting} onClose={() => setAdjusting(false)} />
      <ReasonDialog
        opened={reversing !== null}
        onClose={() => setReversing(null)}
        title="Reverse this entry"
        submitLabel="Reverse"
        color="red"
        reasonDescription={
          reversing?.status === 'paid'
            ? 'It was paid: a negative line is carried into the next statement and netted against the next payout.'
            : 'It has not been paid: it and its reversal cancel out.'
        }
        onSubmit={async (reason) => {
          await unwrap(
            api.POST('/api/incentives/ledger/{id}/reverse', {
              params: { path: { id: reversing!.id } },
              body: { reason },
            }),
          );
          await queryClient.invalidateQueries({ queryKey: [LEDGER_KEY] });
          await queryClient.invalidateQueries({ queryKey: [INCENTIVES_KEY] });
          notifications.show({ color: 'teal', message: 'Entry reversed' });
          setReversing(null);
        }}
      >
        {reversing?.description}
      </ReasonDialog>
    </>
  );
}
