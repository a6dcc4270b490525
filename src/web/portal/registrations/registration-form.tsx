import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type FieldError } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { listFieldError } from '../../shared/form/list-field-error';
import { blankToNull } from '../../shared/form/values';
import { currencyExponent, currencyOptions, toMajorText, toMinorUnits } from '../../shared/money';
import type { Registration } from '../../shared/registrations/registration-api';
import type { UpdateRegistrationBody } from './registration-queries';

/** What the form sends: every field of a registration, blanks as null. */
export type RegistrationFields = Required<UpdateRegistrationBody>;

interface FormState {
  customerName: string;
  customerWebsite: string;
  customerCountry: string;
  contactName: string;
  contactEmail: string;
  contactTitle: string;
  productLines: string[];
  amount: number | string;
  currency: string;
  expectedClose: string;
  notes: string;
}

function stateFrom(registration: Registration | null): FormState {
  return {
    customerName: registration?.customerName ?? '',
    customerWebsite: registration?.customerWebsite ?? '',
    customerCountry: registration?.customerCountry ?? '',
    contactName: registration?.contactName ?? '',
    contactEmail: registration?.contactEmail ?? '',
    contactTitle: registration?.contactTitle ?? '',
    productLines: registration?.productLines ?? [],
    amount: registration ? toMajorText(registration.amountMinor, registration.currency) : '',
    currency: registration?.currency ?? 'USD',
    expectedClose: registration?.expectedClose ?? '',
    notes: registration?.notes ?? '',
  };
}

const currencyNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'currency' });
  } catch {
    return null;
  }
})();

const currencyName = (code: string) => currencyNames?.of(code) ?? code;

const countryNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return null;
  }
})();

function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    return countryNames?.of(code);
  } catch {
    return undefined;
  }
}

/** Checks what the browser can check, in the API's own words, so both kinds of errors look alike. */
function validate(
  form: FormState,
  productLines: string[],
): { fields?: RegistrationFields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!form.customerName.trim()) errors.push({ field: 'customerName', message: 'Enter the customer’s name' });
  if (form.customerCountry && !/^[A-Z]{2}$/.test(form.customerCountry))
    errors.push({ field: 'customerCountry', message: 'Use the two-letter ISO code, such as US or DE' });
  if (productLines.length === 0)
    errors.push({ field: 'productLines', message: 'Add at least one product line; press Enter after each' });
  if (!/^[A-Z]{3}$/.test(form.currency)) errors.push({ field: 'currency', message: 'Choose a currency' });
  const amount = toMinorUnits(form.amount, form.currency);
  if (!amount.ok) errors.push({ field: 'amountMinor', message: amount.message });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.expectedClose))
    errors.push({ field: 'expectedClose', message: 'Enter the date you expect the deal to close' });
  if (errors.length || !amount.ok) return { errors };
  return {
    errors,
    fields: {
      customerName: form.customerName.trim(),
      customerWebsite: blankToNull(form.customerWebsite),
      customerCountry: blankToNull(form.customerCountry),
      contactName: blankToNull(form.contactName),
      contactEmail: blankToNull(form.contactEmail),
      contactTitle: blankToNull(form.contactTitle),
      productLines,
      amountMinor: amount.amountMinor,
      currency: form.currency,
      expectedClose: form.expectedClose,
      notes: blankToNull(form.notes),
    },
  };
}

export interface RegistrationFormProps {
  /** The draft being edited; null registers a new deal. */
  registration: Registration | null;
  /** Saves the fields (submit: also submit for a decision); a thrown ApiError shows at the fields. */
  onSave: (fields: RegistrationFields, submit: boolean) => Promise<unknown>;
  draftLabel: string;
  submitLabel: string;
  /** Shown before the save buttons, e.g. a Cancel link. */
  cancel?: ReactNode;
}

/**
 * Every field of a deal registration. Enter in a text field submits for a decision (the primary
 * action); "save draft" keeps it for later. Errors, from the browser or the API, appear at the field
 * they are about, and the first one takes the focus.
 */
export function RegistrationForm({
  registration,
  onSave,
  draftLabel,
  submitLabel,
  cancel,
}: RegistrationFormProps) {
  const errors = useFieldErrors();
  const [form, setForm] = useState(() => stateFrom(registration));
  const [pendingLine, setPendingLine] = useState('');
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  const currencies = useMemo(
    () => currencyOptions().map((code) => ({ value: code, label: `${code} · ${currencyName(code)}` })),
    [],
  );
  const digits = currencyExponent(form.currency);
  const country = countryName(form.customerCountry);

  // After a refused save, the first field in error takes the focus, so a keyboard user lands on it.
  const fieldErrors = errors.errors;
  useEffect(() => {
    if (Object.keys(fieldErrors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  async function save(submit: boolean) {
    errors.clear();
    // A product line typed but not yet confirmed with Enter still counts.
    const typed = pendingLine.trim();
    const productLines =
      typed && !form.productLines.includes(typed) ? [...form.productLines, typed] : form.productLines;
    if (typed) {
      set({ productLines });
      setPendingLine('');
    }
    const checked = validate(form, productLines);
    if (!checked.fields) {
      errors.take(new ApiError(400, { errors: checked.errors }));
      return;
    }
    setBusy(submit ? 'submit' : 'draft');
    try {
      await onSave(checked.fields, submit);
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(null);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!busy) void save(true);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Deal registration">
      <Stack gap="lg">
        <FormError message={errors.general} />
        <Fieldset legend="Customer">
          <Stack gap="sm">
            <TextInput
              label="Customer name"
              required
              data-autofocus
              autoComplete="organization"
              maxLength={200}
              value={form.customerName}
              onChange={(e) => set({ customerName: e.currentTarget.value })}
              error={errors.of('customerName')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Website"
                description="The company's site or domain; it identifies the account best"
                placeholder="example.com"
                maxLength={253}
                value={form.customerWebsite}
                onChange={(e) => set({ customerWebsite: e.currentTarget.value })}
                error={errors.of('customerWebsite')}
              />
              <TextInput
                label="Country"
                description={country ?? 'Two-letter ISO code, such as US or DE'}
                placeholder="US"
                maxLength={2}
                value={form.customerCountry}
                onChange={(e) => set({ customerCountry: e.currentTarget.value.toUpperCase().trim() })}
                error={errors.of('customerCountry')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="Customer contact">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Contact name"
              maxLength={200}
              value={form.contactName}
              onChange={(e) => set({ contactName: e.currentTarget.value })}
              error={errors.of('contactName')}
            />
            <TextInput
              label="Contact title"
              placeholder="e.g. VP Data"
              maxLength={120}
              value={form.contactTitle}
              onChange={(e) => set({ contactTitle: e.currentTarget.value })}
              error={errors.of('contactTitle')}
            />
            <TextInput
              label="Contact email"
              type="email"
              maxLength={254}
              value={form.contactEmail}
              onChange={(e) => set({ contactEmail: e.currentTarget.value })}
              error={errors.of('contactEmail')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Deal">
          <Stack gap="sm">
            <TagsInput
              label="Product lines"
              required
              description="Press Enter or a comma after each, e.g. Analytics, Security"
              value={form.productLines}
              onChange={(productLines) =>
                set({ productLines: [...new Set(productLines.map((l) => l.trim()).filter(Boolean))] })
              }
              searchValue={pendingLine}
              onSearchChange={setPendingLine}
              splitChars={[',']}
              maxTags={20}
              clearable
              error={listFieldError(errors.errors, 'productLines', form.productLines)}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label="Estimated amount"
                required
                description={`In ${form.currency}${digits ? `, up to ${digits} decimals` : ', whole units'}`}
                min={0}
                allowNegative={false}
                decimalScale={digits}
                allowDecimal={digits > 0}
                thousandSeparator=","
                hideControls
                value={form.amount}
                onChange={(amount) => set({ amount })}
                error={errors.of('amountMinor')}
              />
              <Select
                label="Currency"
                required
                searchable
                allowDeselect={false}
                data={currencies}
                value={form.currency}
                onChange={(currency) => currency && set({ currency })}
                nothingFoundMessage="No such currency"
                error={errors.of('currency')}
              />
              <TextInput
                label="Expected close"
                required
                type="date"
                value={form.expectedClose}
                onChange={(e) => set({ expectedClose: e.currentTarget.value })}
                error={errors.of('expectedClose')}
              />
            </SimpleGrid>
            <Textarea
              label="Notes"
              description="What the customer needs and how you are involved; the vendor's partner manager reads this"
              autosize
              minRows={3}
              maxRows={10}
              maxLength={5000}
              value={form.notes}
              onChange={(e) => set({ notes: e.currentTarget.value })}
              error={errors.of('notes')}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button
            type="button"
            variant="default"
            loading={busy === 'draft'}
            disabled={busy === 'submit'}
            onClick={() => void save(false)}
          >
            {draftLabel}
          </Button>
          <Button type="submit" loading={busy === 'submit'} disabled={busy === 'draft'}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
