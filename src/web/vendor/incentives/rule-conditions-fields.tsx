import { Checkbox, Divider, MultiSelect, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { typeLabel } from '../../shared/format';
import type { RuleFormState } from './rule-form-state';

const PARTNER_TYPES = ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'];
const DEAL_ROLES = ['influencing', 'fulfilling', 'technology', 'sourcing'];

/** The conditions part of the rule editor: only those that apply to the chosen trigger are shown. */
export function RuleConditionsFields({
  form,
  set,
  error,
}: {
  form: RuleFormState;
  set: <K extends keyof RuleFormState>(key: K, value: RuleFormState[K]) => void;
  error: (field: string) => string | undefined;
}) {
  const deal = form.trigger !== 'certification';
  return (
    <>
      <Divider label="Conditions (empty means any)" labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label="Partner types"
          data={PARTNER_TYPES.map((t) => ({ value: t, label: typeLabel(t) }))}
          value={form.partnerTypes}
          onChange={(v) => set('partnerTypes', v)}
          error={error('conditions.partnerTypes')}
          clearable
        />
        <TagsInput
          label="Tiers"
          description="Tier keys, e.g. gold"
          value={form.tiers}
          onChange={(v) => set('tiers', v)}
          error={error('conditions.tiers')}
        />
        {deal ? (
          <>
            <TagsInput
              label="Product lines"
              value={form.productLines}
              onChange={(v) => set('productLines', v)}
              error={error('conditions.productLines')}
            />
            <TextInput
              label={`Minimum deal amount (${form.currency})`}
              inputMode="decimal"
              value={form.minAmount}
              onChange={(e) => set('minAmount', e.currentTarget.value)}
              error={error('conditions.minAmountMinor')}
            />
            <TagsInput
              label="Deal currencies"
              description="Others are converted at the tier program's rates"
              value={form.currencies}
              onChange={(v) =>
                set(
                  'currencies',
                  v.map((c) => c.toUpperCase()),
                )
              }
              error={error('conditions.currencies')}
            />
          </>
        ) : null}
        {form.trigger === 'co_sell_win' ? (
          <MultiSelect
            label="Partner roles that count"
            description="Default: every role but sourcing"
            data={DEAL_ROLES}
            value={form.dealRoles}
            onChange={(v) => set('dealRoles', v)}
            error={error('conditions.dealRoles')}
          />
        ) : null}
      </SimpleGrid>
      {form.trigger === 'certification' ? (
        <Checkbox
          label="Renewed certificates earn again"
          checked={form.includeRenewals}
          onChange={(e) => set('includeRenewals', e.currentTarget.checked)}
        />
      ) : null}
    </>
  );
}
