import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError, api, type Schemas, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { useFieldErrors } from '../../shared/form/field-errors';
import { blankToNull } from '../../shared/form/values';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import { ErrorState } from '../../shared/states/states';
import { DryRunPanel } from './dry-run-panel';
import { RuleCard } from './rule-card';
import { RULE_INFO, type RuleSetConfig } from './rule-info';
import {
  type ConfigDraft,
  configFrom,
  draftFrom,
  localErrors,
  moveRule,
  type RuleDraft,
  sameConfig,
  TIERS,
  type Tier,
} from './rule-set-draft';
import { VersionHistory } from './version-history';

type RuleSet = Schemas['RuleSet'];

const TIER_LABELS: Record<Tier, string> = {
  silver: 'Silver',
  gold: 'Gold',
  platinum: 'Platinum',
  untiered: 'No tier',
};

const rulesSetsQuery = {
  queryKey: ['rule-sets', 'list'],
  queryFn: () => unwrap(api.GET('/api/rule-sets')),
};

/** A one-line reading of a config: the rules in order and the protection windows. */
function ConfigSummary({ config }: { config: RuleSetConfig }) {
  const autoApprove = config.rules.find((r) => r.id === 'auto-approve');
  return (
    <Stack gap={6}>
      <Group gap={6} wrap="wrap">
        {config.rules.map((rule, i) => (
          <Badge
            key={rule.id}
            variant={rule.enabled ? 'light' : 'outline'}
            color={rule.enabled ? 'indigo' : 'gray'}
            tt="none"
            td={rule.enabled ? undefined : 'line-through'}
          >
            {i + 1}. {RULE_INFO[rule.id].title}
          </Badge>
        ))}
      </Group>
      <Text size="sm" c="dimmed">
        Protection{' '}
        {TIERS.map((t) => `${TIER_LABELS[t].toLowerCase()} ${config.protectionDays[t]}`).join(' / ')} days ·
        extension {config.extension.days} days (activity within {config.extension.activityWithinDays} days) ·
        reminder {config.reminderDaysBefore} days before expiry
        {autoApprove?.id === 'auto-approve' && autoApprove.enabled
          ? ` · automatic approval ${
              autoApprove.maxAmountMinor === null
                ? 'with no limit'
                : `up to ${formatMoney(autoApprove.maxAmountMinor, autoApprove.currency)}`
            }`
          : ''}
      </Text>
    </Stack>
  );
}

/** The rules of engagement: the active version, an editor for the next one with a dry run, and history. */
export function RuleSetPage() {
  const can = useCan();
  const versions = useQuery(rulesSetsQuery);
  const [base, setBase] = useState<RuleSet | null>(null);
  const items = versions.data?.items ?? [];
  const active = items.find((v) => v.active) ?? null;
  const editing = base ?? active;

  return (
    <>
      <PageHeader
        title="Rules of engagement"
        description="How deal registrations are decided: rules in order (the first that decides wins), protection windows by tier, extension and reminders."
      />
      {versions.error ? (
        <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
      ) : !versions.data || !editing ? (
        <Stack>
          <Skeleton height={110} radius="md" />
          <Skeleton height={420} radius="md" />
        </Stack>
      ) : (
        <Stack>
          {active ? (
            <Paper withBorder radius="md" p="md" component="section" aria-label="Active version">
              <Stack gap="xs">
                <Group gap="sm">
                  <Title order={4}>Active: version {active.version}</Title>
                  <Badge color="teal" variant="filled" tt="none" data-testid="active-version">
                    v{active.version} · {active.name}
                  </Badge>
                </Group>
                {active.note ? <Text size="sm">{active.note}</Text> : null}
                {active.createdAt ? (
                  <Text size="xs" c="dimmed">
                    Saved {formatDateTime(active.createdAt)}
                  </Text>
                ) : null}
                <ConfigSummary config={active.config} />
              </Stack>
            </Paper>
          ) : null}
          <RuleSetEditor
            key={`${editing.version}`}
            base={editing}
            isActive={editing.version === active?.version}
            canWrite={can('rulesets.write')}
            onSaved={(saved) => setBase(saved)}
            onReset={() => setBase(null)}
          />
          <VersionHistory
            versions={items}
            loading={versions.isLoading}
            error={versions.error}
            onRetry={() => versions.refetch()}
            canWrite={can('rulesets.write')}
            onEditCopy={(v) => {
              setBase(v);
              window.scrollTo({ top: 0, behavior: 'smooth' });
            }}
          />
        </Stack>
      )}
    </>
  );
}

function RuleSetEditor({
  base,
  isActive,
  canWrite,
  onSaved,
  onReset,
}: {
  base: RuleSet;
  isActive: boolean;
  canWrite: boolean;
  onSaved: (saved: RuleSet) => void;
  onReset: () => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const original = useMemo(() => draftFrom(base.config), [base]);
  const [draft, setDraft] = useState<ConfigDraft>(original);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [activate, setActivate] = useState(true);
  const [busy, setBusy] = useState(false);
  const config = configFrom(draft);
  const dirty = !sameConfig(config, configFrom(original));

  const setRule = (index: number, rule: RuleDraft) =>
    setDraft((d) => ({ ...d, rules: d.rules.map((r, i) => (i === index ? rule : r)) }));

  /** Local checks the API cannot make; shown at the fields like the API's own. */
  function validate(extra: { field: string; message: string }[] = []): boolean {
    const problems = [...localErrors(draft), ...extra];
    if (problems.length) errors.take(new ApiError(400, { errors: problems }));
    return problems.length === 0;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (
      !validate(
        name.trim() ? [] : [{ field: 'name', message: 'Name this version, e.g. “Stricter auto-approval”' }],
      )
    )
      return;
    setBusy(true);
    try {
      const saved = await unwrap(
        api.POST('/api/rule-sets', {
          body: { name: name.trim(), note: blankToNull(note), config, activate },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['rule-sets'] });
      notifications.show({
        color: 'teal',
        title: `Saved as version ${saved.version}`,
        message: saved.active
          ? 'It is active: new registrations are decided by it from now on.'
          : 'It is saved but not active; activate it from the version history.',
      });
      onSaved(saved);
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  const numberField = (
    label: string,
    field: string,
    value: number | string,
    onChange: (v: number | string) => void,
    description?: string,
    max = 730,
  ) => (
    <NumberInput
      key={field}
      label={label}
      description={description}
      min={1}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      value={value}
      onChange={onChange}
      error={errors.of(field)}
      suffix=" days"
    />
  );

  const configError = errors.errors['config.rules'] ?? errors.errors.config;
  const fieldErrorCount = Object.keys(errors.errors).filter((k) => k.startsWith('config')).length;

  return (
    <Stack>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Draft a new version">
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <div>
              <Title order={4}>Draft a new version</Title>
              <Text size="sm" c="dimmed">
                Starting from version {base.version} ({base.name}){isActive ? ', the active one' : ''}. Try it
                with a dry run before saving.
              </Text>
            </div>
            <Group gap="sm">
              {!isActive ? (
                <Button variant="subtle" onClick={onReset}>
                  Start from the active version
                </Button>
              ) : null}
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
            </Group>
          </Group>
          {dirty ? (
            <Text size="sm" c="orange.8" role="status">
              Unsaved changes.
            </Text>
          ) : null}
          {configError || (errors.general && !fieldErrorCount) ? (
            <Alert color="red" role="alert">
              {configError ?? errors.general}
            </Alert>
          ) : fieldErrorCount ? (
            <Alert color="red" role="alert">
              Some settings need fixing; they are marked below.
            </Alert>
          ) : null}
          <Title order={5}>Rules, in the order they are applied</Title>
          <Stack gap="sm">
            {draft.rules.map((rule, index) => (
              <RuleCard
                key={rule.id}
                rule={rule}
                index={index}
                count={draft.rules.length}
                readOnly={false}
                errors={errors.errors}
                onChange={(next) => setRule(index, next)}
                onMove={(delta) => setDraft((d) => ({ ...d, rules: moveRule(d.rules, index, delta) }))}
              />
            ))}
            <Text size="xs" c="dimmed">
              When no rule decides, the registration goes to a partner manager.
            </Text>
          </Stack>
          <Title order={5}>Protection by partner tier</Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {TIERS.map((tier) =>
              numberField(
                TIER_LABELS[tier],
                `config.protectionDays.${tier}`,
                draft.protectionDays[tier],
                (v) => setDraft((d) => ({ ...d, protectionDays: { ...d.protectionDays, [tier]: v } })),
              ),
            )}
          </SimpleGrid>
          <Title order={5}>Extension and reminders</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {numberField(
              'Extension',
              'config.extension.days',
              draft.extensionDays,
              (v) => setDraft((d) => ({ ...d, extensionDays: v })),
              'Added once to an approved registration',
            )}
            {numberField(
              'Activity window',
              'config.extension.activityWithinDays',
              draft.activityWithinDays,
              (v) => setDraft((d) => ({ ...d, activityWithinDays: v })),
              'The deal needs activity this recent to be extended',
            )}
            {numberField(
              'Reminder',
              'config.reminderDaysBefore',
              draft.reminderDaysBefore,
              (v) => setDraft((d) => ({ ...d, reminderDaysBefore: v })),
              'Before protection expires, the partner is reminded',
              90,
            )}
          </SimpleGrid>
        </Stack>
      </Paper>

      <DryRunPanel
        config={config}
        validate={() => validate()}
        onError={(error) => errors.take(error)}
        clearErrors={() => errors.clear()}
      />

      <Paper withBorder radius="md" p="md" component="section" aria-label="Save as a new version">
        {canWrite ? (
          <form onSubmit={save} noValidate>
            <Stack>
              <Title order={4}>Save as a new version</Title>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <TextInput
                  label="Version name"
                  required
                  maxLength={120}
                  placeholder="e.g. Stricter auto-approval"
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={errors.of('name')}
                />
                <Textarea
                  label="Note"
                  description="What changed and why"
                  autosize
                  minRows={1}
                  maxLength={1000}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  error={errors.of('note')}
                />
              </SimpleGrid>
              <Group justify="space-between" wrap="wrap">
                <Checkbox
                  label="Activate now"
                  description="New registrations are decided by this version from the moment it is saved"
                  checked={activate}
                  onChange={(e) => setActivate(e.currentTarget.checked)}
                />
                <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={16} />}>
                  Save as new version
                </Button>
              </Group>
              {!dirty ? (
                <Text size="xs" c="dimmed">
                  The draft is the same as version {base.version}; saving it makes an identical new version.
                </Text>
              ) : null}
            </Stack>
          </form>
        ) : (
          <Alert color="gray" icon={<IconInfoCircle size={18} />} title="Saving needs a program admin">
            You can edit the draft and dry-run it to see what would change; only program admins save and
            activate new versions.
          </Alert>
        )}
      </Paper>
    </Stack>
  );
}
