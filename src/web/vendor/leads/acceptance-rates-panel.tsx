import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { CountBarChart } from '../../shared/charts/count-bar-chart';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { type AcceptanceRate, acceptanceRatesQuery } from '../../shared/leads/leads-api';
import { EmptyState } from '../../shared/states/states';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

const columns: Column<AcceptanceRate>[] = [
  { key: 'partner', header: 'Partner', render: (r) => r.partnerName },
  { key: 'offered', header: 'Offered', align: 'right', render: (r) => r.offered },
  { key: 'accepted', header: 'Accepted', align: 'right', render: (r) => r.accepted },
  { key: 'declined', header: 'Declined', align: 'right', render: (r) => r.declined },
  { key: 'expired', header: 'Expired', align: 'right', render: (r) => r.expired },
  { key: 'pending', header: 'Waiting', align: 'right', render: (r) => r.pending },
  { key: 'rate', header: 'Acceptance', align: 'right', render: (r) => percent(r.acceptanceRate) },
  { key: 'load', header: 'Open / capacity', align: 'right', render: (r) => `${r.openLoad} / ${r.capacity}` },
];

/** How partners answer lead offers (last 90 days): the chart for the ones that answered, the table for all. */
export function AcceptanceRatesPanel() {
  const rates = useQuery(acceptanceRatesQuery());
  const items = rates.data?.items ?? [];
  const answered = items
    .filter((r) => r.acceptanceRate !== null)
    .sort((a, b) => (b.acceptanceRate ?? 0) - (a.acceptanceRate ?? 0))
    .slice(0, 15);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={4}>Acceptance rates, last 90 days</Title>
        <Text size="sm" c="dimmed">
          Accepted offers out of those accepted, declined or left to expire. Routing weighs this once a
          partner has answered enough offers.
        </Text>
        {answered.length ? (
          <CountBarChart
            caption="Lead acceptance rate by partner, in percent"
            seriesLabel="Acceptance %"
            horizontal
            height={Math.max(160, answered.length * 28)}
            data={answered.map((r) => ({
              label: r.partnerName,
              count: Math.round((r.acceptanceRate ?? 0) * 100),
            }))}
          />
        ) : null}
        <DataTable
          caption="Lead offers and answers by partner"
          columns={columns}
          rows={items}
          rowId={(r) => r.partnerId}
          loading={rates.isLoading}
          error={rates.error}
          onRetry={() => rates.refetch()}
          empty={
            <EmptyState title="No partners can receive leads yet">
              Partners in an eligible stage show here.
            </EmptyState>
          }
        />
      </Stack>
    </Paper>
  );
}
