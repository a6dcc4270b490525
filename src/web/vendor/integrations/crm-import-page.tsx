import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconEye, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { PageHeader } from '../../shared/layout/page-header';
import {
  applyCrmImport,
  CRM_IMPORTS_KEY,
  type CrmImportDetail,
  type CrmObject,
  type CrmSource,
  OBJECTS,
  previewCrmImport,
  SOURCES,
  saveCrmMapping,
  uploadCrmFile,
} from './crm/crm-import-api';
import { CrmImportReportView } from './crm/crm-import-report';
import { MappingStep } from './crm/mapping-step';

type Busy = 'upload' | 'preview' | 'apply' | null;

/**
 * The CRM import wizard: choose the source, object and file; check the proposed column mapping; dry-run
 * it to see every bad row; apply. Re-applying the same file changes nothing, so a person can retry freely.
 */
export function CrmImportPage() {
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [source, setSource] = useState<CrmSource>('salesforce');
  const [object, setObject] = useState<CrmObject>('accounts');
  const [file, setFile] = useState<File | null>(null);
  const [detail, setDetail] = useState<CrmImportDetail | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: Exclude<Busy, null>, work: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The request failed');
    } finally {
      setBusy(null);
    }
  }

  const upload = () =>
    run('upload', async () => {
      if (!file) throw new Error('Choose the export file first.');
      const uploaded = await uploadCrmFile(source, object, file);
      setDetail(uploaded);
      setMapping(uploaded.mapping);
      setStep(1);
    });

  const preview = () =>
    run('preview', async () => {
      if (!detail) return;
      const saved = await saveCrmMapping(detail.id, mapping);
      setDetail(saved);
      if (saved.mappingProblems.length) throw new Error('Map every required field first.');
      setDetail(await previewCrmImport(detail.id));
      setStep(2);
    });

  const apply = () =>
    run('apply', async () => {
      if (!detail) return;
      const applied = await applyCrmImport(detail.id);
      setDetail(applied);
      setStep(3);
      await queryClient.invalidateQueries({ queryKey: CRM_IMPORTS_KEY });
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
      notifications.show({
        color: 'teal',
        title: 'Import applied',
        message: `${applied.report?.created ?? 0} created`,
      });
    });

  const restart = () => {
    setStep(0);
    setDetail(null);
    setFile(null);
    setMapping({});
    setError(null);
  };

  return (
    <>
      <Anchor component={Link} to="/console/integrations" size="sm" c="dimmed">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> Integrations
        </Group>
      </Anchor>
      <PageHeader
        title="CRM import"
        description="Accounts, contacts and opportunities from Salesforce or HubSpot exports (CSV or JSON), upserted by the CRM's record ids."
      />
      <Paper withBorder p="lg" radius="md">
        <Stepper
          active={step}
          onStepClick={(s) => s < step && step < 3 && setStep(s)}
          allowNextStepsSelect={false}
        >
          <Stepper.Step label="File" description="Source, object, file">
            <form
              aria-label="Choose the export"
              onSubmit={(e) => {
                e.preventDefault();
                void upload();
              }}
            >
              <Stack gap="md" mt="md">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={640}>
                  <Select
                    label="Source"
                    data={SOURCES}
                    value={source}
                    allowDeselect={false}
                    onChange={(v) => v && setSource(v as CrmSource)}
                  />
                  <Select
                    label="Object"
                    data={OBJECTS}
                    value={object}
                    allowDeselect={false}
                    onChange={(v) => v && setObject(v as CrmObject)}
                  />
                </SimpleGrid>
                <FileInput
                  label="Export file"
                  description="CSV with a header row, or the CRM's JSON export; up to 64 MB"
                  placeholder="Choose a file"
                  accept=".csv,.json,.txt,text/csv,application/json"
                  leftSection={<IconFileUpload size={16} />}
                  value={file}
                  onChange={setFile}
                  clearable
                  maw={420}
                />
                <Group>
                  <Button
                    type="submit"
                    leftSection={<IconUpload size={16} />}
                    loading={busy === 'upload'}
                    disabled={!file}
                  >
                    Upload and map columns
                  </Button>
                </Group>
              </Stack>
            </form>
          </Stepper.Step>
          <Stepper.Step label="Mapping" description="Columns for each field">
            {detail ? (
              <Stack gap="md" mt="md">
                <MappingStep detail={detail} mapping={mapping} onChange={setMapping} />
                <Group>
                  <Button variant="default" onClick={restart}>
                    Start over
                  </Button>
                  <Button
                    leftSection={<IconEye size={16} />}
                    loading={busy === 'preview'}
                    onClick={() => void preview()}
                  >
                    Dry run
                  </Button>
                </Group>
              </Stack>
            ) : null}
          </Stepper.Step>
          <Stepper.Step label="Dry run" description="What would change">
            {detail?.report ? (
              <Stack gap="md" mt="md">
                <Alert color="blue" variant="light" title="Dry run: nothing was written yet">
                  Good rows are imported and each bad row is skipped and reported, as below.
                </Alert>
                <CrmImportReportView report={detail.report} />
                <Group>
                  <Button variant="default" onClick={() => setStep(1)}>
                    Back to mapping
                  </Button>
                  <Button
                    leftSection={<IconCheck size={16} />}
                    loading={busy === 'apply'}
                    onClick={() => void apply()}
                  >
                    Apply import
                  </Button>
                </Group>
              </Stack>
            ) : null}
          </Stepper.Step>
          <Stepper.Completed>
            {detail?.report ? (
              <Stack gap="md" mt="md">
                <Alert color="teal" variant="light" title="Import applied" role="status">
                  <Text size="sm">Applying the same file again would change nothing.</Text>
                </Alert>
                <CrmImportReportView report={detail.report} />
                <Group>
                  <Button variant="default" onClick={restart}>
                    Import another file
                  </Button>
                  <Button component={Link} to="/console/integrations" variant="light">
                    Back to integrations
                  </Button>
                </Group>
              </Stack>
            ) : null}
          </Stepper.Completed>
        </Stepper>
        {error ? (
          <Alert color="red" role="alert" mt="md">
            {error}
          </Alert>
        ) : null}
      </Paper>
    </>
  );
}
