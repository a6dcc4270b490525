import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import { LEADS_KEY } from '../../shared/leads/leads-api';
import {
  csvBody,
  type RefusedFile,
  RefusedFileAlert,
  refusedFileOf,
} from '../../shared/mapping/csv-file-fields';
import { RowProblemsTable, Stat } from '../../shared/mapping/import-report';

type LeadImport = Schemas['LeadImport'];

const OUTCOME_COLORS: Record<string, string> = {
  created: 'teal',
  updated: 'blue',
  unchanged: 'gray',
  duplicate: 'grape',
};

function ImportReport({ report }: { report: LeadImport }) {
  return (
    <Stack gap="sm" data-testid="lead-import-report">
      <Text fw={600}>{report.dryRun ? 'Dry run: nothing was written' : 'Imported'}</Text>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Stat label="Created" value={report.created} color="teal" />
        <Stat label="Updated" value={report.updated} />
        <Stat label="Unchanged" value={report.unchanged} />
        <Stat label="Duplicates" value={report.duplicates} color="grape" />
        <Stat label="Rejected" value={report.rejected} color={report.rejected ? 'red' : undefined} />
      </SimpleGrid>
      {report.rows.length ? (
        <Table.ScrollContainer minWidth={420} maxHeight={280}>
          <Table striped verticalSpacing={4} stickyHeader aria-label="What each row did">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Line</Table.Th>
                <Table.Th>Company</Table.Th>
                <Table.Th>External id</Table.Th>
                <Table.Th>Outcome</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{r.companyName}</Table.Td>
                  <Table.Td>{r.externalId ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={OUTCOME_COLORS[r.outcome]}>
                      {r.outcome}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {report.rejections.length ? (
        <RowProblemsTable caption="Rows skipped" problems={report.rejections} />
      ) : null}
    </Stack>
  );
}

/** Upload a lead file: a dry run shows what each row would do, then the import writes it. */
export function ImportLeadsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<LeadImport | null>(null);
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(dryRun: boolean, skip = skipInvalid) {
    if (!file) return;
    setBusy(true);
    setError(null);
    setRefused(null);
    try {
      const result = await unwrap(
        api.POST('/api/leads/import', {
          params: {
            query: {
              ...(skip ? { skipInvalid: 'true' as const } : {}),
              ...(dryRun ? { dryRun: 'true' as const } : {}),
            },
          },
          ...csvBody(file),
        }),
      );
      setReport(result);
      if (!dryRun) {
        await queryClient.invalidateQueries({ queryKey: [LEADS_KEY] });
        notifications.show({
          color: 'teal',
          title: 'Leads imported',
          message: `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`,
        });
      }
    } catch (e) {
      const refusal = refusedFileOf(e);
      if (refusal) setRefused(refusal);
      else setError(e instanceof Error ? e.message : 'The import failed');
    } finally {
      setBusy(false);
    }
  }

  function close() {
    setFile(null);
    setReport(null);
    setRefused(null);
    setError(null);
    onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Import leads"
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          A CSV with a header row: company, website, contact_name, contact_email, contact_phone,
          contact_title, country, interests and product_lines (separated by ;), estimated_amount, currency,
          score (0–100) and external_id. Rows with a known external id update their lead, so importing the
          same file again changes nothing. New leads are matched to accounts, checked for duplicates by email,
          and wait for routing.
        </Text>
        <FileInput
          label="Lead file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
            setRefused(null);
          }}
          clearable
        />
        <Checkbox
          label="Import the valid rows and report the others"
          checked={skipInvalid}
          onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
        />
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {refused ? (
          <RefusedFileAlert
            refused={refused}
            busy={busy}
            onSkipInvalid={() => {
              setSkipInvalid(true);
              void send(true, true);
            }}
          />
        ) : null}
        {report ? <ImportReport report={report} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {report && !report.dryRun ? 'Done' : 'Cancel'}
          </Button>
          <Button
            variant="light"
            leftSection={<IconEye size={16} />}
            disabled={!file}
            loading={busy}
            onClick={() => void send(true)}
          >
            Dry run
          </Button>
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!file}
            loading={busy}
            onClick={() => void send(false)}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
