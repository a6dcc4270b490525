import { Alert, Fieldset, List, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CrmImportDetail } from './crm-import-api';

/** One select per Trellis field; each option shows a column with its first values from the file. */
export function MappingStep({
  detail,
  mapping,
  onChange,
}: {
  detail: CrmImportDetail;
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}) {
  const options = detail.columns.map((column) => ({
    value: column.name,
    label: column.samples.length
      ? `${column.name} — e.g. ${column.samples.slice(0, 2).join(', ')}`
      : column.name,
  }));
  const samplesOf = (column: string | undefined) =>
    detail.columns.find((c) => c.name === column)?.samples.join(' · ') ?? '';
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {detail.fileName}: {detail.totalRows} rows, {detail.columns.length} columns (
        {detail.format.toUpperCase()}). The columns were matched from{' '}
        {detail.source === 'salesforce' ? 'Salesforce' : 'HubSpot'}’s usual names; check them and change any
        that are wrong.
      </Text>
      <Fieldset legend="Columns for each field" variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          {detail.fields.map((field) => {
            const column = mapping[field.field];
            const sample = samplesOf(column);
            return (
              <Select
                key={field.field}
                label={field.label}
                withAsterisk={field.required}
                description={column && sample ? `Sample: ${sample}` : field.description || undefined}
                placeholder="Not in the file"
                data={options}
                value={column ?? null}
                onChange={(value) => {
                  const next = { ...mapping };
                  if (value) next[field.field] = value;
                  else delete next[field.field];
                  onChange(next);
                }}
                clearable
                searchable
              />
            );
          })}
        </SimpleGrid>
      </Fieldset>
      {detail.mappingProblems.length ? (
        <Alert color="orange" title="Before a dry run">
          <List size="sm">
            {detail.mappingProblems.map((p) => (
              <List.Item key={`${p.field}-${p.message}`}>
                {p.field.replace(/^mapping\./, '')}: {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
