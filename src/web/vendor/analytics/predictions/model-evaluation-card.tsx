import { Alert, Badge, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../../shared/format';
import { CalibrationChart } from './calibration-chart';
import { type BinaryModelEvaluation, formatMetric } from './predictions-api';

/** The holdout figures of a model next to its baseline, with a calibration chart and a plain verdict. */
export function ModelEvaluationCard({
  title,
  evaluation,
}: {
  title: string;
  evaluation: BinaryModelEvaluation | null;
}) {
  if (!evaluation)
    return (
      <Alert color="gray" title={`${title}: not trained yet`}>
        Scores are fitted on the fly until a model is saved. An admin can retrain now, or the daily training
        job will save one once there is enough history (at least 20 resolved cases before the holdout, and
        both outcomes in it).
      </Alert>
    );
  const rows = [
    { name: 'Model', scores: evaluation.model },
    { name: `Baseline: ${evaluation.baselineName}`, scores: evaluation.baseline },
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`${title} evaluation`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>{title}: holdout evaluation</Title>
            <Text size="xs" c="dimmed">
              Learned from {evaluation.trainRows} cases before {formatDate(evaluation.trainedThrough)}, judged
              on the {evaluation.holdoutRows} after ({evaluation.holdoutPositives} positive). Trained{' '}
              {formatDate(evaluation.trainedAt)}.
            </Text>
          </div>
          <Badge color={evaluation.beatsBaseline ? 'teal' : 'orange'} variant="light">
            {evaluation.beatsBaseline ? 'Beats the baseline' : 'Does not beat the baseline'}
          </Badge>
        </Group>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Table>
              <Table.Caption className="visually-hidden">{title}: model against baseline</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Predictor</Table.Th>
                  <Table.Th ta="right">AUC ↑</Table.Th>
                  <Table.Th ta="right">Brier ↓</Table.Th>
                  <Table.Th ta="right">ECE ↓</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.name}>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td ta="right">{formatMetric(row.scores.auc)}</Table.Td>
                    <Table.Td ta="right">{formatMetric(row.scores.brier)}</Table.Td>
                    <Table.Td ta="right">{formatMetric(row.scores.ece)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" mt="xs">
              AUC: the chance a positive case is ranked above a negative one (0.5 is a coin). Brier: mean
              squared error of the probabilities. ECE: average gap between predicted and observed rates over
              ten bands.
              {evaluation.beatsBaseline
                ? ''
                : ' The model is shown anyway; read its scores as a ranking more than as exact probabilities.'}
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <CalibrationChart evaluation={evaluation} />
          </Grid.Col>
        </Grid>
      </Stack>
    </Paper>
  );
}
