import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';

export interface PickedAccount {
  id: string;
  name: string;
}

/** Picks one of the vendor's accounts by typing part of its name or domain. */
export function AccountPicker({
  value,
  onChange,
  error,
  label = 'Account',
  required,
}: {
  value: PickedAccount | null;
  onChange: (account: PickedAccount | null) => void;
  error?: string;
  label?: string;
  required?: boolean;
}) {
  const [searchValue, setSearchValue] = useState(value?.name ?? '');
  const [q] = useDebouncedValue(searchValue.trim(), 250);
  const typed = q && q !== value?.name ? q : undefined;
  const accounts = useQuery({
    queryKey: ['accounts', 'picker', typed ?? ''],
    queryFn: () =>
      unwrap(api.GET('/api/accounts', { params: { query: { q: typed, limit: 20, sort: 'name' } } })),
    placeholderData: keepPreviousData,
  });
  const items = accounts.data?.items ?? [];
  const data = items.map((a) => ({ value: a.id, label: a.name }));
  const domains = new Map(items.map((a) => [a.id, a.domains[0]]));
  if (value && !data.some((d) => d.value === value.id)) data.unshift({ value: value.id, label: value.name });

  return (
    <Select
      label={label}
      required={required}
      placeholder="Type an account's name or domain"
      searchable
      clearable
      data={data}
      value={value?.id ?? null}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      filter={({ options }) => options}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {domains.get(option.value) ? (
            <Text size="xs" c="dimmed">
              {domains.get(option.value)}
            </Text>
          ) : null}
        </Stack>
      )}
      onChange={(id) => {
        const account = items.find((a) => a.id === id);
        onChange(id ? { id, name: account?.name ?? value?.name ?? '' } : null);
      }}
      nothingFoundMessage={
        accounts.isFetching ? 'Searching…' : 'No account matches; add it on the Accounts page'
      }
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-autofocus
    />
  );
}
