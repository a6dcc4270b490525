import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { humanize } from '../format';
import { currencyExponent } from '../money';
import { ACTIVITY_TYPES } from './mdf-api';

export interface RequestFormValues {
  title: string;
  activityType: string;
  plan: string;
  startsOn: string;
  endsOn: string;
  requestedMinor: number;
  expectedLeads: number;
  expectedPipelineMinor: number;
}

const toMinor = (major: number | string, currency: string) =>
  Math.round(Number(major || 0) * 10 ** currencyExponent(currency));

/** The partner's request form: save as a draft or submit; the API's field errors show at the fields. */
export function RequestForm({
  currency,
  initial,
  onSubmit,
  extra,
}: {
  currency: string;
  initial?: Partial<RequestFormValues>;
  onSubmit: (values: RequestFormValues, submit: boolean) => Promise<unknown>;
  extra?: React.ReactNode;
}) {
  const errors = useFieldErrors();
  const unit = 10 ** currencyExponent(currency);
  const [form, setForm] = useState({
    title: initial?.title ?? '',
    activityType: initial?.activityType ?? 'event',
    plan: initial?.plan ?? '',
    startsOn: initial?.startsOn ?? '',
    endsOn: initial?.endsOn ?? '',
    requested: ((initial?.requestedMinor ?? 0) / unit) as number | string,
    leads: initial?.expectedLeads ?? (0 as number | string),
    pipeline: ((initial?.expectedPipelineMinor ?? 0) / unit) as number | string,
  });
  const [busy, setBusy] = useState(false);
  async function send(submit: boolean) {
    errors.clear();
    setBusy(true);
    try {
      await onSubmit(
        {
          title: form.title,
          activityType: form.activityType,
          plan: form.plan,
          startsOn: form.startsOn,
          endsOn: form.endsOn,
          requestedMinor: toMinor(form.requested, currency),
          expectedLeads: Number(form.leads || 0),
          expectedPipelineMinor: toMinor(form.pipeline, currency),
        },
        submit,
      );
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }
  const submitForm = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  return (
    <form onSubmit={submitForm}>
      <Stack>
        <FormError message={errors.general} />
        {extra}
        <TextInput
          label="Title"
          required
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
          error={errors.of('body.title')}
        />
        <Select
          label="Activity type"
          data={ACTIVITY_TYPES.map((t) => ({ value: t, label: humanize(t) }))}
          value={form.activityType}
          onChange={(v) => setForm({ ...form, activityType: v ?? 'event' })}
          error={errors.of('body.activityType')}
          allowDeselect={false}
        />
        <Textarea
          label="Plan"
          description="What the activity is, its audience and how it will be run"
          required
          autosize
          minRows={3}
          value={form.plan}
          onChange={(e) => setForm({ ...form, plan: e.currentTarget.value })}
          error={errors.of('body.plan')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label="Starts on"
            type="date"
            required
            value={form.startsOn}
            onChange={(e) => setForm({ ...form, startsOn: e.currentTarget.value })}
            error={errors.of('body.startsOn')}
          />
          <TextInput
            label="Ends on"
            type="date"
            required
            value={form.endsOn}
            onChange={(e) => setForm({ ...form, endsOn: e.currentTarget.value })}
            error={errors.of('body.endsOn')}
          />
          <NumberInput
            label={`Amount requested (${currency})`}
            min={0}
            thousandSeparator=","
            value={form.requested}
            onChange={(v) => setForm({ ...form, requested: v })}
            error={errors.of('body.requestedMinor')}
          />
          <NumberInput
            label="Expected leads"
            min={0}
            value={form.leads}
            onChange={(v) => setForm({ ...form, leads: v })}
            error={errors.of('body.expectedLeads')}
          />
          <NumberInput
            label={`Expected pipeline (${currency})`}
            min={0}
            thousandSeparator=","
            value={form.pipeline}
            onChange={(v) => setForm({ ...form, pipeline: v })}
            error={errors.of('body.expectedPipelineMinor')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" loading={busy} onClick={() => send(false)}>
            Save draft
          </Button>
          <Button type="submit" loading={busy}>
            Submit for approval
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
