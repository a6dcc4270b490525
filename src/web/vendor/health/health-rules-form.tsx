import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { useFieldErrors } from '../../shared/form/field-errors';
import { formatDateTime } from '../../shared/format';

type Rules = Schemas['HealthRules'];
type Settings = Schemas['HealthSettings'];

function rulesOf(settings: Settings): Rules {
  const { updatedAt: _, ...rules } = settings;
  return rules;
}

function RuleCard({
  title,
  help,
  enabled,
  onToggle,
  readOnly,
  children,
}: {
  title: string;
  help: string;
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  readOnly: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={5}>{title}</Title>
            <Text size="sm" c="dimmed">
              {help}
            </Text>
          </Stack>
          <Switch
            checked={enabled}
            onChange={(e) => onToggle(e.currentTarget.checked)}
            disabled={readOnly}
            label={enabled ? 'On' : 'Off'}
            aria-label={`${title} rule`}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>{children}</SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** The program's health rules: which signals put an active partner at risk, and how strictly. */
export function HealthRulesForm({ settings }: { settings: Settings }) {
  const can = useCan();
  const readOnly = !can('health.write');
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [rules, setRules] = useState<Rules>(() => rulesOf(settings));
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(rules) !== JSON.stringify(rulesOf(settings));

  function patch<K extends keyof Rules>(key: K, value: Partial<Rules[K]>) {
    setRules((all) => ({
      ...all,
      [key]: typeof all[key] === 'object' ? { ...(all[key] as object), ...value } : value,
    }));
  }
  const num = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

  async function save(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const saved = await unwrap(api.PUT('/api/partner-health/rules', { body: rules }));
      queryClient.setQueryData(['health-rules'], saved);
      await queryClient.invalidateQueries({ queryKey: ['health-preview'] });
      notifications.show({
        color: 'teal',
        title: 'Health rules saved',
        message: 'The preview shows their effect now.',
      });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} aria-label="Health rules">
      <Stack>
        {readOnly ? (
          <Alert color="gray" variant="light">
            Only an administrator changes the health rules.
          </Alert>
        ) : null}
        {errors.general ? <Alert color="red">{errors.general}</Alert> : null}
        <RuleCard
          title="No activity"
          help="At risk after a stretch without anything the partner does itself: registrations, deals, learning, list uploads, portal sign-ins. Counted from activation at the earliest."
          enabled={rules.noActivity.enabled}
          onToggle={(enabled) => patch('noActivity', { enabled })}
          readOnly={readOnly}
        >
          <NumberInput
            clampBehavior="none"
            label="Days without activity"
            min={1}
            value={rules.noActivity.days}
            onChange={(v) => patch('noActivity', { days: num(v) })}
            error={errors.of('noActivity.days')}
            disabled={readOnly}
          />
        </RuleCard>
        <RuleCard
          title="Falling revenue"
          help="At risk when the partner's closed-won revenue (sourced and influenced, in the tier program currency) falls sharply against the window just before."
          enabled={rules.fallingRevenue.enabled}
          onToggle={(enabled) => patch('fallingRevenue', { enabled })}
          readOnly={readOnly}
        >
          <NumberInput
            clampBehavior="none"
            label="Window (days)"
            min={1}
            value={rules.fallingRevenue.windowDays}
            onChange={(v) => patch('fallingRevenue', { windowDays: num(v) })}
            error={errors.of('fallingRevenue.windowDays')}
            disabled={readOnly}
          />
          <NumberInput
            clampBehavior="none"
            label="Fall of at least (%)"
            min={1}
            max={100}
            value={rules.fallingRevenue.dropPercent}
            onChange={(v) => patch('fallingRevenue', { dropPercent: num(v) })}
            error={errors.of('fallingRevenue.dropPercent')}
            disabled={readOnly}
          />
          <NumberInput
            clampBehavior="none"
            label="Previous window at least"
            description="Whole currency units; smaller partners are not compared"
            min={0}
            value={rules.fallingRevenue.minPreviousRevenueMinor / 100}
            onChange={(v) => patch('fallingRevenue', { minPreviousRevenueMinor: Math.round(num(v) * 100) })}
            error={errors.of('fallingRevenue.minPreviousRevenueMinor')}
            disabled={readOnly}
          />
        </RuleCard>
        <RuleCard
          title="Lapsed certifications"
          help="At risk when certificates expired without renewal and too few certified people are left."
          enabled={rules.expiredCertifications.enabled}
          onToggle={(enabled) => patch('expiredCertifications', { enabled })}
          readOnly={readOnly}
        >
          <NumberInput
            clampBehavior="none"
            label="Expired within (days)"
            min={1}
            value={rules.expiredCertifications.withinDays}
            onChange={(v) => patch('expiredCertifications', { withinDays: num(v) })}
            error={errors.of('expiredCertifications.withinDays')}
            disabled={readOnly}
          />
          <NumberInput
            clampBehavior="none"
            label="Certified people expected"
            min={1}
            value={rules.expiredCertifications.minCertifiedPeople}
            onChange={(v) => patch('expiredCertifications', { minCertifiedPeople: num(v) })}
            error={errors.of('expiredCertifications.minCertifiedPeople')}
            disabled={readOnly}
          />
        </RuleCard>
        <Paper withBorder p="md" radius="md">
          <NumberInput
            clampBehavior="none"
            label="A manager's recovery holds for (days)"
            description="After a manager moves a partner out of at risk by hand, the rules leave it alone this long."
            min={0}
            max={365}
            maw={360}
            value={rules.manualOverrideDays}
            onChange={(v) => setRules((all) => ({ ...all, manualOverrideDays: num(v) }))}
            error={errors.of('manualOverrideDays')}
            disabled={readOnly}
          />
        </Paper>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {settings.updatedAt
              ? `Saved ${formatDateTime(settings.updatedAt)}`
              : 'The default rules are in force.'}
          </Text>
          {readOnly ? null : (
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={busy}
              disabled={!dirty}
            >
              Save rules
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
