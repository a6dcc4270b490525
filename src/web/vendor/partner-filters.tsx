import { Button, Group, Select } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { SearchBox } from '../shared/form/search-box';
import { humanize } from '../shared/format';
import {
  oneOf,
  PARTNER_STAGES,
  PARTNER_TYPES,
  REGIONS,
  regionOptions,
  stageOptions,
  typeOptions,
} from './options';
import { ownerOptions, partnerSummaryQuery, useVendorUsers } from './queries';

export const PARTNER_FILTER_KEYS = ['q', 'type', 'stage', 'region', 'tier', 'ownerId', 'minFit'] as const;

/** The URL's partner filters as the list endpoint takes them; anything malformed is ignored. */
export function partnerQueryFrom(search: Record<string, string | undefined>) {
  const minFit = Number(search.minFit);
  return {
    q: search.q?.trim() || undefined,
    type: oneOf(PARTNER_TYPES, search.type),
    stage: oneOf(PARTNER_STAGES, search.stage),
    region: oneOf(REGIONS, search.region),
    tier: search.tier || undefined,
    ownerId: search.ownerId || undefined,
    minFit: Number.isInteger(minFit) && minFit > 0 && minFit <= 100 ? minFit : undefined,
  };
}

const MIN_FIT_OPTIONS = [20, 40, 60, 80].map((n) => ({ value: String(n), label: `${n} or more` }));

export function PartnerFilters({
  search,
  set,
  clear,
  withOwner,
}: {
  search: Record<string, string | undefined>;
  set: (patch: Record<string, string | null | undefined>) => void;
  clear: () => void;
  withOwner: boolean;
}) {
  const summary = useQuery(partnerSummaryQuery);
  const users = useVendorUsers(withOwner);
  const tiers = (summary.data?.byTier ?? []).filter((t) => t.key !== 'none');
  const active = PARTNER_FILTER_KEYS.some((k) => search[k]);
  const select = (key: string, label: string, data: { value: string; label: string }[], extra = {}) => (
    <Select
      label={label}
      placeholder="Any"
      data={data}
      value={search[key] ?? null}
      onChange={(v) => set({ [key]: v })}
      clearable
      w={{ base: '100%', xs: 170 }}
      comboboxProps={{ withinPortal: true }}
      {...extra}
    />
  );

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter partners">
      <SearchBox
        label="Search"
        placeholder="Name or domain"
        value={search.q ?? ''}
        onSearch={(q) => set({ q })}
      />
      {select('type', 'Type', typeOptions)}
      {select('stage', 'Stage', stageOptions)}
      {select('region', 'Region', regionOptions)}
      {select(
        'tier',
        'Tier',
        tiers.map((t) => ({ value: t.key, label: humanize(t.key) })),
        tiers.length ? {} : { disabled: true, placeholder: 'No tiers yet' },
      )}
      {withOwner
        ? select('ownerId', 'Owner', ownerOptions(users.data), {
            searchable: true,
            nothingFoundMessage: 'No match',
          })
        : null}
      {select('minFit', 'Min. IPP fit', MIN_FIT_OPTIONS, { w: { base: '100%', xs: 130 } })}
      {active ? (
        <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
