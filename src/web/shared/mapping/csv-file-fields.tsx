import { Alert, Button, Fieldset, FileInput, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { formatNumber } from '../format';
import {
  ACCOUNT_FIELDS,
  type AccountField,
  type ColumnMapping,
  FIELD_LABELS,
  guessColumns,
  readCsvHeader,
  rowProblemOf,
} from './csv-header';
import { type RowProblem, RowProblemsTable } from './import-report';

/** The server takes uploads up to 64 MB (some 500,000 CRM rows). */
const MAX_BYTES = 64 * 1024 * 1024;

export const plural = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;

/** A chosen CSV file, its header read in the browser, and the column mapping filled in from it. */
export function useCsvFile() {
  const [file, setFile] = useState<File | null>(null);
  const [header, setHeader] = useState<string[] | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [columns, setColumns] = useState<ColumnMapping>({});

  async function pick(next: File | null) {
    setFile(next);
    setFileError(null);
    setHeader(null);
    setColumns({});
    if (!next) return;
    if (next.size > MAX_BYTES) {
      setFileError(`The file is ${formatNumber(Math.ceil(next.size / 1024 / 1024))} MB; the limit is 64 MB.`);
      return;
    }
    try {
      const names = await readCsvHeader(next);
      if (names.length === 0) {
        setFileError('The first line of the file is empty: it needs a header row naming the columns.');
        return;
      }
      setHeader(names);
      setColumns(guessColumns(names));
    } catch {
      setFileError('The file could not be read.');
    }
  }

  function setColumn(field: AccountField, column: string | null) {
    setColumns((current) => {
      const next = { ...current };
      if (column) next[field] = column;
      else delete next[field];
      return next;
    });
  }

  return { file, header, fileError, columns, pick, setColumn };
}

export type CsvFile = ReturnType<typeof useCsvFile>;

/** What to tell the user before sending: a file, readable, with a column for the name or the website. */
export function csvProblem(csv: CsvFile): string | null {
  if (!csv.file) return 'Choose a CSV file first.';
  if (csv.fileError) return csv.fileError;
  if (!csv.columns.name && !csv.columns.domain) return 'Map a column to the company name or to the website.';
  return null;
}

/**
 * The parts of an openapi-fetch call that send a file as the request body, as it is: the server reads
 * its encoding (UTF-8, or UTF-16 by its byte order mark) itself.
 */
export function csvBody(file: File) {
  return {
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'content-type': 'text/csv' },
  };
}

/** The file input and, once a file is chosen, one select per field prefilled from the file's header. */
export function CsvFileFields({
  csv,
  description,
  fieldDescriptions = {},
}: {
  csv: CsvFile;
  description?: string;
  /** Replaces the default help under a field's select, where the import reads the field differently. */
  fieldDescriptions?: Partial<Record<AccountField, string>>;
}) {
  const options = (csv.header ?? []).map((name) => ({ value: name, label: name }));
  return (
    <Stack gap="md">
      <FileInput
        label="Account list (CSV)"
        placeholder="Choose a file"
        description={
          description ?? 'Comma, semicolon or tab separated, with a header row; UTF-8 or UTF-16; up to 64 MB'
        }
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        leftSection={<IconFileUpload size={16} />}
        value={csv.file}
        onChange={(f) => void csv.pick(f)}
        clearable
        error={csv.fileError}
        w={{ base: '100%', sm: 420 }}
      />
      {csv.header ? (
        <Fieldset legend="Columns" variant="filled">
          <Text size="xs" c="dimmed" mb="xs">
            Read from the file's header ({plural(csv.header.length, 'column')}). Check them and change any
            that are wrong; a list needs a company name or a website.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {ACCOUNT_FIELDS.map((field) => (
              <Select
                key={field}
                label={FIELD_LABELS[field].label}
                description={fieldDescriptions[field] ?? FIELD_LABELS[field].description}
                placeholder="Not in the file"
                data={options}
                value={csv.columns[field] ?? null}
                onChange={(column) => csv.setColumn(field, column)}
                clearable
                searchable
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      ) : null}
    </Stack>
  );
}

export interface RefusedFile {
  message: string;
  rows: RowProblem[];
  other: RowProblem[];
}

/** A file the API refused with row problems (400 with `errors: [{ field: "line 7: name" }]`), or null. */
export function refusedFileOf(error: unknown): RefusedFile | null {
  if (!(error instanceof ApiError) || error.status !== 400 || error.fieldErrors.length === 0) return null;
  const problems = error.fieldErrors.map(rowProblemOf);
  return {
    message: error.message,
    rows: problems.filter((p) => p.line !== null),
    other: problems.filter((p) => p.line === null),
  };
}

/** Why a file was refused, row by row, with the offer to send it again keeping only the valid rows. */
export function RefusedFileAlert({
  refused,
  onSkipInvalid,
  busy,
}: {
  refused: RefusedFile;
  onSkipInvalid: () => void;
  busy: boolean;
}) {
  return (
    <Alert
      color="red"
      variant="light"
      title="The file was refused; nothing was imported"
      role="alert"
      data-testid="import-refused"
    >
      <Stack gap="sm">
        <Text size="sm">{refused.message}</Text>
        {refused.other.length ? (
          <Stack gap={2}>
            {refused.other.map((p) => (
              <Text size="sm" key={`${p.field}-${p.message}`}>
                {p.field}: {p.message}
              </Text>
            ))}
          </Stack>
        ) : null}
        {refused.rows.length ? (
          <>
            <RowProblemsTable caption="Rows with problems" problems={refused.rows} />
            <Group>
              <Button variant="light" color="red" onClick={onSkipInvalid} loading={busy}>
                Import the valid rows, skip these
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
