import { BarChart } from '@mantine/charts';
import { Alert, Box, Button, Grid, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { numberOrNull } from '../../shared/form/values';
import { formatDate, formatNumber } from '../../shared/format';
import { EmptyState } from '../../shared/states/states';
import { OutcomeBadge } from '../registrations/decision-panel';
import { OUTCOME_LABELS, type RuleSetConfig, ruleLabel } from './rule-info';
import { sameConfig } from './rule-set-draft';

type DryRun = Schemas['RuleSetDryRunResult'];
type Item = DryRun['items'][number];

const OUTCOMES = ['approved', 'under_review', 'rejected'] as const;

function OutcomeChart({ result }: { result: DryRun }) {
  const data = OUTCOMES.map((o) => ({
    outcome: OUTCOME_LABELS[o]!,
    was: result.byOutcome.was[o] ?? 0,
    would: result.byOutcome.would[o] ?? 0,
  }));
  return (
    <Box>
      <Box aria-hidden>
        <BarChart
          h={200}
          data={data}
          dataKey="outcome"
          series={[
            { name: 'was', label: 'Decided', color: 'gray.5' },
            { name: 'would', label: 'Would decide', color: 'teal.6' },
          ]}
          withLegend
          withBarValueLabel
          tickLine="none"
          maxBarWidth={40}
          yAxisProps={{ allowDecimals: false }}
        />
      </Box>
      <table className="visually-hidden">
        <caption>Decisions by outcome: as decided, and under the draft rules</caption>
        <thead>
          <tr>
            <th>Outcome</th>
            <th>Decided</th>
            <th>Would decide</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.outcome}>
              <td>{d.outcome}</td>
              <td>{d.was}</td>
              <td>{d.would}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}

const columns: Column<Item>[] = [
  {
    key: 'customer',
    header: 'Registration',
    render: (i) => (
      <Stack gap={0}>
        <Link
          to="/console/registrations/$registrationId"
          params={{ registrationId: i.registrationId }}
          className="table-link"
        >
          {i.customerName}
        </Link>
        <Text size="xs" c="dimmed">
          {i.partnerName} · {formatDate(i.submittedAt)}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'was',
    header: 'Was',
    render: (i) => (
      <Stack gap={2} align="flex-start">
        <OutcomeBadge outcome={i.was.outcome} />
        <Text size="xs" c="dimmed">
          {ruleLabel(i.was.ruleId)}
          {i.was.ruleSetVersion !== null ? ` · v${i.was.ruleSetVersion}` : ''}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'would',
    header: 'Would be',
    render: (i) => (
      <Stack gap={2} align="flex-start">
        <OutcomeBadge outcome={i.would.outcome} />
        <Text size="xs" c="dimmed">
          {ruleLabel(i.would.ruleId)}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'reason',
    header: 'Reason it would give',
    width: '45%',
    render: (i) => <Text size="sm">{i.would.reason}</Text>,
  },
];

/**
 * Replays the latest automatic decisions under the draft rules (nothing is written) and shows what
 * would change: outcomes before and after, and each registration whose outcome differs.
 */
export function DryRunPanel({
  config,
  validate,
  onError,
  clearErrors,
}: {
  /** The draft as it would be sent. */
  config: RuleSetConfig;
  /** Shows what must be fixed before sending at the fields; false when something must. */
  validate: () => boolean;
  onError: (error: unknown) => void;
  clearErrors: () => void;
}) {
  const [last, setLast] = useState<number | string>(200);
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState<{ config: RuleSetConfig; result: DryRun } | null>(null);
  const [lastError, setLastError] = useState<string | null>(null);

  async function dryRun() {
    clearErrors();
    setLastError(null);
    if (!validate()) return;
    const draft = config;
    const n = numberOrNull(last);
    if (n === null || n < 1 || n > 2000 || !Number.isInteger(n)) {
      setLastError('Replay between 1 and 2,000 registrations');
      return;
    }
    setBusy(true);
    try {
      const result = await unwrap(api.POST('/api/rule-sets/dry-run', { body: { config: draft, last: n } }));
      setRun({ config: draft, result });
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  const result = run?.result;
  const changedItems = result?.items.filter((i) => i.changed) ?? [];
  const stale = run ? !sameConfig(config, run.config) : false;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Dry run">
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Title order={4}>Dry run</Title>
            <Text size="sm" c="dimmed">
              Replays the latest automatic decisions under the draft, from what each rule saw at the time.
              Nothing is changed.
            </Text>
          </div>
          <Group align="flex-end" gap="sm">
            <NumberInput
              label="Replay the last"
              rightSection={
                <Text size="xs" c="dimmed" pr="xs">
                  registrations
                </Text>
              }
              rightSectionWidth={96}
              min={1}
              max={2000}
              allowDecimal={false}
              allowNegative={false}
              value={last}
              onChange={setLast}
              error={lastError}
              w={220}
            />
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              onClick={dryRun}
              loading={busy}
              variant="light"
            >
              Dry run
            </Button>
          </Group>
        </Group>
        {result ? (
          <Stack data-testid="dry-run-result">
            {stale ? (
              <Alert color="yellow" variant="light">
                The draft has changed since this dry run. Run it again to see the effect of your latest edits.
              </Alert>
            ) : null}
            <Grid align="stretch">
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Stack h="100%" gap="md">
                  <KpiTile label="Decisions replayed" value={formatNumber(result.replayed)} />
                  <KpiTile
                    label="Would change"
                    value={formatNumber(result.changed)}
                    color={result.changed ? 'orange' : 'teal'}
                    testId="dry-run-changed"
                    hint={
                      result.replayed
                        ? `${Math.round((100 * result.changed) / result.replayed)}% of the replayed decisions`
                        : undefined
                    }
                  />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8 }} miw={0}>
                <Paper withBorder p="md" radius="md" h="100%" miw={0}>
                  <Text size="sm" fw={600} mb="xs">
                    Outcomes: as decided and under the draft
                  </Text>
                  {result.replayed ? (
                    <OutcomeChart result={result} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      Nothing to compare yet.
                    </Text>
                  )}
                </Paper>
              </Grid.Col>
            </Grid>
            <Title order={5}>Changed decisions</Title>
            <DataTable
              caption="Decisions the draft would change"
              columns={columns}
              rows={changedItems}
              rowId={(i) => i.registrationId}
              empty={
                <EmptyState
                  title={result.replayed ? 'No decision would change' : 'No decisions to replay yet'}
                >
                  {result.replayed
                    ? `All ${formatNumber(result.replayed)} replayed registrations would be decided the same way.`
                    : 'Automatic decisions appear here once partners submit registrations.'}
                </EmptyState>
              }
            />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
