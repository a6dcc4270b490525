import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime, formatNumber } from '../format';
import { FIELD_LABELS } from './csv-header';
import type { MappingImport } from './mapping-api';

export interface RowProblem {
  line: number | null;
  field: string;
  message: string;
}

const SHOWN = 100;

export const fieldLabel = (field: string) =>
  (FIELD_LABELS as Record<string, { label: string } | undefined>)[field]?.label ?? field;

/** The rows of a file that were refused or flagged, by line, with the reason; long reports show in steps. */
export function RowProblemsTable({ problems, caption }: { problems: RowProblem[]; caption: string }) {
  const [shown, setShown] = useState(SHOWN);
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={420} maxHeight={360}>
        <Table striped verticalSpacing={4} aria-label={caption} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Line</Table.Th>
              <Table.Th w={160}>Field</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.slice(0, shown).map((p) => (
              <Table.Tr key={`${p.line}-${p.field}-${p.message}`}>
                <Table.Td>{p.line ?? '—'}</Table.Td>
                <Table.Td>{fieldLabel(p.field)}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {problems.length > shown ? (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            Showing {formatNumber(shown)} of {formatNumber(problems.length)}.
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={() => setShown((n) => n + SHOWN * 5)}>
            Show more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

export function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="xs" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" c={color} data-testid={`import-${label.toLowerCase().replaceAll(' ', '-')}`}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

/** What one upload did: rows read, accepted and rejected, records created, updated and removed, and why rows failed. */
export function ImportReport({ report }: { report: MappingImport }) {
  return (
    <Stack gap="sm" data-testid="import-report">
      <Group justify="space-between" wrap="wrap">
        <Title order={5}>
          {report.fileName ? `${report.fileName} · ` : ''}
          {report.mode === 'replace' ? 'replaced the list' : 'merged into the list'}
        </Title>
        <Text size="xs" c="dimmed">
          {formatDateTime(report.createdAt)} · uploaded by the {report.side}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
        <Stat label="Rows read" value={report.rowsRead} />
        <Stat label="Accepted" value={report.rowsAccepted} color="teal.8" />
        <Stat
          label="Rejected"
          value={report.rowsRejected}
          color={report.rowsRejected ? 'red.7' : undefined}
        />
        <Stat label="Created" value={report.created} />
        <Stat label="Updated" value={report.updated} />
        <Stat label="Removed" value={report.removed} />
      </SimpleGrid>
      {Object.keys(report.columns).length ? (
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Columns used:
          </Text>
          {Object.entries(report.columns).map(([field, column]) => (
            <Badge key={field} variant="light" color="gray" tt="none">
              {fieldLabel(field)} ← {column}
            </Badge>
          ))}
        </Group>
      ) : null}
      {report.rejections.length ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Rejected rows
          </Text>
          <RowProblemsTable
            caption="Rejected rows"
            problems={report.rejections.map((r) => ({ line: r.line, field: r.field, message: r.message }))}
          />
        </Stack>
      ) : null}
      {report.notices.length ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Notices (imported, but worth a look)
          </Text>
          <RowProblemsTable
            caption="Notices"
            problems={report.notices.map((r) => ({ line: r.line, field: r.field, message: r.message }))}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
