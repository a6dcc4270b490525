import { Group, SegmentedControl, TextInput } from '@mantine/core';
import type { Period } from './scorecard-api';

const iso = (date: Date) => date.toISOString().slice(0, 10);

function monthsBack(months: number, now = new Date()): Period {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 - months, 1));
  return { from: iso(from), to: iso(to) };
}

const PRESETS: Record<string, () => Period> = {
  '3m': () => monthsBack(3),
  '6m': () => monthsBack(6),
  '12m': () => monthsBack(12),
  '24m': () => monthsBack(24),
};

/** The default period: the last twelve calendar months, this one included. */
export const defaultPeriod = (): Period => monthsBack(12);

function presetOf(period: Period): string {
  return (
    Object.entries(PRESETS).find(([, make]) => {
      const p = make();
      return p.from === period.from && p.to === period.to;
    })?.[0] ?? 'custom'
  );
}

/** A period as presets (months up to this one) or two dates; "to" is the day after the last day. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const preset = presetOf(value);
  return (
    <Group align="flex-end" gap="sm">
      <SegmentedControl
        aria-label="Period"
        value={preset}
        onChange={(key) => PRESETS[key] && onChange(PRESETS[key]())}
        data={[
          { value: '3m', label: '3 months' },
          { value: '6m', label: '6 months' },
          { value: '12m', label: '12 months' },
          { value: '24m', label: '24 months' },
          { value: 'custom', label: 'Custom', disabled: true },
        ]}
      />
      <TextInput
        label="From"
        type="date"
        w={160}
        value={value.from}
        onChange={(e) => e.currentTarget.value && onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        label="To (exclusive)"
        type="date"
        w={160}
        value={value.to}
        onChange={(e) => e.currentTarget.value && onChange({ ...value, to: e.currentTarget.value })}
      />
    </Group>
  );
}
