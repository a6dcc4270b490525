import {
  ActionIcon,
  Badge,
  Chip,
  Group,
  Input,
  NumberInput,
  Paper,
  SimpleGrid,
  Slider,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { listFieldError } from '../shared/form/list-field-error';
import { numberOrNull } from '../shared/form/values';
import { typeLabel } from '../shared/format';
import { type CriterionDraft, KIND_INFO } from './ipp-criteria';
import { PARTNER_TYPES, type PartnerType, REGIONS, type Region, regionLabel } from './options';

function Selected({ values }: { values: string[] }) {
  return (
    <Group gap="xs" mt={6}>
      {values.length ? (
        values.map((v) => (
          <Badge key={v} variant="light" color="teal" tt="none" size="lg">
            {v}
          </Badge>
        ))
      ) : (
        <Text size="sm" c="dimmed">
          None
        </Text>
      )}
    </Group>
  );
}

export function CriterionEditor({
  draft,
  index,
  count,
  totalWeight,
  readOnly,
  errorOf,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  draft: CriterionDraft;
  index: number;
  count: number;
  totalWeight: number;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
  errors: Record<string, string>;
  onChange: (patch: Partial<CriterionDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const path = `criteria.${index}`;
  const weight = numberOrNull(draft.weight) ?? 0;
  const share = totalWeight > 0 ? Math.round((100 * weight) / totalWeight) : 0;
  const info = KIND_INFO[draft.kind];
  const hasError = Object.keys(errors).some((k) => k === path || k.startsWith(`${path}.`));

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="fieldset"
      aria-label={`Criterion ${index + 1}: ${draft.label || info.title}`}
      style={{ borderColor: hasError ? 'var(--mantine-color-red-5)' : undefined, margin: 0, minWidth: 0 }}
      data-testid={`criterion-${index}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Badge variant="filled" color="gray" circle>
              {index + 1}
            </Badge>
            <Badge variant="light" color="indigo" tt="none">
              {info.title}
            </Badge>
            <Text size="xs" c="dimmed">
              {info.help}
            </Text>
          </Group>
          {readOnly ? null : (
            <Group gap={4} wrap="nowrap">
              <Tooltip label="Move up" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === 0}
                  onClick={() => onMove(-1)}
                  aria-label={`Move criterion ${index + 1} up`}
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
                  aria-label={`Move criterion ${index + 1} down`}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Remove" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={onRemove}
                  aria-label={`Remove criterion ${index + 1}`}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TextInput
            label="Label"
            description="Shown with each partner's fit reasons"
            value={draft.label}
            onChange={(e) => onChange({ label: e.currentTarget.value })}
            error={errorOf(`${path}.label`)}
            readOnly={readOnly}
            maxLength={120}
          />
          <Stack gap={4}>
            <Group gap="sm" align="flex-end" wrap="nowrap">
              <NumberInput
                hideControls={readOnly}
                label="Weight"
                description={`${share}% of the score`}
                min={1}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                value={draft.weight}
                onChange={(weight) => onChange({ weight })}
                error={errorOf(`${path}.weight`)}
                readOnly={readOnly}
                w={120}
              />
              {readOnly ? null : (
                <Slider
                  style={{ flex: 1 }}
                  mb={10}
                  min={1}
                  max={100}
                  value={weight || 1}
                  onChange={(w) => onChange({ weight: w })}
                  label={(v) => `${v}`}
                  aria-label={`Weight of criterion ${index + 1}`}
                  marks={[{ value: 25 }, { value: 50 }, { value: 75 }]}
                />
              )}
            </Group>
          </Stack>
        </SimpleGrid>
        {draft.kind === 'partner_type' ? (
          <Input.Wrapper label="Preferred types" error={errorOf(`${path}.preferred`)}>
            {readOnly ? (
              <Selected values={draft.preferred.map(typeLabel)} />
            ) : (
              <Chip.Group
                multiple
                value={draft.preferred}
                onChange={(v) => onChange({ preferred: v as PartnerType[] })}
              >
                <Group gap="xs" mt={6}>
                  {PARTNER_TYPES.map((t) => (
                    <Chip key={t} value={t} size="sm">
                      {typeLabel(t)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            )}
          </Input.Wrapper>
        ) : null}
        {draft.kind === 'region' ? (
          <Input.Wrapper label="Target regions" error={errorOf(`${path}.targets`)}>
            {readOnly ? (
              <Selected values={draft.targets.map((r) => `${r} · ${regionLabel(r)}`)} />
            ) : (
              <Chip.Group
                multiple
                value={draft.targets}
                onChange={(v) => onChange({ targets: v as Region[] })}
              >
                <Group gap="xs" mt={6}>
                  {REGIONS.map((r) => (
                    <Chip key={r} value={r} size="sm">
                      {r} · {regionLabel(r)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            )}
          </Input.Wrapper>
        ) : null}
        {draft.kind === 'specialization' ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <TagsInput
              label="Wanted specializations"
              description="Press Enter after each, e.g. security, cloud-migration"
              value={draft.wanted}
              onChange={(wanted) => onChange({ wanted: wanted.map((w) => w.trim().toLowerCase()) })}
              error={listFieldError(errors, `${path}.wanted`, draft.wanted)}
              readOnly={readOnly}
              splitChars={[',']}
              clearable
            />
            <NumberInput
              hideControls={readOnly}
              label="How many earn full points"
              min={1}
              max={50}
              allowDecimal={false}
              value={draft.enough}
              onChange={(enough) => onChange({ enough })}
              error={errorOf(`${path}.enough`)}
              readOnly={readOnly}
            />
          </SimpleGrid>
        ) : null}
        {draft.kind === 'company_size' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <NumberInput
              hideControls={readOnly}
              label="Minimum employees"
              placeholder="No minimum"
              min={0}
              allowDecimal={false}
              thousandSeparator=","
              value={draft.min}
              onChange={(min) => onChange({ min })}
              error={errorOf(`${path}.min`)}
              readOnly={readOnly}
            />
            <NumberInput
              hideControls={readOnly}
              label="Maximum employees"
              placeholder="No maximum"
              min={1}
              allowDecimal={false}
              thousandSeparator=","
              value={draft.max}
              onChange={(max) => onChange({ max })}
              error={errorOf(`${path}.max`)}
              readOnly={readOnly}
            />
          </SimpleGrid>
        ) : null}
        {draft.kind === 'certifications' || draft.kind === 'account_overlap' ? (
          <NumberInput
            hideControls={readOnly}
            label={
              draft.kind === 'certifications'
                ? 'Certified people for full points'
                : 'Shared accounts for full points'
            }
            min={1}
            allowDecimal={false}
            thousandSeparator=","
            value={draft.target}
            onChange={(target) => onChange({ target })}
            error={errorOf(`${path}.target`)}
            readOnly={readOnly}
            maw={280}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
