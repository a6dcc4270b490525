import {
  ActionIcon,
  Autocomplete,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { eventLabel, KNOWN_STEP_EVENTS } from './onboarding-format';
import type { StepDraft } from './template-draft';

/** The fields of one checklist step in the template editor, with its move and remove buttons. */
export function TemplateStepFields({
  step,
  index,
  count,
  errorOf,
  onChange,
  onMove,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<StepDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const field = (name: string) => errorOf(`steps.${index}.${name}`);
  return (
    <Paper withBorder radius="md" p="sm" component="fieldset" style={{ margin: 0 }} aria-label={`Step ${n}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm" aria-hidden>
            Step {n}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Move up" withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === 0}
                onClick={() => onMove(-1)}
                aria-label={`Move step ${n} up`}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down" withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === count - 1}
                onClick={() => onMove(1)}
                aria-label={`Move step ${n} down`}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove step" withArrow>
              <ActionIcon
                variant="subtle"
                color="red"
                disabled={count === 1}
                onClick={onRemove}
                aria-label={`Remove step ${n}`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={`Step ${n} title`}
            required
            maxLength={200}
            value={step.title}
            onChange={(e) => onChange({ title: e.currentTarget.value })}
            error={field('title')}
          />
          <TextInput
            label={`Step ${n} key`}
            description="Lower-case letters, digits, - or _"
            required
            maxLength={60}
            value={step.key}
            onChange={(e) => onChange({ key: e.currentTarget.value })}
            error={field('key')}
          />
        </SimpleGrid>
        <TextInput
          label={`Step ${n} description`}
          maxLength={2000}
          value={step.description}
          onChange={(e) => onChange({ description: e.currentTarget.value })}
          error={field('description')}
        />
        <Group align="flex-end" gap="md" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`step-${step.uid}-kind`}>
              How it completes
            </Text>
            <SegmentedControl
              aria-labelledby={`step-${step.uid}-kind`}
              value={step.kind}
              onChange={(value) => onChange({ kind: value as StepDraft['kind'] })}
              data={[
                { value: 'manual', label: 'Ticked by hand' },
                { value: 'automatic', label: 'On an event' },
              ]}
            />
          </Stack>
          {step.kind === 'automatic' ? (
            <Autocomplete
              label={`Step ${n} event`}
              description={
                step.eventType ? `Done when ${eventLabel(step.eventType)}` : 'The event that completes it'
              }
              required
              data={KNOWN_STEP_EVENTS}
              value={step.eventType}
              onChange={(eventType) => onChange({ eventType })}
              error={field('eventType')}
              w={{ base: '100%', sm: 280 }}
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}
          <Switch
            mb={8}
            label="Required to complete onboarding"
            checked={step.required}
            onChange={(e) => onChange({ required: e.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
