import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../shared/api/client';

/** Picks a partner by typing part of its name or domain; the list comes from the partners API. */
export function PartnerPicker({
  value,
  onChange,
  error,
  label = 'Partner',
  required,
  description,
}: {
  value: { id: string; name: string } | null;
  onChange: (partner: { id: string; name: string } | null) => void;
  error?: string;
  label?: string;
  required?: boolean;
  description?: string;
}) {
  const [searchValue, setSearchValue] = useState(value?.name ?? '');
  const [q] = useDebouncedValue(searchValue.trim(), 250);
  const typed = q && q !== value?.name ? q : undefined;
  const partners = useQuery({
    queryKey: ['partners', 'picker', typed ?? ''],
    queryFn: () =>
      unwrap(api.GET('/api/partners', { params: { query: { q: typed, limit: 20, sort: 'name' } } })),
    placeholderData: keepPreviousData,
  });
  const data = (partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (value && !data.some((d) => d.value === value.id)) data.unshift({ value: value.id, label: value.name });

  return (
    <Select
      label={label}
      description={description}
      required={required}
      placeholder="Type a partner's name or domain"
      searchable
      clearable
      data={data}
      value={value?.id ?? null}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      filter={({ options }) => options}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner matches'}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
