import { Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { formatNumber } from '../../shared/format';
import { formatRate, type MarketingPerformance } from '../../shared/marketing/marketing-api';

export type GroupBy = 'partner' | 'template' | 'campaign';

/** The period's figures per partner, template or campaign, most form fills first. */
export function PerformanceGroupsTable({
  performance,
  groupBy,
  onGroupBy,
}: {
  performance: MarketingPerformance | undefined;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
}) {
  const groups = performance?.groups ?? [];
  const label = { partner: 'Partner', template: 'Template', campaign: 'Campaign' }[groupBy];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Figures by group">
      <Group justify="space-between" mb="sm">
        <Title order={4}>By {label.toLowerCase()}</Title>
        <SegmentedControl
          value={groupBy}
          onChange={(value) => onGroupBy(value as GroupBy)}
          data={[
            { value: 'partner', label: 'Partner' },
            { value: 'template', label: 'Template' },
            { value: 'campaign', label: 'Campaign' },
          ]}
          aria-label="Group figures by"
        />
      </Group>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          No campaign activity in this period.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{label}</Table.Th>
                <Table.Th ta="right">Views</Table.Th>
                <Table.Th ta="right">Visitors</Table.Th>
                <Table.Th ta="right">Clicks</Table.Th>
                <Table.Th ta="right">Form fills</Table.Th>
                <Table.Th ta="right">Leads</Table.Th>
                <Table.Th ta="right">Conversion</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Td>
                    {g.label}
                    {g.partnerName ? (
                      <Text size="xs" c="dimmed">
                        {g.partnerName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(g.views)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(g.uniqueVisitors)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(g.clicks)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(g.formFills)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(g.leads)}</Table.Td>
                  <Table.Td ta="right">{formatRate(g.conversionRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
