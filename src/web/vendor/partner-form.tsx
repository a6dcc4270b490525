import {
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Schemas } from '../shared/api/client';
import type { useFieldErrors } from '../shared/form/field-errors';
import { listFieldError } from '../shared/form/list-field-error';
import { blankToNull, numberField, numberOrNull } from '../shared/form/values';
import {
  type PartnerStage,
  type PartnerType,
  type Region,
  regionOptions,
  stageOptions,
  typeOptions,
} from './options';
import { ownerOptions, useVendorUsers } from './queries';

export interface PartnerFormState {
  name: string;
  type: PartnerType | null;
  stage: PartnerStage;
  website: string;
  domains: string[];
  regions: Region[];
  specializations: string[];
  country: string;
  employees: string | number;
  description: string;
  ownerId: string | null;
}

export const emptyPartnerForm: PartnerFormState = {
  name: '',
  type: null,
  stage: 'prospect',
  website: '',
  domains: [],
  regions: [],
  specializations: [],
  country: '',
  employees: '',
  description: '',
  ownerId: null,
};

export function partnerFormFrom(partner: Schemas['PartnerDetail']): PartnerFormState {
  return {
    name: partner.name,
    type: partner.type,
    stage: partner.stage,
    website: partner.website ?? '',
    domains: partner.domains,
    regions: partner.regions,
    specializations: partner.specializations,
    country: partner.country ?? '',
    employees: numberField(partner.employees),
    description: partner.description ?? '',
    ownerId: partner.ownerId,
  };
}

/** The editable fields as the API takes them (PATCH shape; create adds stage). */
export function partnerBody(form: PartnerFormState) {
  return {
    name: form.name.trim(),
    type: form.type ?? undefined,
    website: blankToNull(form.website),
    domains: form.domains,
    regions: form.regions,
    specializations: form.specializations,
    country: blankToNull(form.country.toUpperCase()),
    employees: numberOrNull(form.employees),
    description: blankToNull(form.description),
    ownerId: form.ownerId,
  };
}

type FieldErrors = ReturnType<typeof useFieldErrors>;

/**
 * The partner fields for the create dialog and the profile editor; errors from the API appear next to
 * the field they name (a bad "domains.1" shows under Domains, naming the entry).
 */
export function PartnerFormFields({
  value,
  onChange,
  errors,
  mode,
  withOwner,
}: {
  value: PartnerFormState;
  onChange: (patch: Partial<PartnerFormState>) => void;
  errors: FieldErrors;
  mode: 'create' | 'edit';
  /** The owner picker needs the user list, which only admins and partner managers may read. */
  withOwner: boolean;
}) {
  const users = useVendorUsers(withOwner);
  return (
    <Stack gap="sm">
      <TextInput
        label="Name"
        required
        data-autofocus
        value={value.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={errors.of('name')}
        maxLength={200}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Type"
          required
          placeholder="Choose a type"
          data={typeOptions}
          value={value.type}
          onChange={(v) => onChange({ type: (v as PartnerType | null) ?? null })}
          error={errors.of('type')}
          allowDeselect={false}
        />
        {mode === 'create' ? (
          <Select
            label="Lifecycle stage"
            description="Most start as prospects"
            data={stageOptions}
            value={value.stage}
            onChange={(v) => onChange({ stage: (v as PartnerStage | null) ?? 'prospect' })}
            error={errors.of('stage')}
            allowDeselect={false}
          />
        ) : (
          <Select
            label="Owner"
            description="The partner manager responsible"
            placeholder="No owner"
            data={ownerOptions(users.data)}
            value={value.ownerId}
            onChange={(v) => onChange({ ownerId: v })}
            error={errors.of('ownerId')}
            searchable
            clearable
            disabled={!withOwner}
            nothingFoundMessage="No matching user"
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Website"
          placeholder="https://example.com"
          value={value.website}
          onChange={(e) => onChange({ website: e.currentTarget.value })}
          error={errors.of('website')}
        />
        <TextInput
          label="Country"
          description="Two-letter ISO code, e.g. US or DE"
          placeholder="US"
          maxLength={2}
          value={value.country}
          onChange={(e) => onChange({ country: e.currentTarget.value.toUpperCase() })}
          error={errors.of('country')}
        />
      </SimpleGrid>
      <TagsInput
        label="Domains"
        description="Press Enter after each domain; used to match deals and accounts"
        placeholder={value.domains.length ? '' : 'example.com'}
        value={value.domains}
        onChange={(domains) => onChange({ domains })}
        error={listFieldError(errors.errors, 'domains', value.domains)}
        splitChars={[',', ' ']}
        clearable
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label="Regions"
          placeholder={value.regions.length ? '' : 'Where they sell'}
          data={regionOptions}
          value={value.regions}
          onChange={(v) => onChange({ regions: v as Region[] })}
          error={errors.of('regions')}
          clearable
        />
        <TagsInput
          label="Specializations"
          description="Lower-case, e.g. security, cloud-migration"
          value={value.specializations}
          onChange={(v) => onChange({ specializations: v.map((s) => s.trim().toLowerCase()) })}
          error={listFieldError(errors.errors, 'specializations', value.specializations)}
          splitChars={[',']}
          clearable
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Employees"
          min={1}
          max={10_000_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={value.employees}
          onChange={(employees) => onChange({ employees })}
          error={errors.of('employees')}
        />
        {mode === 'create' && withOwner ? (
          <Select
            label="Owner"
            description="The partner manager responsible"
            placeholder="No owner"
            data={ownerOptions(users.data)}
            value={value.ownerId}
            onChange={(v) => onChange({ ownerId: v })}
            error={errors.of('ownerId')}
            searchable
            clearable
            nothingFoundMessage="No matching user"
          />
        ) : null}
      </SimpleGrid>
      <Textarea
        label="Description"
        autosize
        minRows={3}
        maxRows={8}
        maxLength={4000}
        value={value.description}
        onChange={(e) => onChange({ description: e.currentTarget.value })}
        error={errors.of('description')}
      />
    </Stack>
  );
}
