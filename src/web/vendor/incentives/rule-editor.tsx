import {
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, unwrap } from '../../shared/api/client';
import { todayIso } from '../../shared/dates';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { INCENTIVES_KEY, type IncentiveRule, type RulePreview } from '../../shared/incentives/incentives-api';
import { currencyOptions } from '../../shared/money';
import { RuleConditionsFields } from './rule-conditions-fields';
import { emptyRuleForm, formToBody, type RuleFormState, ruleToForm } from './rule-form-state';
import { RulePreviewResult } from './rule-preview';

const KINDS = [
  { value: 'partner_rebate', label: 'Partner rebate' },
  { value: 'partner_bonus', label: 'Partner bonus' },
  { value: 'rep_reward', label: 'Rep co-sell reward' },
];
const TRIGGERS = [
  { value: 'certification', label: 'A certification is earned' },
  { value: 'sourced_deal', label: 'A deal the partner sourced is won' },
  { value: 'co_sell_win', label: 'A deal the partner co-sold is won' },
  { value: 'renewal', label: 'A renewal is won (account won before)' },
  { value: 'rep_co_sell', label: 'A rep wins a deal with partners' },
];

/** Create or edit a rule in a keyboard-usable form, and preview it over past events before saving. */
export function RuleEditor({
  rule,
  opened,
  onClose,
}: {
  rule: IncentiveRule | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={<Text fw={600}>{rule ? `Edit ${rule.name}` : 'New incentive rule'}</Text>}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened ? <RuleForm rule={rule} onDone={onClose} /> : null}
    </Modal>
  );
}

function RuleForm({ rule, onDone }: { rule: IncentiveRule | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<RuleFormState>(() =>
    rule ? ruleToForm(rule) : emptyRuleForm(todayIso()),
  );
  const [busy, setBusy] = useState(false);
  const [days, setDays] = useState<number>(180);
  const [preview, setPreview] = useState<RulePreview | null>(null);
  const set = <K extends keyof RuleFormState>(key: K, value: RuleFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  function body() {
    errors.clear();
    const result = formToBody(form);
    if (!result.ok) {
      errors.take(new ApiError(400, { errors: result.errors }));
      return null;
    }
    return result.body;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = body();
    if (!payload || busy) return;
    setBusy(true);
    try {
      if (rule)
        await unwrap(
          api.PUT('/api/incentives/rules/{id}', { params: { path: { id: rule.id } }, body: payload }),
        );
      else await unwrap(api.POST('/api/incentives/rules', { body: payload }));
      await queryClient.invalidateQueries({ queryKey: [INCENTIVES_KEY] });
      notifications.show({ color: 'teal', message: rule ? 'Rule saved' : 'Rule created' });
      onDone();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  async function runPreview() {
    const payload = body();
    if (!payload) return;
    setBusy(true);
    try {
      setPreview(await unwrap(api.POST('/api/incentives/rules/preview', { body: { rule: payload, days } })));
    } catch (error) {
      if (error instanceof ApiError)
        errors.take(
          new ApiError(error.status, {
            detail: error.message,
            errors: error.fieldErrors.map((e) => ({ ...e, field: e.field.replace(/^rule\./, '') })),
          }),
        );
      else errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={errors.general} />
        <TextInput
          label="Name"
          required
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.of('name')}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Earns when"
            data={TRIGGERS}
            value={form.trigger}
            allowDeselect={false}
            onChange={(v) =>
              v &&
              setForm((f) => ({
                ...f,
                trigger: v as RuleFormState['trigger'],
                kind: v === 'rep_co_sell' ? 'rep_reward' : f.kind === 'rep_reward' ? 'partner_bonus' : f.kind,
                amountType: v === 'certification' ? 'fixed' : f.amountType,
              }))
            }
            error={errors.of('trigger')}
          />
          <Select
            label="Kind"
            data={KINDS}
            value={form.kind}
            allowDeselect={false}
            onChange={(v) => v && set('kind', v as RuleFormState['kind'])}
            error={errors.of('kind')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Amount"
            data={[
              { value: 'fixed', label: 'Fixed amount' },
              { value: 'percent', label: 'Percent of the deal' },
            ]}
            value={form.amountType}
            allowDeselect={false}
            onChange={(v) => v && set('amountType', v as RuleFormState['amountType'])}
            error={errors.of('amountType')}
          />
          <TextInput
            label={form.amountType === 'percent' ? 'Percent' : `Amount (${form.currency})`}
            required
            inputMode="decimal"
            value={form.amount}
            onChange={(e) => set('amount', e.currentTarget.value)}
            error={errors.of('amountValue')}
            rightSection={form.amountType === 'percent' ? '%' : null}
          />
          <Select
            label="Currency"
            data={currencyOptions()}
            searchable
            value={form.currency}
            allowDeselect={false}
            onChange={(v) => v && set('currency', v)}
            error={errors.of('currency')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Cap per beneficiary per quarter"
            description="Leave empty for no cap"
            inputMode="decimal"
            value={form.cap}
            onChange={(e) => set('cap', e.currentTarget.value)}
            error={errors.of('capPerQuarterMinor')}
          />
          <TextInput
            type="date"
            label="Effective from"
            required
            value={form.effectiveFrom}
            onChange={(e) => set('effectiveFrom', e.currentTarget.value)}
            error={errors.of('effectiveFrom')}
          />
          <TextInput
            type="date"
            label="Effective to"
            description="Leave empty for open-ended"
            value={form.effectiveTo}
            onChange={(e) => set('effectiveTo', e.currentTarget.value)}
            error={errors.of('effectiveTo')}
          />
        </SimpleGrid>
        <RuleConditionsFields form={form} set={set} error={errors.of} />
        <Checkbox
          label="Active"
          checked={form.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
        <Divider label="Preview over past events" labelPosition="left" />
        <Group align="flex-end">
          <NumberInput
            label="Days back"
            min={1}
            max={730}
            value={days}
            onChange={(v) => setDays(Number(v) || 1)}
            w={140}
          />
          <Button variant="default" onClick={runPreview} loading={busy && !preview}>
            Preview
          </Button>
        </Group>
        {preview ? <RulePreviewResult preview={preview} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {rule ? 'Save rule' : 'Create rule'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
