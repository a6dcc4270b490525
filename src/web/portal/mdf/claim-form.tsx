import { Button, FileInput, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { uploadProof } from '../../shared/mdf/mdf-api';
import { currencyExponent } from '../../shared/money';

export interface ClaimValues {
  amountMinor: number;
  fileIds: string[];
  resultLeads: number;
  resultPipelineMinor: number;
  resultNotes: string;
}

/** Claim (or correct a rejected claim): upload proof files first, then send their ids with the results. */
export function ClaimForm({
  currency,
  maxMinor,
  keepFileIds = [],
  submitLabel,
  onSubmit,
}: {
  currency: string;
  maxMinor: number;
  keepFileIds?: string[];
  submitLabel: string;
  onSubmit: (values: ClaimValues) => Promise<unknown>;
}) {
  const errors = useFieldErrors();
  const unit = 10 ** currencyExponent(currency);
  const [amount, setAmount] = useState<number | string>(maxMinor / unit);
  const [files, setFiles] = useState<File[]>([]);
  const [leads, setLeads] = useState<number | string>(0);
  const [pipeline, setPipeline] = useState<number | string>(0);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const uploaded = [];
      for (const file of files) uploaded.push(await uploadProof(file));
      await onSubmit({
        amountMinor: Math.round(Number(amount || 0) * unit),
        fileIds: [...keepFileIds, ...uploaded],
        resultLeads: Number(leads || 0),
        resultPipelineMinor: Math.round(Number(pipeline || 0) * unit),
        resultNotes: notes,
      });
      setFiles([]);
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit}>
      <Stack>
        <FormError message={errors.general} />
        <NumberInput
          label={`Amount (${currency})`}
          min={0}
          thousandSeparator=","
          value={amount}
          onChange={setAmount}
          error={errors.of('body.amountMinor')}
        />
        <FileInput
          label="Proof of performance"
          description="PNG, JPEG, GIF, WebP or PDF, up to 10 MB each: invoices, photos, attendee lists"
          multiple
          accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"
          value={files}
          onChange={setFiles}
          error={errors.of('body.fileIds')}
          clearable
        />
        <Group grow>
          <NumberInput
            label="Leads"
            min={0}
            value={leads}
            onChange={setLeads}
            error={errors.of('body.resultLeads')}
          />
          <NumberInput
            label={`Pipeline (${currency})`}
            min={0}
            thousandSeparator=","
            value={pipeline}
            onChange={setPipeline}
            error={errors.of('body.resultPipelineMinor')}
          />
        </Group>
        <Textarea label="Notes" autosize value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
