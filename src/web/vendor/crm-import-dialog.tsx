import { Alert, Badge, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import {
  CsvFileFields,
  csvBody,
  csvProblem,
  plural,
  type RefusedFile,
  RefusedFileAlert,
  refusedFileOf,
  useCsvFile,
} from '../shared/mapping/csv-file-fields';
import { columnsParam } from '../shared/mapping/csv-header';
import { fieldLabel, RowProblemsTable, Stat } from '../shared/mapping/import-report';

type AccountImport = Schemas['AccountImport'];
type CrmSystem = AccountImport['system'];

const SYSTEMS: { value: CrmSystem; label: string }[] = [
  { value: 'salesforce', label: 'Salesforce' },
  { value: 'hubspot', label: 'HubSpot' },
  { value: 'dynamics', label: 'Microsoft Dynamics' },
  { value: 'other', label: 'Other' },
];

function AccountImportReport({ report }: { report: AccountImport }) {
  return (
    <Stack gap="sm" data-testid="crm-import-report">
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
        <Stat label="Rows read" value={report.rowsRead} />
        <Stat label="Accepted" value={report.rowsAccepted} color="teal.8" />
        <Stat
          label="Rejected"
          value={report.rowsRejected}
          color={report.rowsRejected ? 'red.7' : undefined}
        />
        <Stat label="Created" value={report.created} />
        <Stat label="Updated" value={report.updated} />
        <Stat label="Unchanged" value={report.unchanged} />
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
        <RowProblemsTable caption="Rejected rows" problems={report.rejections} />
      ) : null}
      {report.notices.length ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Notices (imported, but worth a look)
          </Text>
          <RowProblemsTable caption="Notices" problems={report.notices} />
        </Stack>
      ) : null}
    </Stack>
  );
}

type Outcome = { kind: 'report'; report: AccountImport } | { kind: 'refused'; refused: RefusedFile };

function CrmImportForm({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const csv = useCsvFile();
  const [system, setSystem] = useState<CrmSystem>('other');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function send(dryRun: boolean, skip = skipInvalid) {
    const problem = csvProblem(csv);
    setFormError(problem);
    const file = csv.file;
    if (problem || !file) return;
    setBusy(dryRun ? 'preview' : 'import');
    setOutcome(null);
    try {
      const report = await unwrap(
        api.POST('/api/accounts/import', {
          params: {
            query: {
              system,
              columns: columnsParam(csv.columns),
              ...(skip ? { skipInvalid: 'true' as const } : {}),
              ...(dryRun ? { dryRun: 'true' as const } : {}),
            },
          },
          ...csvBody(file),
        }),
      );
      setOutcome({ kind: 'report', report });
      if (!dryRun) {
        await queryClient.invalidateQueries({ queryKey: ['accounts'] });
        notifications.show({
          color: 'teal',
          title: 'Accounts imported',
          message: `${plural(report.created, 'account')} created, ${plural(report.updated, 'account')} updated.`,
        });
      }
    } catch (error) {
      const refused = refusedFileOf(error);
      if (refused) setOutcome({ kind: 'refused', refused });
      else setFormError(error instanceof Error ? error.message : 'The import failed');
    } finally {
      setBusy(null);
    }
  }

  const report = outcome?.kind === 'report' ? outcome.report : null;
  return (
    <Stack gap="md">
      <form
        aria-label="Import accounts from a CRM"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send(false);
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            An accounts export from Salesforce, HubSpot, Dynamics or a spreadsheet. Each row updates the
            account with its CRM id, else the one with its website's domain, else adds a new account. Preview
            first to see what would change.
          </Text>
          <CsvFileFields
            fieldDescriptions={{
              id: 'The CRM record id: the account with it is updated',
              population: 'Sets customer or prospect, e.g. Type',
            }}
            csv={{
              ...csv,
              pick: async (file) => {
                setOutcome(null);
                setFormError(null);
                await csv.pick(file);
              },
            }}
          />
          <Select
            label="CRM"
            description="Its record id column is kept as the account's id in that CRM"
            data={SYSTEMS}
            value={system}
            onChange={(value) => value && setSystem(value as CrmSystem)}
            allowDeselect={false}
            w={{ base: '100%', sm: 260 }}
          />
          <Checkbox
            label="Skip invalid rows: import the valid rows and report the others"
            checked={skipInvalid}
            onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
          />
          {formError ? (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button
              variant="light"
              leftSection={<IconEye size={16} />}
              loading={busy === 'preview'}
              disabled={!csv.file || busy !== null}
              onClick={() => void send(true)}
            >
              Preview
            </Button>
            <Button
              type="submit"
              leftSection={<IconUpload size={16} />}
              loading={busy === 'import'}
              disabled={!csv.file || busy !== null}
            >
              Import accounts
            </Button>
          </Group>
        </Stack>
      </form>
      {report ? (
        <Alert
          color={report.dryRun ? 'blue' : 'teal'}
          variant="light"
          role="status"
          title={report.dryRun ? 'Preview: nothing was written yet' : 'Import applied'}
        >
          <Stack gap="sm">
            <AccountImportReport report={report} />
            {report.dryRun ? null : (
              <Text size="xs" c="dimmed">
                Partner account mappings pick up the changes at the nightly refresh, or at once with Refresh
                now on a partner's Account mapping tab.
              </Text>
            )}
          </Stack>
        </Alert>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <RefusedFileAlert
          refused={outcome.refused}
          onSkipInvalid={() => void send(false, true)}
          busy={busy !== null}
        />
      ) : null}
    </Stack>
  );
}

/** Creates and updates the vendor's accounts from a CRM export, with a preview and a per-row report. */
export function CrmImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Import accounts from your CRM"
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened ? <CrmImportForm onClose={onClose} /> : null}
    </Modal>
  );
}
