import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { ApiError, api, unwrap } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { useFieldErrors } from '../../shared/form/field-errors';
import { formatDateTime, formatNumber } from '../../shared/format';
import { TIERS_KEY, tierProgramQuery } from '../../shared/tiers/tier-queries';
import { partnerSummaryQuery } from '../queries';
import { ProgramSettingsFields } from './program-settings-fields';
import { TierCard } from './tier-card';
import {
  addTier,
  bodyFrom,
  draftFrom,
  moveTier,
  type ProgramDraft,
  sameDraft,
  type TierProgram,
} from './tier-program-draft';

/**
 * The tier program as a form: settings, then the tiers from the top down, saved as a whole with
 * `PUT /api/tiers`. Without `tiers.write` it is shown read-only.
 */
export function TierProgramEditor({
  program,
  canWrite,
  onDirtyChange,
}: {
  program: TierProgram;
  canWrite: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const original = useMemo(() => draftFrom(program), [program]);
  const [draft, setDraft] = useState<ProgramDraft>(original);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const summary = useQuery(partnerSummaryQuery);
  const dirty = !sameDraft(draft, original);
  const readOnly = !canWrite;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const holdersOf = (key: string | null) =>
    key === null || !summary.data ? undefined : (summary.data.byTier.find((t) => t.key === key)?.count ?? 0);
  const setTiers = (update: (tiers: ProgramDraft['tiers']) => ProgramDraft['tiers']) =>
    setDraft((d) => ({ ...d, tiers: update(d.tiers) }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (readOnly) return;
    errors.clear();
    const { body, problems } = bodyFrom(draft);
    if (problems.length) {
      errors.take(new ApiError(400, { errors: problems }));
      return;
    }
    setBusy(true);
    try {
      const saved = await unwrap(api.PUT('/api/tiers', { body }));
      queryClient.setQueryData(tierProgramQuery.queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: TIERS_KEY });
      notifications.show({
        color: 'teal',
        title: 'Tier program saved',
        message: 'It applies from the next evaluation. Preview who would move on the evaluation tab.',
      });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrorCount = Object.keys(errors.errors).length;
  const removingTier = removing === null ? null : draft.tiers[removing];
  const removingHolders = removingTier ? holdersOf(removingTier.savedKey) : undefined;
  const tierError = errors.errors.tiers;

  return (
    <form onSubmit={save} noValidate aria-label="Tier program">
      <Stack>
        {readOnly ? (
          <Alert color="gray" icon={<IconInfoCircle size={18} />} title="Read only">
            Only program admins change the tier program. You can read it here and preview an evaluation.
          </Alert>
        ) : null}
        <Paper withBorder radius="md" p="md" component="section" aria-label="Program settings">
          <Stack>
            <Title order={4}>Program settings</Title>
            <ProgramSettingsFields
              draft={draft}
              readOnly={readOnly}
              errorOf={errors.of}
              onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            />
          </Stack>
        </Paper>

        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={4}>Tiers</Title>
            <Text size="sm" c="dimmed">
              From the top tier down. A partner holds the highest tier whose criteria it meets, when it meets
              every tier below too. Metrics are over the last 12 months.
            </Text>
          </div>
          {readOnly ? null : (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              disabled={draft.tiers.length >= 10}
              onClick={() => {
                const tiers = addTier(draft.tiers);
                setDraft((d) => ({ ...d, tiers }));
                setAdded(tiers[tiers.length - 1]!.uid);
              }}
            >
              Add tier
            </Button>
          )}
        </Group>
        {tierError ? (
          <Alert color="red" role="alert">
            {tierError}
          </Alert>
        ) : null}
        <Stack gap="sm">
          {draft.tiers
            .map((tier, index) => (
              <TierCard
                key={tier.uid}
                tier={tier}
                index={index}
                count={draft.tiers.length}
                currency={draft.currency}
                holders={holdersOf(tier.savedKey)}
                readOnly={readOnly}
                focusName={tier.uid === added}
                errorOf={errors.of}
                onChange={(next) => setTiers((tiers) => tiers.map((t, i) => (i === index ? next : t)))}
                onMove={(delta) => setTiers((tiers) => moveTier(tiers, index, delta))}
                onRemove={() =>
                  holdersOf(tier.savedKey)
                    ? setRemoving(index)
                    : setTiers((tiers) => tiers.filter((_, i) => i !== index))
                }
              />
            ))
            .reverse()}
        </Stack>

        {readOnly ? null : (
          <Paper
            withBorder
            radius="md"
            p="md"
            pos="sticky"
            bottom={0}
            style={{ zIndex: 2 }}
            component="section"
            aria-label="Save the tier program"
          >
            <Stack gap="xs">
              {errors.general ? (
                <Alert color="red" role="alert">
                  {errors.general}
                </Alert>
              ) : fieldErrorCount ? (
                <Alert color="red" role="alert">
                  Some fields need fixing; they are marked above.
                </Alert>
              ) : null}
              <Group justify="space-between" wrap="wrap">
                <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} role="status">
                  {dirty
                    ? 'Unsaved changes.'
                    : program.updatedAt
                      ? `Saved ${formatDateTime(program.updatedAt)}.`
                      : 'The default program: not changed yet.'}
                </Text>
                <Group gap="sm">
                  {dirty ? (
                    <Button
                      variant="default"
                      onClick={() => {
                        setDraft(original);
                        errors.clear();
                      }}
                    >
                      Discard changes
                    </Button>
                  ) : null}
                  <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={16} />}>
                    Save tier program
                  </Button>
                </Group>
              </Group>
            </Stack>
          </Paper>
        )}
      </Stack>
      <ConfirmDialog
        opened={removingTier !== null && removingTier !== undefined}
        onClose={() => setRemoving(null)}
        title={`Remove ${removingTier?.name || 'this tier'}?`}
        confirmLabel="Remove tier"
        onConfirm={async () => {
          const index = removing;
          setTiers((tiers) => tiers.filter((_, i) => i !== index));
        }}
      >
        {formatNumber(removingHolders ?? 0)} {removingHolders === 1 ? 'partner holds' : 'partners hold'} this
        tier. Once the program is saved without it, the next evaluation assigns them the tier their results
        qualify for.
      </ConfirmDialog>
    </form>
  );
}
