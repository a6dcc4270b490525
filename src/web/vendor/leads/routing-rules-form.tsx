import {
  Alert,
  Button,
  Group,
  MultiSelect,
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
import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { formatDateTime, stageLabel, typeLabel } from '../../shared/format';
import { LEADS_KEY, type RoutingRules } from '../../shared/leads/leads-api';

type Settings = Schemas['LeadRoutingSettings'];

const WEIGHTS: { key: keyof RoutingRules['weights']; label: string; help: string }[] = [
  { key: 'region', label: 'Region', help: 'The partner covers the lead’s region' },
  {
    key: 'specialization',
    label: 'Specialization',
    help: 'Share of the lead’s interests the partner covers',
  },
  { key: 'tier', label: 'Tier weight', help: 'The lead priority weight of the partner’s tier' },
  { key: 'capacity', label: 'Free capacity', help: 'Room left under the partner’s capacity' },
  { key: 'acceptance', label: 'Acceptance rate', help: 'Accepted share of answered offers, last 90 days' },
  { key: 'fit', label: 'Fit score', help: 'The partner’s ideal-partner-profile fit' },
];
const STAGES = ['prospect', 'recruited', 'onboarding', 'active', 'at_risk', 'churned'] as const;
const TYPES = ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'] as const;

const num = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

/** The program's lead routing rules: filters, the weights of the scored criteria, minimums, capacity and SLA. */
export function RoutingRulesForm({ settings }: { settings: Settings }) {
  const can = useCan();
  const readOnly = !can('leads.routing.write');
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [rules, setRules] = useState<RoutingRules>(settings.rules);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(rules) !== JSON.stringify(settings.rules);
  const set = <K extends keyof RoutingRules>(key: K, value: RoutingRules[K]) =>
    setRules((r) => ({ ...r, [key]: value }));
  const totalWeight = Object.values(rules.weights).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);

  async function save(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const saved = await unwrap(api.PUT('/api/leads/routing-rules', { body: rules }));
      queryClient.setQueryData([LEADS_KEY, 'routing-rules'], saved);
      notifications.show({
        color: 'teal',
        title: 'Routing rules saved',
        message: 'The next routing run uses them.',
      });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} aria-label="Lead routing rules">
      <Stack>
        {readOnly ? (
          <Alert color="gray" variant="light">
            Only an administrator changes the routing rules.
          </Alert>
        ) : null}
        <FormError message={errors.general} />
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={5}>Who may receive leads</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect
                label="Partner stages"
                data={STAGES.map((s) => ({ value: s, label: stageLabel(s) }))}
                value={rules.eligibleStages}
                onChange={(v) => set('eligibleStages', v as RoutingRules['eligibleStages'])}
                error={errors.of('eligibleStages')}
                disabled={readOnly}
              />
              <MultiSelect
                label="Partner types"
                data={TYPES.map((t) => ({ value: t, label: typeLabel(t) }))}
                value={rules.eligibleTypes}
                onChange={(v) => set('eligibleTypes', v as RoutingRules['eligibleTypes'])}
                error={errors.of('eligibleTypes')}
                disabled={readOnly}
              />
            </SimpleGrid>
            <Group>
              <Switch
                label="Only partners covering the lead’s region"
                checked={rules.filterRegion}
                onChange={(e) => set('filterRegion', e.currentTarget.checked)}
                disabled={readOnly}
              />
              <Switch
                label="Only partners with one of the lead’s interests"
                checked={rules.filterSpecialization}
                onChange={(e) => set('filterSpecialization', e.currentTarget.checked)}
                disabled={readOnly}
              />
              <Switch
                label="Campaign leads go to the campaign’s partner first"
                checked={rules.sourcePartnerFirst}
                onChange={(e) => set('sourcePartnerFirst', e.currentTarget.checked)}
                disabled={readOnly}
              />
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={5}>Weights</Title>
            <Text size="sm" c="dimmed">
              Each eligible partner scores 0–100 as the weighted mean of these criteria; the best score gets
              the lead, and equal scores go round-robin to the partner offered a lead least recently.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {WEIGHTS.map((w) => (
                <NumberInput
                  key={w.key}
                  clampBehavior="none"
                  label={w.label}
                  description={`${w.help} · ${totalWeight > 0 ? Math.round((rules.weights[w.key] / totalWeight) * 100) : 0}% of the score`}
                  min={0}
                  max={100}
                  value={rules.weights[w.key]}
                  onChange={(v) => set('weights', { ...rules.weights, [w.key]: num(v) })}
                  error={
                    errors.of(`weights.${w.key}`) ?? (w.key === 'region' ? errors.of('weights') : undefined)
                  }
                  disabled={readOnly}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={5}>Limits and SLA</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                clampBehavior="none"
                label="SLA (hours)"
                description="Time to accept or decline before the lead moves on"
                min={1}
                value={rules.slaHours}
                onChange={(v) => set('slaHours', num(v))}
                error={errors.of('slaHours')}
                disabled={readOnly}
              />
              <NumberInput
                clampBehavior="none"
                label="Capacity per partner"
                description="Open leads (offered or accepted) at once"
                min={1}
                value={rules.defaultCapacity}
                onChange={(v) => set('defaultCapacity', num(v))}
                error={errors.of('defaultCapacity')}
                disabled={readOnly}
              />
              <NumberInput
                clampBehavior="none"
                label="Minimum partner score"
                description="Below it the lead stays with you"
                min={0}
                max={100}
                value={rules.minPartnerScore}
                onChange={(v) => set('minPartnerScore', num(v))}
                error={errors.of('minPartnerScore')}
                disabled={readOnly}
              />
              <NumberInput
                clampBehavior="none"
                label="Minimum lead score"
                description="Leads scored lower are not routed"
                min={0}
                max={100}
                value={rules.minLeadScore}
                onChange={(v) => set('minLeadScore', num(v))}
                error={errors.of('minLeadScore')}
                disabled={readOnly}
              />
              <NumberInput
                clampBehavior="none"
                label="Answers before the acceptance rate counts"
                min={0}
                value={rules.minAcceptanceSample}
                onChange={(v) => set('minAcceptanceSample', num(v))}
                error={errors.of('minAcceptanceSample')}
                disabled={readOnly}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {settings.updatedAt
              ? `Saved ${formatDateTime(settings.updatedAt)}`
              : 'The default rules (never changed)'}
          </Text>
          {readOnly ? null : (
            <Group>
              <Button variant="default" disabled={!dirty} onClick={() => setRules(settings.rules)}>
                Reset
              </Button>
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} />}
                loading={busy}
                disabled={!dirty}
              >
                Save rules
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </form>
  );
}
