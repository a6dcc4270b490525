import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { currencyOptions } from '../../shared/money';
import { newRate, type ProgramDraft, type RateDraft } from './tier-program-draft';

/** Grace period, promotion approval, the program currency and the exchange rates revenue is converted at. */
export function ProgramSettingsFields({
  draft,
  readOnly,
  errorOf,
  onChange,
}: {
  draft: ProgramDraft;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<ProgramDraft>) => void;
}) {
  const setRate = (index: number, patch: Partial<RateDraft>) =>
    onChange({ rates: draft.rates.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Demotion grace period"
          description="Between the warning and the demotion"
          min={0}
          max={730}
          allowDecimal={false}
          allowNegative={false}
          suffix=" days"
          value={draft.demotionGraceDays}
          onChange={(demotionGraceDays) => onChange({ demotionGraceDays })}
          error={errorOf('demotionGraceDays')}
          readOnly={readOnly}
        />
        <Select
          label="Program currency"
          description="Revenue criteria are in this currency"
          data={currencyOptions()}
          searchable
          allowDeselect={false}
          value={draft.currency}
          onChange={(currency) => currency && onChange({ currency })}
          error={errorOf('currency')}
          readOnly={readOnly}
        />
        <Switch
          mt={{ base: 0, sm: 30 }}
          label="Promotions need a manager’s approval"
          description="Otherwise a qualifying partner is promoted at once"
          checked={draft.promotionNeedsApproval}
          disabled={readOnly}
          onChange={(e) => onChange({ promotionNeedsApproval: e.currentTarget.checked })}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Exchange rates{' '}
          <Text span size="xs" c="dimmed" fw={400}>
            (revenue won in a currency without a rate is left out of the tier metrics)
          </Text>
        </Text>
        {errorOf('exchangeRates') && !draft.rates.length ? (
          <Text size="sm" c="red" role="alert">
            {errorOf('exchangeRates')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
          {draft.rates.map((row, k) => {
            const code = row.currency.trim().toUpperCase();
            return (
              <Group
                key={row.uid}
                gap="xs"
                align="flex-start"
                wrap="nowrap"
                role="group"
                aria-label={`Rate ${code || k + 1}`}
              >
                <TextInput
                  label="Currency"
                  maxLength={3}
                  w={90}
                  value={row.currency}
                  onChange={(e) => setRate(k, { currency: e.currentTarget.value.toUpperCase() })}
                  error={errorOf(`exchangeRates.#${k}`)}
                  readOnly={readOnly}
                />
                <NumberInput
                  label={`${draft.currency} per 1 ${code || 'unit'}`}
                  min={0}
                  decimalScale={6}
                  allowNegative={false}
                  w={170}
                  value={row.rate}
                  onChange={(rate) => setRate(k, { rate })}
                  error={code ? errorOf(`exchangeRates.${code}`) : undefined}
                  readOnly={readOnly}
                />
                {readOnly ? null : (
                  <Tooltip label="Remove rate" withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={26}
                      aria-label={`Remove the ${code || 'empty'} rate`}
                      onClick={() => onChange({ rates: draft.rates.filter((_, i) => i !== k) })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            );
          })}
        </SimpleGrid>
        {readOnly ? null : (
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => onChange({ rates: [...draft.rates, newRate()] })}
            >
              Add exchange rate
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
