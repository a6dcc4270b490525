import { Button, Group, Select } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { SearchBox } from '../../shared/form/search-box';
import { regionOptions, typeOptions } from '../options';
import { APPLICATION_FILTER_KEYS } from './recruiting-filters';

const MIN_FIT_OPTIONS = [20, 40, 60, 80].map((n) => ({ value: String(n), label: `${n} or more` }));
const SOURCE_OPTIONS = [
  { value: 'public_form', label: 'Public sign-up form' },
  { value: 'manual', label: 'Added by hand' },
];
const DUPLICATE_OPTIONS = [
  { value: 'true', label: 'Possible duplicates only' },
  { value: 'false', label: 'Without duplicates' },
];

/** Search and filters for the board and the tables; the values live in the URL. */
export function RecruitingFiltersBar({
  search,
  set,
}: {
  search: Record<string, string | undefined>;
  set: (patch: Record<string, string | null | undefined>) => void;
}) {
  const active = APPLICATION_FILTER_KEYS.some((k) => search[k]);
  const select = (key: string, label: string, data: { value: string; label: string }[], width = 170) => (
    <Select
      label={label}
      placeholder="Any"
      data={data}
      value={search[key] ?? null}
      onChange={(v) => set({ [key]: v })}
      clearable
      w={{ base: '100%', xs: width }}
      comboboxProps={{ withinPortal: true }}
    />
  );
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter applications">
      <SearchBox
        label="Search"
        placeholder="Company or domain"
        value={search.q ?? ''}
        onSearch={(q) => set({ q })}
      />
      {select('type', 'Partner type', typeOptions)}
      {select('region', 'Region', regionOptions, 200)}
      {select('minFit', 'Min. IPP fit', MIN_FIT_OPTIONS, 130)}
      {select('source', 'Source', SOURCE_OPTIONS)}
      {select('duplicate', 'Duplicates', DUPLICATE_OPTIONS, 200)}
      {active ? (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => set(Object.fromEntries(APPLICATION_FILTER_KEYS.map((k) => [k, undefined])))}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
