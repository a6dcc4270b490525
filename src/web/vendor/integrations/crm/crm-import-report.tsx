import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Schemas } from '../../../shared/api/client';
import { RowProblemsTable, Stat } from '../../../shared/mapping/import-report';

type CrmImportReport = Schemas['CrmImportReport'];

/** Counts of a CRM import run and its per-row problems (CSV line, or record number in a JSON file). */
export function CrmImportReportView({ report }: { report: CrmImportReport }) {
  return (
    <Stack gap="sm" data-testid="crm-import-report">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        <Stat label="Rows" value={report.rows} />
        <Stat label={report.dryRun ? 'Would create' : 'Created'} value={report.created} color="teal.8" />
        <Stat label={report.dryRun ? 'Would update' : 'Updated'} value={report.updated} />
        <Stat label="Unchanged" value={report.unchanged} />
        <Stat label="Failed" value={report.failed} color={report.failed ? 'red.7' : undefined} />
      </SimpleGrid>
      {report.errors.length ? (
        <RowProblemsTable
          caption="Rows with problems"
          problems={report.errors.map((e) => ({ line: e.row, field: e.field, message: e.reason }))}
        />
      ) : (
        <Text size="sm" c="dimmed">
          No row has a problem.
        </Text>
      )}
    </Stack>
  );
}
