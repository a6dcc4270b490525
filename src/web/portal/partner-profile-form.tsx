import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../shared/api/client';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { type PartnerDetail, partnerKey, REGION_OPTIONS, type Region } from './portal-queries';

/** "Data Platform " → "data-platform": the API takes lower-case slugs. */
const toSlug = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s/]+/g, '-');

/** The profile fields a partner admin may edit; name, type, domains and owner stay with the vendor. */
export function PartnerProfileForm({ partner, onDone }: { partner: PartnerDetail; onDone: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [website, setWebsite] = useState(partner.website ?? '');
  const [regions, setRegions] = useState<string[]>(partner.regions);
  const [specializations, setSpecializations] = useState<string[]>(partner.specializations);
  const [country, setCountry] = useState(partner.country ?? '');
  const [employees, setEmployees] = useState<number | string>(partner.employees ?? '');
  const [description, setDescription] = useState(partner.description ?? '');

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/partners/{id}', {
          params: { path: { id: partner.id } },
          body: {
            website: website.trim() || null,
            regions: regions as Region[],
            specializations,
            country: country.trim().toUpperCase() || null,
            employees: typeof employees === 'number' ? employees : null,
            description: description.trim() || null,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partnerKey(partner.id) });
      notifications.show({
        color: 'teal',
        title: 'Profile saved',
        message: 'Your organization profile is up to date.',
      });
      onDone();
    },
    onError: (error) => errors.take(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit organization profile">
      <Stack>
        <FormError message={errors.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Website"
            placeholder="https://www.example.com"
            value={website}
            onChange={(e) => setWebsite(e.currentTarget.value)}
            error={errors.of('website')}
            data-autofocus
          />
          <TextInput
            label="Country"
            description="Two-letter ISO code of your headquarters, such as US or DE"
            maxLength={2}
            value={country}
            onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())}
            error={errors.of('country')}
          />
          <MultiSelect
            label="Regions you cover"
            data={REGION_OPTIONS.map((r) => ({ value: r.value, label: r.label }))}
            value={regions}
            onChange={setRegions}
            error={errors.of('regions')}
            clearable
          />
          <NumberInput
            label="Employees"
            min={1}
            max={10_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={employees}
            onChange={setEmployees}
            error={errors.of('employees')}
          />
        </SimpleGrid>
        <TagsInput
          label="Specializations"
          description="Press Enter after each, for example data-platform, security or migration"
          value={specializations}
          onChange={(values) => setSpecializations([...new Set(values.map(toSlug).filter(Boolean))])}
          error={errors.of('specializations')}
          maxTags={20}
          clearable
        />
        <Textarea
          label="Description"
          description="What your company does and for whom; the vendor's team reads this when matching deals"
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.of('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
