import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { currencyExponent, isCurrencyCode } from '../../shared/money';
import {
  customMetric,
  metricHelp,
  metricKind,
  metricLabel,
  STANDARD_TIER_METRICS,
} from '../../shared/tiers/tier-metrics';
import { addCriterion, type CriterionDraft, CUSTOM, type TierDraft } from './tier-program-draft';

const MAX_CRITERIA = 12;

/** Descriptions under the inputs, so the inputs of a row line up however long their help is. */
export const BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

const METRIC_OPTIONS = [
  ...STANDARD_TIER_METRICS.map((metric) => ({ value: metric, label: metricLabel(metric) })),
  { value: CUSTOM, label: 'Custom metric…' },
];

function ThresholdInput({
  criterion,
  currency,
  readOnly,
  error,
  onChange,
}: {
  criterion: CriterionDraft;
  currency: string;
  readOnly: boolean;
  error: string | undefined;
  onChange: (threshold: number | string) => void;
}) {
  const kind = metricKind(criterion.metric);
  const common = {
    label: 'Minimum',
    value: criterion.threshold,
    onChange,
    error,
    readOnly,
    min: 0,
    allowNegative: false,
    w: 200,
    inputWrapperOrder: BELOW,
  };
  if (kind === 'money') {
    const code = isCurrencyCode(currency) ? currency : 'USD';
    return (
      <NumberInput
        {...common}
        description={`${code}, last 12 months`}
        decimalScale={currencyExponent(code)}
        thousandSeparator=","
        rightSection={
          <Text size="xs" c="dimmed" pr={6}>
            {code}
          </Text>
        }
      />
    );
  }
  if (kind === 'share') {
    return (
      <NumberInput {...common} description="Share answering 4–5" max={100} decimalScale={1} suffix="%" />
    );
  }
  if (kind === 'count') {
    return (
      <NumberInput {...common} description="Last 12 months" allowDecimal={false} thousandSeparator="," />
    );
  }
  return <NumberInput {...common} description="As set per partner" decimalScale={4} />;
}

/** A tier's criteria: all must be met. Each is a metric and the least value that meets it. */
export function TierCriteriaEditor({
  tier,
  path,
  currency,
  readOnly,
  errorOf,
  onChange,
}: {
  tier: TierDraft;
  /** The tier's API field path, e.g. "tiers.1". */
  path: string;
  currency: string;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
  onChange: (tier: TierDraft) => void;
}) {
  const setCriterion = (index: number, patch: Partial<CriterionDraft>) =>
    onChange({ ...tier, criteria: tier.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  const used = new Set(tier.criteria.map((c) => c.metric));

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Criteria{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          (all must be met, and every tier below too)
        </Text>
      </Text>
      {tier.criteria.length === 0 ? (
        <Text size="sm" c="dimmed">
          No criteria: every partner qualifies. The entry tier usually has none.
        </Text>
      ) : null}
      {errorOf(`${path}.criteria`) && !tier.criteria.length ? (
        <Text size="sm" c="red" role="alert">
          {errorOf(`${path}.criteria`)}
        </Text>
      ) : null}
      {tier.criteria.map((criterion, j) => {
        const field = `${path}.criteria.${j}`;
        const name =
          criterion.metric !== CUSTOM
            ? metricLabel(criterion.metric)
            : criterion.customKey
              ? metricLabel(customMetric(criterion.customKey))
              : 'Custom metric';
        return (
          <Group
            key={criterion.uid}
            align="flex-start"
            gap="sm"
            wrap="wrap"
            role="group"
            aria-label={name}
            data-testid="tier-criterion-editor"
          >
            <Select
              label="Metric"
              data={METRIC_OPTIONS.map((o) => ({
                ...o,
                disabled: o.value !== CUSTOM && o.value !== criterion.metric && used.has(o.value),
              }))}
              value={criterion.metric}
              onChange={(metric) => metric && setCriterion(j, { metric, threshold: '' })}
              allowDeselect={false}
              readOnly={readOnly}
              error={criterion.metric === CUSTOM ? undefined : errorOf(`${field}.metric`)}
              description={
                criterion.metric === CUSTOM ? 'Set per partner below' : metricHelp(criterion.metric)
              }
              inputWrapperOrder={BELOW}
              w={260}
            />
            {criterion.metric === CUSTOM ? (
              <TextInput
                label="Custom metric key"
                description="Lower case, e.g. joint-webinars"
                inputWrapperOrder={BELOW}
                value={criterion.customKey}
                maxLength={40}
                onChange={(e) => setCriterion(j, { customKey: e.currentTarget.value.toLowerCase() })}
                error={errorOf(`${field}.metric`)}
                readOnly={readOnly}
                w={200}
              />
            ) : null}
            <ThresholdInput
              criterion={criterion}
              currency={currency}
              readOnly={readOnly}
              error={errorOf(`${field}.min`)}
              onChange={(threshold) => setCriterion(j, { threshold })}
            />
            {readOnly ? null : (
              <Tooltip label="Remove criterion" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  aria-label={`Remove the ${name} criterion`}
                  onClick={() => onChange({ ...tier, criteria: tier.criteria.filter((_, i) => i !== j) })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      })}
      {readOnly ? null : (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={tier.criteria.length >= MAX_CRITERIA}
            onClick={() => onChange(addCriterion(tier))}
          >
            Add criterion
          </Button>
        </Group>
      )}
    </Stack>
  );
}
