import { Alert, Button, Group, Menu, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDeviceFloppy, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { useFieldErrors } from '../shared/form/field-errors';
import { numberOrNull } from '../shared/form/values';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { EmptyState, ErrorState } from '../shared/states/states';
import {
  type CriterionDraft,
  type CriterionKind,
  draftFrom,
  KIND_INFO,
  KINDS,
  newDraft,
  specFrom,
} from './ipp-criteria';
import { CriterionEditor } from './ipp-criterion-editor';

type Ipp = Schemas['Ipp'];
interface SaveResult {
  version: number;
  rescored: number;
}

const specsOf = (drafts: CriterionDraft[]) => JSON.stringify(drafts.map(specFrom));

/** The ideal partner profile editor: weighted criteria, saved as a new version that rescores every partner. */
export function IppPage() {
  const ipp = useQuery({ queryKey: ['ipp'], queryFn: () => unwrap(api.GET('/api/ipp')) });
  const [lastSave, setLastSave] = useState<SaveResult | null>(null);
  return (
    <>
      <PageHeader
        title="Ideal partner profile"
        description="The weighted criteria every partner and prospect is scored against. The fit score is the share of the total weight a partner earns."
      />
      {ipp.error ? (
        <ErrorState error={ipp.error} onRetry={() => ipp.refetch()} />
      ) : !ipp.data ? (
        <Stack>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={150} radius="md" />
          ))}
        </Stack>
      ) : (
        <IppEditor
          key={ipp.data.version}
          ipp={ipp.data}
          lastSave={lastSave?.version === ipp.data.version ? lastSave : null}
          onSaved={setLastSave}
        />
      )}
    </>
  );
}

function IppEditor({
  ipp,
  lastSave,
  onSaved,
}: {
  ipp: Ipp;
  lastSave: SaveResult | null;
  onSaved: (result: SaveResult) => void;
}) {
  const can = useCan();
  const readOnly = !can('ipp.write');
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [original] = useState(() => ipp.criteria.map(draftFrom));
  const [drafts, setDrafts] = useState<CriterionDraft[]>(original);
  const [busy, setBusy] = useState(false);
  const dirty = specsOf(drafts) !== specsOf(original);
  const totalWeight = drafts.reduce((sum, d) => sum + (numberOrNull(d.weight) ?? 0), 0);

  const update = (key: string, patch: Partial<CriterionDraft>) =>
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const move = (index: number, delta: -1 | 1) =>
    setDrafts((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(index + delta, 0, item!);
      return next;
    });
  const add = (kind: CriterionKind) => setDrafts((all) => [...all, newDraft(kind)]);

  async function save() {
    errors.clear();
    setBusy(true);
    try {
      const result = await unwrap(api.PUT('/api/ipp', { body: { criteria: drafts.map(specFrom) } }));
      notifications.show({
        color: 'teal',
        title: `Profile saved as version ${result.version}`,
        message: `${result.rescored ?? 0} partners were rescored.`,
      });
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
      onSaved({ version: result.version, rescored: result.rescored ?? 0 });
      // The editor starts afresh on the new version.
      queryClient.setQueryData(['ipp'], result);
    } catch (error) {
      errors.take(error);
      // Bring the first criterion the API complained about into view.
      const first =
        error instanceof ApiError ? error.fieldErrors.find((e) => /^criteria\.\d+/.test(e.field)) : undefined;
      const index = first?.field.split('.')[1];
      if (index !== undefined) {
        requestAnimationFrame(() =>
          document
            .querySelector(`[data-testid="criterion-${index}"]`)
            ?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  const confirmation = lastSave;
  const criteriaError = errors.errors.criteria;

  const addMenu = (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          rightSection={<IconChevronDown size={14} />}
        >
          Add criterion
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {KINDS.map((kind) => (
          <Menu.Item key={kind} onClick={() => add(kind)}>
            <Text size="sm" fw={500}>
              {KIND_INFO[kind].title}
            </Text>
            <Text size="xs" c="dimmed" maw={320}>
              {KIND_INFO[kind].help}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Stack>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">
            {ipp.version > 0 ? (
              <>
                Version <b>{ipp.version}</b>, saved {formatDateTime(ipp.updatedAt)} · {drafts.length} criteria
                · total weight {totalWeight}
              </>
            ) : (
              'No profile saved yet.'
            )}
          </Text>
          {readOnly ? null : (
            <Group gap="sm">
              {dirty ? (
                <Button
                  variant="default"
                  onClick={() => {
                    setDrafts(original);
                    errors.clear();
                  }}
                >
                  Discard changes
                </Button>
              ) : null}
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                onClick={save}
                loading={busy}
                disabled={!dirty}
                data-testid="save-ipp"
              >
                Save as new version
              </Button>
            </Group>
          )}
        </Group>
      </Paper>
      {readOnly ? (
        <Alert color="gray" icon={<IconInfoCircle size={18} />}>
          Only program admins can change the ideal partner profile.
        </Alert>
      ) : null}
      {confirmation && !dirty ? (
        <Alert color="teal" title={`Saved as version ${confirmation.version}`} role="status">
          {confirmation.rescored} {confirmation.rescored === 1 ? 'partner was' : 'partners were'} rescored
          against the new profile.
        </Alert>
      ) : null}
      {errors.general || criteriaError ? (
        <Alert color="red" role="alert" title="The profile was not saved">
          {criteriaError ? `Criteria: ${criteriaError}` : errors.general}
        </Alert>
      ) : Object.keys(errors.errors).length ? (
        <Alert color="red" role="alert" title="The profile was not saved">
          Some criteria need fixing; they are marked below.
        </Alert>
      ) : null}
      {dirty && !readOnly ? (
        <Text size="sm" c="orange.8" role="status">
          Unsaved changes. Saving creates a new version and rescores every partner and prospect.
        </Text>
      ) : null}
      {drafts.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <EmptyState title="No criteria yet" action={readOnly ? null : addMenu}>
            Describe the partners who succeed with you — their type, regions, specializations, size,
            certifications and customer overlap — and give each criterion a weight. Every partner then gets a
            fit score with reasons.
          </EmptyState>
        </Paper>
      ) : (
        <>
          {drafts.map((draft, index) => (
            <CriterionEditor
              key={draft.key}
              draft={draft}
              index={index}
              count={drafts.length}
              totalWeight={totalWeight}
              readOnly={readOnly}
              errorOf={errors.of}
              errors={errors.errors}
              onChange={(patch) => update(draft.key, patch)}
              onMove={(delta) => move(index, delta)}
              onRemove={() => setDrafts((all) => all.filter((d) => d.key !== draft.key))}
            />
          ))}
          {readOnly ? null : <Group>{addMenu}</Group>}
        </>
      )}
    </Stack>
  );
}
