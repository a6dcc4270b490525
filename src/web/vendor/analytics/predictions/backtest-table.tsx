import { Table, Text, Title } from '@mantine/core';
import { formatMoney } from '../../../shared/money';
import { formatProbability, type RevenueForecastReport } from './predictions-api';

type Figures = RevenueForecastReport['backtest']['model'];

/** How the method did when replayed at past quarter starts, against two naive forecasts. */
export function BacktestTable({ report }: { report: RevenueForecastReport }) {
  const { backtest, currency } = report;
  const rows: { name: string; figures: Figures }[] = [
    { name: 'This forecast', figures: backtest.model },
    { name: 'Naive: last quarter repeated', figures: backtest.naiveLast },
    { name: 'This forecast, where a year-earlier quarter exists', figures: backtest.seasonal.model },
    { name: 'Naive: same quarter last year', figures: backtest.seasonal.naive },
  ];
  return (
    <section aria-label="Backtest">
      <Title order={3} size="h4" mb="sm">
        Backtest
      </Title>
      {backtest.points === 0 ? (
        <Text size="sm" c="dimmed">
          Not enough complete quarters yet to replay the forecast (it needs two before the first replay).
        </Text>
      ) : (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Forecaster</Table.Th>
                <Table.Th ta="right">Quarter forecasts</Table.Th>
                <Table.Th ta="right">Mean absolute error</Table.Th>
                <Table.Th ta="right">MAPE</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.name}>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td ta="right">{row.figures.points}</Table.Td>
                  <Table.Td ta="right">
                    {row.figures.mae === null ? '—' : formatMoney(Math.round(row.figures.mae), currency)}
                  </Table.Td>
                  <Table.Td ta="right">{formatProbability(row.figures.mape)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt="xs">
            Replayed at each past quarter start with only what was known then, for one to four quarters ahead.
            80% intervals covered {formatProbability(backtest.coverage)} of the {backtest.coveragePoints}{' '}
            actuals that had one (an interval needs three earlier misses to be sized). Few quarters of history
            make all of these figures rough.
          </Text>
        </>
      )}
    </section>
  );
}
