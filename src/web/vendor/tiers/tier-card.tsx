import {
  ActionIcon,
  Badge,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { formatNumber } from '../../shared/format';
import { BENEFITS, type BenefitKey } from '../../shared/tiers/tier-progress';
import { BELOW, TierCriteriaEditor } from './tier-criteria-editor';
import { renameTier, type TierDraft } from './tier-program-draft';

const BENEFIT_INPUTS: Record<
  BenefitKey,
  { description: string; min: number; max: number; decimals: number; suffix?: string; prefix?: string }
> = {
  discountPercent: { description: 'Off list price', min: 0, max: 100, decimals: 2, suffix: '%' },
  protectionDays: { description: 'Approved registrations', min: 1, max: 730, decimals: 0, suffix: ' days' },
  mdfSharePercent: { description: 'Of the MDF budget', min: 0, max: 100, decimals: 2, suffix: '%' },
  leadPriorityWeight: { description: 'Weight in lead routing', min: 0, max: 100, decimals: 2, prefix: '×' },
};

/** One tier of the program: its name and key, criteria and benefits, with moves up and down the ranks. */
export function TierCard({
  tier,
  index,
  count,
  currency,
  holders,
  readOnly,
  errorOf,
  onChange,
  onMove,
  onRemove,
  focusName = false,
}: {
  tier: TierDraft;
  /** Position from the entry tier (0) up; the rank it is saved with is index + 1. */
  index: number;
  count: number;
  currency: string;
  /** Partners holding this tier now, when known. */
  holders: number | undefined;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
  onChange: (tier: TierDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Puts the cursor in the name, for a tier just added. */
  focusName?: boolean;
}) {
  const nameRef = useRef<HTMLInputElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusName) nameRef.current?.focus();
  }, [focusName]);

  /** Moving re-orders the cards, which can take the focus away: it stays on the button pressed. */
  function move(delta: -1 | 1) {
    onMove(delta);
    requestAnimationFrame(() => {
      const [pressed, other] = delta === 1 ? [upRef, downRef] : [downRef, upRef];
      (pressed.current && !pressed.current.disabled ? pressed.current : other.current)?.focus();
    });
  }

  const path = `tiers.${index}`;
  const title = tier.name.trim() || 'New tier';
  const keyChanged = tier.savedKey !== null && tier.key.trim() !== tier.savedKey;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="fieldset"
      aria-label={`Tier ${title}`}
      data-testid={`tier-card-${tier.savedKey ?? tier.uid}`}
      style={{ margin: 0, minWidth: 0 }}
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap">
            <Badge variant="filled" color="grape" tt="none">
              Rank {index + 1}
            </Badge>
            <Text fw={700} size="lg">
              {title}
            </Text>
            {index === 0 ? (
              <Text size="xs" c="dimmed">
                entry tier
              </Text>
            ) : index === count - 1 ? (
              <Text size="xs" c="dimmed">
                top tier
              </Text>
            ) : null}
            {holders !== undefined ? (
              <Text size="xs" c="dimmed">
                · {formatNumber(holders)} {holders === 1 ? 'partner holds' : 'partners hold'} it
              </Text>
            ) : null}
          </Group>
          {readOnly ? null : (
            <Group gap={4} wrap="nowrap">
              <Tooltip label="Move up a rank" withArrow>
                <ActionIcon
                  ref={upRef}
                  variant="subtle"
                  color="gray"
                  disabled={index === count - 1}
                  onClick={() => move(1)}
                  aria-label={`Move ${title} up a rank`}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Move down a rank" withArrow>
                <ActionIcon
                  ref={downRef}
                  variant="subtle"
                  color="gray"
                  disabled={index === 0}
                  onClick={() => move(-1)}
                  aria-label={`Move ${title} down a rank`}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Remove tier" withArrow>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={count <= 1}
                  onClick={onRemove}
                  aria-label={`Remove ${title}`}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
          <TextInput
            label="Name"
            required
            maxLength={60}
            value={tier.name}
            onChange={(e) => onChange(renameTier(tier, e.currentTarget.value))}
            error={errorOf(`${path}.name`)}
            readOnly={readOnly}
            ref={nameRef}
          />
          <TextInput
            label="Key"
            required
            maxLength={40}
            description={
              keyChanged
                ? `Partners holding “${tier.savedKey}” are re-tiered at the next evaluation`
                : 'How partners and the API refer to the tier'
            }
            inputWrapperOrder={BELOW}
            value={tier.key}
            onChange={(e) => onChange({ ...tier, key: e.currentTarget.value.toLowerCase(), keyEdited: true })}
            error={errorOf(`${path}.key`) ?? errorOf(`${path}.rank`)}
            readOnly={readOnly}
          />
        </SimpleGrid>
        <TierCriteriaEditor
          tier={tier}
          path={path}
          currency={currency}
          readOnly={readOnly}
          errorOf={errorOf}
          onChange={onChange}
        />
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Benefits
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {BENEFITS.map((benefit) => {
              const input = BENEFIT_INPUTS[benefit.key];
              return (
                <NumberInput
                  key={benefit.key}
                  label={benefit.label}
                  description={input.description}
                  min={input.min}
                  max={input.max}
                  decimalScale={input.decimals}
                  allowDecimal={input.decimals > 0}
                  allowNegative={false}
                  suffix={input.suffix}
                  prefix={input.prefix}
                  value={tier.benefits[benefit.key]}
                  onChange={(value) =>
                    onChange({ ...tier, benefits: { ...tier.benefits, [benefit.key]: value } })
                  }
                  error={errorOf(`${path}.benefits.${benefit.key}`)}
                  readOnly={readOnly}
                />
              );
            })}
          </SimpleGrid>
        </Stack>
      </Stack>
    </Paper>
  );
}
