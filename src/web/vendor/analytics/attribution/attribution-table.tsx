import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo } from 'react';
import { downloadCsv, toCsv } from '../../../shared/data-table/csv-export';
import { type Column, DataTable } from '../../../shared/data-table/data-table';
import { useLocalRows } from '../../../shared/data-table/use-local-rows';
import { formatMoney, toMajorText } from '../../../shared/money';
import { LinkAnchor } from '../../../shared/router-links';
import { EmptyState } from '../../../shared/states/states';
import { type AttributionModel, type AttributionRow, MODEL_LABELS } from './attribution-api';

/** Every model's credit per partner side by side: sortable by any column, exportable as CSV. */
export function AttributionTable({
  rows,
  models,
  period,
  loading,
}: {
  rows: AttributionRow[];
  models: AttributionModel[];
  period: { from: string; to: string } | null;
  loading: boolean;
}) {
  const sortValues = useMemo(
    () => ({
      partnerName: (row: AttributionRow) => row.partnerName,
      deals: (row: AttributionRow) => row.deals,
      ...Object.fromEntries(models.map((model) => [model, (row: AttributionRow) => row.credits[model] ?? 0])),
    }),
    [models],
  );
  const local = useLocalRows(rows, { sortValues, initialSort: '-linear' });
  const columns: Column<AttributionRow>[] = [
    {
      key: 'partnerName',
      header: 'Partner',
      sortKey: 'partnerName',
      render: (row) => (
        <LinkAnchor to="/console/partners/$partnerId" params={{ partnerId: row.partnerId }} size="sm">
          {row.partnerName}
        </LinkAnchor>
      ),
    },
    { key: 'deals', header: 'Won deals', sortKey: 'deals', align: 'right', render: (row) => row.deals },
    ...models.map<Column<AttributionRow>>((model) => ({
      key: model,
      header: MODEL_LABELS[model],
      sortKey: model,
      align: 'right',
      render: (row) => formatMoney(row.credits[model] ?? 0, row.currency),
    })),
  ];

  function exportCsv() {
    const csv = toCsv(
      [
        { header: 'partner_id', value: (row: AttributionRow) => row.partnerId },
        { header: 'partner', value: (row: AttributionRow) => row.partnerName },
        { header: 'currency', value: (row: AttributionRow) => row.currency },
        { header: 'won_deals', value: (row: AttributionRow) => row.deals },
        ...models.map((model) => ({
          header: model,
          value: (row: AttributionRow) => toMajorText(row.credits[model] ?? 0, row.currency),
        })),
      ],
      local.sorted,
    );
    downloadCsv(`attribution-${period?.from ?? ''}-${period?.to ?? ''}.csv`, csv);
  }

  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={exportCsv}
          disabled={rows.length === 0}
        >
          Export CSV
        </Button>
      </Group>
      <DataTable
        caption="Credit per partner under each attribution model"
        columns={columns}
        rows={local.pageRows}
        rowId={(row) => `${row.partnerId}-${row.currency}`}
        sort={local.sort}
        onSortChange={local.setSort}
        loading={loading}
        pagination={local.pagination}
        empty={
          <EmptyState title="No partner-influenced wins in this period">
            Partners get credit here once deals they touched are closed won. Record touches (meetings, demos,
            referrals) on co-sell deals, or pick a longer period.
          </EmptyState>
        }
      />
    </>
  );
}
