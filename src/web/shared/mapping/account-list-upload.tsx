import { Alert, Button, Checkbox, Group, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import {
  CsvFileFields,
  csvBody,
  csvProblem,
  plural,
  type RefusedFile,
  RefusedFileAlert,
  refusedFileOf,
  useCsvFile,
} from './csv-file-fields';
import { columnsParam } from './csv-header';
import { ImportReport } from './import-report';
import { invalidateMapping, type MappingImport, type MappingSide } from './mapping-api';

type Mode = 'replace' | 'merge';
type DefaultPopulation = 'customer' | 'prospect';

type Outcome = { kind: 'report'; report: MappingImport } | { kind: 'refused'; refused: RefusedFile };

/**
 * Uploads a partner's account list: the file goes to the API as it is (UTF-8 or UTF-16); its header is
 * read here first so the column mapping shows filled in and can be corrected. After the upload the row
 * report shows; a refused file shows each row's problem and offers to import the valid rows only.
 */
export function AccountListUpload({
  partnerId,
  viewer,
  partnerName,
}: {
  partnerId: string;
  viewer: MappingSide;
  partnerName: string;
}) {
  const queryClient = useQueryClient();
  const csv = useCsvFile();
  const [mode, setMode] = useState<Mode>('replace');
  const [defaultPopulation, setDefaultPopulation] = useState<DefaultPopulation | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function upload(skip: boolean) {
    const problem =
      csvProblem(csv) ??
      (mode === 'merge' && !csv.columns.id
        ? 'Merging matches rows to earlier uploads by record ID: map the record ID column.'
        : null);
    setFormError(problem);
    const file = csv.file;
    if (problem || !file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const report = await unwrap(
        api.POST('/api/mapping/partners/{id}/accounts/import', {
          params: {
            path: { id: partnerId },
            query: {
              mode,
              columns: columnsParam(csv.columns),
              ...(defaultPopulation ? { defaultPopulation } : {}),
              ...(skip ? { skipInvalid: 'true' as const } : {}),
              fileName: file.name.slice(0, 200),
            },
          },
          ...csvBody(file),
        }),
      );
      setOutcome({ kind: 'report', report });
      await invalidateMapping(queryClient);
      notifications.show({
        color: 'teal',
        title: 'List uploaded',
        message: `${plural(report.rowsAccepted, 'account')} accepted${
          report.rowsRejected ? `, ${plural(report.rowsRejected, 'row')} rejected` : ''
        }.`,
      });
    } catch (error) {
      const refused = refusedFileOf(error);
      if (refused) setOutcome({ kind: 'refused', refused });
      else setFormError(error instanceof Error ? error.message : 'The upload failed');
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void upload(skipInvalid);
  };

  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate aria-label="Upload an account list">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {viewer === 'vendor'
              ? `Upload ${partnerName}'s customers and prospects on its behalf, e.g. a CRM export it sent you.`
              : 'Upload your customers and prospects, e.g. an export of accounts from your CRM.'}{' '}
            Matching uses the website first, then the company name. Nothing is shown to the other side beyond
            what the sharing settings allow.
          </Text>
          <CsvFileFields
            csv={{
              ...csv,
              pick: async (file) => {
                setOutcome(null);
                setFormError(null);
                await csv.pick(file);
              },
            }}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Radio.Group label="What the file is" value={mode} onChange={(value) => setMode(value as Mode)}>
              <Stack gap={6} mt={6}>
                <Radio value="replace" label="The whole list: replace what was uploaded before" />
                <Radio value="merge" label="Additions and changes: merge by record ID" />
              </Stack>
            </Radio.Group>
            <Select
              label="Default population"
              description="For rows whose file does not say customer or prospect"
              placeholder="None: such rows are rejected"
              data={[
                { value: 'customer', label: 'Customer' },
                { value: 'prospect', label: 'Prospect' },
              ]}
              value={defaultPopulation}
              onChange={(value) => setDefaultPopulation(value as DefaultPopulation | null)}
              clearable
            />
          </SimpleGrid>
          <Checkbox
            label="Skip invalid rows: import the valid rows and report the others"
            description="Without this, a file with any row problem is refused whole and nothing changes"
            checked={skipInvalid}
            onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
          />
          {formError ? (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" leftSection={<IconUpload size={16} />} loading={busy} disabled={!csv.file}>
              Upload list
            </Button>
          </Group>
        </Stack>
      </form>
      {outcome?.kind === 'report' ? (
        <Alert color="teal" variant="light" title="Upload applied" role="status">
          <ImportReport report={outcome.report} />
        </Alert>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <RefusedFileAlert refused={outcome.refused} onSkipInvalid={() => void upload(true)} busy={busy} />
      ) : null}
    </Stack>
  );
}
