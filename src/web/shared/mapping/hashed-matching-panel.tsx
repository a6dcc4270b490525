import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  FileInput,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconLock, IconTrash, IconUpload } from '@tabler/icons-react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { useCan } from '../auth/permissions';
import { ConfirmDialog } from '../form/confirm-dialog';
import { formatDateTime, formatNumber } from '../format';
import { ErrorState, LoadingState } from '../states/states';
import { csvBody, plural, type RefusedFile, RefusedFileAlert, refusedFileOf } from './csv-file-fields';
import { RowProblemsTable, Stat } from './import-report';
import {
  capitalize,
  invalidateMapping,
  type MappingSide,
  mappingKey,
  RULE_LABELS,
  slug,
} from './mapping-api';
import { OverlapHeatMap } from './overlap-heat-map';

type HashedOverlap = Schemas['HashedOverlap'];
type HashedUpload = Schemas['HashedListUpload'];
type HashedMatch = HashedOverlap['matches'][number];
type ListState = HashedOverlap['lists']['vendor'];

const FINGERPRINT = /^[0-9A-Fa-f]{16,64}$/;
const SHOWN = 100;

const hashedOverlapQuery = (partnerId: string) =>
  queryOptions({
    queryKey: [...mappingKey(partnerId), 'hashed'],
    queryFn: () =>
      unwrap(api.GET('/api/mapping/partners/{id}/hashed-overlap', { params: { path: { id: partnerId } } })),
  });

/** The first 16 hex characters of the secret's SHA-256, computed in the browser: the secret is never sent. */
async function fingerprintOf(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)]
    .slice(0, 8)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

function ListCard({ title, state, own }: { title: string; state: ListState; own: boolean }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      {state ? (
        <Stack gap={2} mt={4}>
          <Text size="sm">
            Uploaded {formatDateTime(state.uploadedAt)}
            {own && state.rows !== null ? ` · ${plural(state.rows, 'row')}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            Key fingerprint <Code>{state.keyFingerprint}</Code>
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" fs="italic" mt={4}>
          Not uploaded yet
        </Text>
      )}
    </Paper>
  );
}

function MatchesTable({ matches, names }: { matches: HashedMatch[]; names: Map<string, string> }) {
  const [shown, setShown] = useState(SHOWN);
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={520} maxHeight={420}>
        <Table striped verticalSpacing={4} stickyHeader aria-label="Your matched accounts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Your record ID</Table.Th>
              <Table.Th>Your population</Table.Th>
              <Table.Th>Matched in their</Table.Th>
              <Table.Th>Match</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matches.slice(0, shown).map((m) => (
              <Table.Tr key={`${m.ref}|${m.otherPopulation}`}>
                <Table.Td>
                  <Code>{m.ref}</Code>
                </Table.Td>
                <Table.Td>{names.get(m.population) ?? m.population}</Table.Td>
                <Table.Td>{names.get(m.otherPopulation) ?? m.otherPopulation}</Table.Td>
                <Table.Td>
                  {RULE_LABELS[m.rule]} · {Math.round(m.confidence * 100)}%
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {matches.length > shown ? (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            Showing {formatNumber(shown)} of {formatNumber(matches.length)}; the export has them all.
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={() => setShown((n) => n + SHOWN * 5)}>
            Show more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function HashedUploadForm({ partnerId }: { partnerId: string }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fingerprint, setFingerprint] = useState('');
  const [secret, setSecret] = useState('');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<HashedUpload | null>(null);
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  const fingerprintError =
    fingerprint && !FINGERPRINT.test(fingerprint) ? '16 to 64 hexadecimal characters' : null;

  async function upload(skip: boolean) {
    const problem = !file
      ? 'Choose the hashed CSV file first.'
      : !FINGERPRINT.test(fingerprint)
        ? 'Give the key fingerprint both sides agreed on.'
        : null;
    setError(problem);
    if (problem || !file) return;
    setBusy(true);
    setResult(null);
    setRefused(null);
    try {
      const upload = await unwrap(
        api.POST('/api/mapping/partners/{id}/hashed-lists', {
          params: {
            path: { id: partnerId },
            query: { keyFingerprint: fingerprint, ...(skip ? { skipInvalid: 'true' as const } : {}) },
          },
          ...csvBody(file),
        }),
      );
      setResult(upload);
      await invalidateMapping(queryClient);
      notifications.show({
        color: 'teal',
        title: 'Hashed list uploaded',
        message: `${plural(upload.rows, 'row')} stored.`,
      });
    } catch (e) {
      const refusal = refusedFileOf(e);
      if (refusal) setRefused(refusal);
      else setError(e instanceof Error ? e.message : 'The upload failed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md">
      <form
        aria-label="Upload a hashed list"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void upload(skipInvalid);
        }}
      >
        <Stack gap="sm">
          <FileInput
            label="Hashed list (CSV)"
            description="As trellis hash-accounts writes it: id, population, domain_hash, name_hash"
            placeholder="Choose a file"
            accept=".csv,text/csv,text/plain"
            leftSection={<IconFileUpload size={16} />}
            value={file}
            onChange={(f) => {
              setFile(f);
              setResult(null);
              setRefused(null);
            }}
            clearable
            w={{ base: '100%', sm: 420 }}
          />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label="Key fingerprint"
              description="Names the secret the list was hashed with, never the secret itself"
              placeholder="e.g. 3f9a0c2b7d41e865"
              value={fingerprint}
              onChange={(e) => setFingerprint(e.currentTarget.value.trim())}
              error={fingerprintError}
              w={{ base: '100%', sm: 300 }}
            />
            <PasswordInput
              label="Or compute it from the shared secret"
              description="Stays in this browser; nothing is sent"
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              w={{ base: '100%', sm: 280 }}
            />
            <Button
              variant="default"
              disabled={secret.length === 0 || typeof crypto?.subtle === 'undefined'}
              onClick={async () => {
                setFingerprint(await fingerprintOf(secret.replace(/\r?\n$/, '')));
                setSecret('');
              }}
            >
              Compute
            </Button>
          </Group>
          <Checkbox
            label="Skip invalid rows: upload the valid rows and report the others"
            checked={skipInvalid}
            onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
          />
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" leftSection={<IconUpload size={16} />} loading={busy} disabled={!file}>
              Upload hashed list
            </Button>
          </Group>
        </Stack>
      </form>
      {result ? (
        <Alert color="teal" variant="light" role="status" title="Hashed list stored">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 3 }} spacing="xs">
              <Stat label="Rows read" value={result.rowsRead} />
              <Stat label="Stored" value={result.rows} color="teal.8" />
              <Stat
                label="Rejected"
                value={result.rowsRejected}
                color={result.rowsRejected ? 'red.7' : undefined}
              />
            </SimpleGrid>
            {result.rejections.length ? (
              <RowProblemsTable caption="Rejected rows" problems={result.rejections} />
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {refused ? (
        <RefusedFileAlert refused={refused} onSkipInvalid={() => void upload(true)} busy={busy} />
      ) : null}
    </Stack>
  );
}

/**
 * Matching on keyed hashes: each side hashes its own list with a secret the two agree on outside Trellis
 * and uploads only the hashes. Shows both lists' state, the overlap by population once both are in, the
 * viewer's own matched records, and the upload of the viewer's side.
 */
export function HashedMatchingPanel({
  partnerId,
  partnerName,
  viewer,
  otherName,
}: {
  partnerId: string;
  partnerName: string;
  viewer: MappingSide;
  otherName: string;
}) {
  const can = useCan();
  const queryClient = useQueryClient();
  const overlap = useQuery(hashedOverlapQuery(partnerId));
  const [deleting, setDeleting] = useState(false);
  const other: MappingSide = viewer === 'vendor' ? 'partner' : 'vendor';

  const intro = (
    <Text size="sm" c="dimmed">
      Match without handing over names or websites: each side runs <Code>trellis hash-accounts</Code> on its
      own list with a secret the two agree on between themselves, and uploads only the hashes. Trellis never
      sees the secret; only exact domain and name matches work on hashes.
    </Text>
  );

  let body: ReactNode;
  if (overlap.isLoading) body = <LoadingState label="Loading hashed lists…" />;
  else if (overlap.error instanceof ApiError && overlap.error.status === 409) {
    body = (
      <Alert color="orange" variant="light" icon={<IconLock size={18} />} title="The keys differ">
        {overlap.error.message} Agree on one secret with {otherName} and upload again.
      </Alert>
    );
  } else if (overlap.error)
    body = <ErrorState error={overlap.error} onRetry={() => void overlap.refetch()} />;
  else {
    const data = overlap.data!;
    const ownList = data.lists[viewer];
    const names = new Map(
      [...data.vendorPopulations, ...data.partnerPopulations].map((p) => [p.key, p.name]),
    );
    body = (
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <ListCard title="Your hashed list" state={ownList} own />
          <ListCard title={`${capitalize(otherName)}'s hashed list`} state={data.lists[other]} own={false} />
        </SimpleGrid>
        {data.status === 'waiting' ? (
          <Text size="sm" c="dimmed" data-testid="hashed-waiting">
            Waiting for{' '}
            {data.missing
              .map((side) => (side === viewer ? 'your list' : `${otherName}'s list`))
              .join(' and ')}
            .
          </Text>
        ) : (
          <>
            <OverlapHeatMap matrix={data} otherName={otherName} caption="Hashed overlap by population" />
            <Group justify="space-between" align="flex-end">
              <Title order={5}>Your matched accounts</Title>
              {data.matches.length ? (
                <CsvExportButton
                  filename={`hashed-matches-${slug(partnerName)}`}
                  columns={[
                    { header: 'record_id', value: (m: HashedMatch) => m.ref },
                    { header: 'population', value: (m: HashedMatch) => m.population },
                    { header: 'matched_population', value: (m: HashedMatch) => m.otherPopulation },
                    { header: 'rule', value: (m: HashedMatch) => m.rule },
                    { header: 'confidence', value: (m: HashedMatch) => m.confidence },
                  ]}
                  fetchPage={async () => ({ items: data.matches, nextCursor: null })}
                />
              ) : null}
            </Group>
            {data.matches.length ? (
              <MatchesTable matches={data.matches} names={names} />
            ) : (
              <Text size="sm" c="dimmed">
                None listed: either nothing matched, or {otherName} shares its populations as counts only.
              </Text>
            )}
          </>
        )}
        {ownList && can('mapping.import') ? (
          <Group>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setDeleting(true)}
            >
              Remove your hashed list
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="hashed-title">
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={4} id="hashed-title">
              Private matching on hashed lists
            </Title>
            <Badge variant="light" color="gray" tt="none">
              Optional
            </Badge>
          </Group>
          {intro}
          {body}
        </Stack>
      </Paper>
      {can('mapping.import') ? (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="hashed-upload-title">
          <Title order={4} id="hashed-upload-title" mb="xs">
            Upload your side's hashed list
          </Title>
          <HashedUploadForm partnerId={partnerId} />
        </Paper>
      ) : null}
      <ConfirmDialog
        opened={deleting}
        onClose={() => setDeleting(false)}
        title="Remove your hashed list?"
        confirmLabel="Remove list"
        onConfirm={async () => {
          await unwrap(
            api.DELETE('/api/mapping/partners/{id}/hashed-lists/mine', {
              params: { path: { id: partnerId } },
            }),
          );
          await queryClient.invalidateQueries({ queryKey: hashedOverlapQuery(partnerId).queryKey });
          notifications.show({
            color: 'teal',
            title: 'Hashed list removed',
            message: 'Upload a new one at any time.',
          });
        }}
      >
        The hashes of your side are deleted and the hashed overlap is no longer computed. The regular account
        mapping is not affected.
      </ConfirmDialog>
    </Stack>
  );
}
