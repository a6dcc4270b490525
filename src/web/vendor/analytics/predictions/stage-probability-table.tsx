import { Table, Text, Title } from '@mantine/core';
import { humanize } from '../../../shared/format';
import { formatProbability, type RevenueForecastReport } from './predictions-api';

/** The learned chance that a deal open in each stage is won in this quarter, the next, and so on. */
export function StageProbabilityTable({ report }: { report: RevenueForecastReport }) {
  return (
    <section aria-label="Stage probabilities">
      <Title order={3} size="h4" mb="sm">
        Stage probabilities learned from history
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Stage</Table.Th>
            <Table.Th ta="right">Snapshots</Table.Th>
            {report.quarters.map((q, k) => (
              <Table.Th key={q.quarter} ta="right">
                {k === 0 ? 'Won the same quarter' : `Won ${k} quarter${k === 1 ? '' : 's'} later`}
              </Table.Th>
            ))}
            <Table.Th ta="right">Within a year</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.stageProbabilities.map((s) => (
            <Table.Tr key={s.stage}>
              <Table.Td>{humanize(s.stage)}</Table.Td>
              <Table.Td ta="right">{s.observations}</Table.Td>
              {report.quarters.map((q, k) => (
                <Table.Td key={q.quarter} ta="right">
                  {formatProbability(s.byQuarter[k])}
                </Table.Td>
              ))}
              <Table.Td ta="right">{formatProbability(s.probability)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        From the pipeline as it stood at each past quarter start: of the deals open in a stage, the share won
        in that quarter and the ones after. Deals that sit and never close count against the rate. Rarely seen
        stages lean on the rate of all stages.
      </Text>
    </section>
  );
}
