import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconFileUpload, IconSearch } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { FormError } from '../../shared/form/form-error';
import { numberOrNull } from '../../shared/form/values';
import { formatNumber } from '../../shared/format';
import { EmptyState } from '../../shared/states/states';
import { TierBadge } from '../../shared/tiers/tier-badge';
import {
  criteriaMetrics,
  customKeyOf,
  customMetric,
  formatMetricValue,
  metricLabel,
} from '../../shared/tiers/tier-metrics';
import { TIERS_KEY } from '../../shared/tiers/tier-queries';
import { type CsvProblem, readCustomMetricCsv } from './custom-metric-csv';
import { tieredPartnersQuery } from './evaluation-query';
import { type Evaluation, PAGE_SIZE, pageOf } from './evaluation-summary';
import type { TierProgram } from './tier-program-draft';

const SHOWN_PROBLEMS = 50;

const plural = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The values of the program's own metrics (`custom:<key>`), per partner in tier evaluation: edit them
 * in the table or fill them from a CSV, then save with `PUT /api/tiers/custom-metrics`.
 */
export function CustomMetricEditor({ program, canWrite }: { program: TierProgram; canWrite: boolean }) {
  const keys = criteriaMetrics(program.tiers)
    .map(customKeyOf)
    .filter((key): key is string => key !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const key = chosen && keys.includes(chosen) ? chosen : (keys[0] ?? null);
  if (!key) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Custom metric values">
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Title order={4}>Custom metric values</Title>
            <Text size="sm" c="dimmed">
              The program’s own metrics are not measured by Trellis: set each partner’s value here.
            </Text>
          </div>
          {keys.length > 1 ? (
            <Select
              label="Metric"
              data={keys.map((k) => ({ value: k, label: metricLabel(customMetric(k)) }))}
              value={key}
              onChange={setChosen}
              allowDeselect={false}
              w={240}
            />
          ) : null}
        </Group>
        <MetricValues key={key} metricKey={key} program={program} canWrite={canWrite} />
      </Stack>
    </Paper>
  );
}

function MetricValues({
  metricKey,
  program,
  canWrite,
}: {
  metricKey: string;
  program: TierProgram;
  canWrite: boolean;
}) {
  const queryClient = useQueryClient();
  const metric = customMetric(metricKey);
  const partners = useQuery(tieredPartnersQuery);
  const [edits, setEdits] = useState<Record<string, number | string>>({});
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [report, setReport] = useState<{ file: string; read: number; problems: CsvProblem[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const evaluations = partners.data?.evaluations ?? [];
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return evaluations
      .filter((e) => !needle || e.partnerName.toLowerCase().includes(needle))
      .sort((a, b) => a.partnerName.localeCompare(b.partnerName));
  }, [evaluations, q]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const currentValue = (e: Evaluation) => e.metrics[metric] ?? null;
  const changed = evaluations.flatMap((e) => {
    const value = e.partnerId in edits ? numberOrNull(edits[e.partnerId]!) : null;
    return value !== null && value !== currentValue(e) ? [{ partnerId: e.partnerId, value }] : [];
  });

  async function upload(file: File | null) {
    if (!file) return;
    const { values, problems } = readCustomMetricCsv(await file.text(), metricKey, evaluations);
    setEdits((before) => ({ ...before, ...Object.fromEntries(values.map((v) => [v.partnerId, v.value])) }));
    setReport({ file: file.name, read: values.length, problems });
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await unwrap(
        api.PUT('/api/tiers/custom-metrics', { body: { key: metricKey, values: changed } }),
      );
      setEdits({});
      setReport(null);
      await queryClient.invalidateQueries({ queryKey: TIERS_KEY });
      notifications.show({
        color: 'teal',
        title: 'Values saved',
        message: `${plural(saved.updated, 'value')} of ${metricLabel(metric)} saved; they count from the next evaluation.`,
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong');
    } finally {
      setBusy(false);
    }
  }

  const columns: Column<Evaluation>[] = [
    { key: 'partner', header: 'Partner', render: (e) => e.partnerName },
    {
      key: 'tier',
      header: 'Tier',
      render: (e) => <TierBadge tiers={program.tiers} tierKey={e.currentTier} size="sm" />,
    },
    {
      key: 'value',
      header: 'Current value',
      align: 'right',
      render: (e) => formatMetricValue(metric, currentValue(e), program.currency),
    },
  ];
  if (canWrite) {
    columns.push({
      key: 'new',
      header: 'New value',
      width: 180,
      render: (e) => (
        <NumberInput
          aria-label={`New ${metricLabel(metric)} value for ${e.partnerName}`}
          size="xs"
          decimalScale={4}
          value={edits[e.partnerId] ?? ''}
          placeholder={currentValue(e) === null ? 'not set' : String(currentValue(e))}
          onChange={(value) => setEdits((before) => ({ ...before, [e.partnerId]: value }))}
        />
      ),
    });
  }

  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <TextInput
          label="Partner"
          placeholder="Name"
          type="search"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        {canWrite ? (
          <FileInput
            label="Fill from a CSV"
            description="Columns partner_id or partner, and value"
            placeholder="Choose a file"
            accept=".csv,text/csv"
            leftSection={<IconFileUpload size={16} />}
            clearable
            onChange={upload}
            disabled={!partners.data}
            w={{ base: '100%', sm: 300 }}
          />
        ) : null}
      </Group>
      {report ? (
        <Alert
          color={report.problems.length ? 'orange' : 'teal'}
          title={`${report.file}: ${plural(report.read, 'value')} read${report.problems.length ? `, ${plural(report.problems.length, 'row')} not used` : ''}`}
          withCloseButton
          onClose={() => setReport(null)}
        >
          {report.problems.length ? (
            <List size="sm" spacing={2}>
              {report.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <List.Item key={`${p.line}-${p.message}`}>
                  Line {p.line}: {p.message}
                </List.Item>
              ))}
              {report.problems.length > SHOWN_PROBLEMS ? (
                <List.Item>…and {formatNumber(report.problems.length - SHOWN_PROBLEMS)} more</List.Item>
              ) : null}
            </List>
          ) : (
            <Text size="sm">Review the new values below and save them.</Text>
          )}
        </Alert>
      ) : null}
      <DataTable
        caption={`${metricLabel(metric)} per partner`}
        columns={columns}
        rows={pageOf(rows, current)}
        rowId={(e) => e.partnerId}
        loading={partners.isLoading}
        error={partners.error}
        onRetry={() => partners.refetch()}
        empty={
          <EmptyState title={q ? 'No partner matches' : 'No partner holds a tier yet'}>
            {q ? 'Try another name.' : 'Partners in onboarding, active or at risk appear here.'}
          </EmptyState>
        }
        pagination={{
          page: current,
          hasPrev: current > 1,
          hasNext: current < pages,
          onPrev: () => setPage(current - 1),
          onNext: () => setPage(current + 1),
        }}
      />
      {canWrite ? (
        <Stack gap="xs">
          <FormError message={error} />
          <Group justify="flex-end" gap="sm">
            {Object.keys(edits).length ? (
              <Button variant="default" onClick={() => setEdits({})}>
                Discard values
              </Button>
            ) : null}
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={changed.length === 0}
              loading={busy}
              onClick={save}
            >
              {changed.length ? `Save ${plural(changed.length, 'changed value')}` : 'Save values'}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
