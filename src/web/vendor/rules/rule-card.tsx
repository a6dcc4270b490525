import {
  ActionIcon,
  Badge,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { RULE_INFO } from './rule-info';
import { amountScale, type RuleDraft } from './rule-set-draft';

/** One rule of the ordered list: switch it on or off, move it, and tune its parameters. */
export function RuleCard({
  rule,
  index,
  count,
  readOnly,
  errors,
  onChange,
  onMove,
}: {
  rule: RuleDraft;
  index: number;
  count: number;
  readOnly: boolean;
  /** The API's field errors, e.g. "config.rules.0.lookbackDays". */
  errors: Record<string, string>;
  onChange: (rule: RuleDraft) => void;
  onMove: (delta: -1 | 1) => void;
}) {
  const info = RULE_INFO[rule.id];
  const path = `config.rules.${index}`;
  const errorOf = (field: string) => errors[field];
  const ruleError = errors[path] ?? errors[`${path}.id`] ?? errors[`${path}.enabled`];
  const hasError = Object.keys(errors).some((k) => k === path || k.startsWith(`${path}.`));

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="fieldset"
      aria-label={`Rule ${index + 1}: ${info.title}`}
      data-testid={`rule-${rule.id}`}
      style={{
        margin: 0,
        minWidth: 0,
        borderColor: hasError ? 'var(--mantine-color-red-5)' : undefined,
        opacity: rule.enabled ? 1 : 0.75,
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge variant="filled" color={rule.enabled ? 'teal' : 'gray'} circle mt={2}>
              {index + 1}
            </Badge>
            <Stack gap={2}>
              <Text fw={600}>{info.title}</Text>
              <Text size="xs" c="dimmed" maw={640}>
                {info.help}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Switch
              label={rule.enabled ? 'On' : 'Off'}
              aria-label={`${info.title} enabled`}
              checked={rule.enabled}
              disabled={readOnly}
              onChange={(e) => onChange({ ...rule, enabled: e.currentTarget.checked })}
            />
            {readOnly ? null : (
              <>
                <Tooltip label="Move up (evaluated earlier)" withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === 0}
                    onClick={() => onMove(-1)}
                    aria-label={`Move ${info.title} up`}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Move down (evaluated later)" withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === count - 1}
                    onClick={() => onMove(1)}
                    aria-label={`Move ${info.title} down`}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </Tooltip>
              </>
            )}
          </Group>
        </Group>
        {ruleError ? (
          <Text size="sm" c="red" role="alert">
            {ruleError}
          </Text>
        ) : null}
        {rule.id === 'direct-opportunity' ? (
          <Group align="flex-start" gap="lg" wrap="wrap">
            <NumberInput
              label="Look back (days)"
              description="Direct opportunities opened this long before the registration count"
              min={1}
              max={730}
              allowDecimal={false}
              allowNegative={false}
              value={rule.lookbackDays}
              onChange={(lookbackDays) => onChange({ ...rule, lookbackDays })}
              error={errorOf(`${path}.lookbackDays`)}
              readOnly={readOnly}
              w={260}
            />
            <Checkbox
              mt={28}
              label="Product-line coexistence"
              description="A registration adding a product line the opportunity lacks goes to a manager instead of being rejected"
              checked={rule.productLineCoexistence}
              disabled={readOnly}
              onChange={(e) => onChange({ ...rule, productLineCoexistence: e.currentTarget.checked })}
              maw={420}
            />
          </Group>
        ) : null}
        {rule.id === 'partner-conflict' ? (
          <Checkbox
            label="Same product line only"
            description="Only a registration sharing a product line conflicts; otherwise any registration on the account does"
            checked={rule.sameProductLineOnly}
            disabled={readOnly}
            onChange={(e) => onChange({ ...rule, sameProductLineOnly: e.currentTarget.checked })}
          />
        ) : null}
        {rule.id === 'auto-approve' ? (
          <Group align="flex-start" gap="lg" wrap="wrap">
            <NumberInput
              label="Approve automatically up to"
              description="Estimated amount, in whole currency units"
              min={0}
              allowNegative={false}
              decimalScale={amountScale(rule.currency)}
              thousandSeparator=","
              value={rule.noLimit ? '' : rule.maxAmount}
              placeholder={rule.noLimit ? 'No limit' : undefined}
              disabled={rule.noLimit || readOnly}
              onChange={(maxAmount) => onChange({ ...rule, maxAmount })}
              error={errorOf(`${path}.maxAmountMinor`)}
              w={260}
            />
            <TextInput
              label="Currency"
              description="ISO code"
              value={rule.currency}
              maxLength={3}
              onChange={(e) => onChange({ ...rule, currency: e.currentTarget.value.toUpperCase() })}
              error={errorOf(`${path}.currency`)}
              readOnly={readOnly}
              w={100}
            />
            <Checkbox
              mt={28}
              label="No limit"
              description="Approve any amount no rule above stopped"
              checked={rule.noLimit}
              disabled={readOnly}
              onChange={(e) => onChange({ ...rule, noLimit: e.currentTarget.checked })}
            />
          </Group>
        ) : null}
        {rule.id === 'auto-approve' && rule.currency ? (
          <Text size="xs" c="dimmed">
            Registrations in another currency than {rule.currency} always go to a manager.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
