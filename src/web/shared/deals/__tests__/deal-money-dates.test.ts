import { describe, expect, it } from 'vitest';
import { formatDay, todayIso } from '../../dates';
import { currencyExponent, formatMoney, toMajorText, toMinorUnits } from '../../money';
import { dealQueryFrom } from '../deal-filters';
import { isOverdue } from '../deal-format';

describe('money in minor units', () => {
  it("uses each currency's own exponent", () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(formatMoney(12_500_000, 'USD')).toBe('$125,000.00');
    expect(formatMoney(5000, 'JPY')).toBe('¥5,000');
  });

  it('turns typed major units into exact minor units, refusing what the currency cannot hold', () => {
    expect(toMinorUnits('125000', 'USD')).toEqual({ ok: true, amountMinor: 12_500_000 });
    expect(toMinorUnits('1,200.5', 'EUR')).toEqual({ ok: true, amountMinor: 120_050 });
    expect(toMinorUnits('0.1', 'USD')).toEqual({ ok: true, amountMinor: 10 });
    expect(toMinorUnits('5000', 'JPY')).toEqual({ ok: true, amountMinor: 5000 });
    expect(toMinorUnits('10.555', 'USD')).toMatchObject({ ok: false });
    expect(toMinorUnits('10.5', 'JPY')).toMatchObject({ ok: false });
    expect(toMinorUnits('', 'USD')).toMatchObject({ ok: false });
    expect(toMinorUnits('-5', 'USD')).toMatchObject({ ok: false });
    expect(toMinorUnits('1e6', 'USD')).toMatchObject({ ok: false });
  });

  it('shows minor units as the major-unit text an input edits', () => {
    expect(toMajorText(12_500_000, 'USD')).toBe('125000');
    expect(toMajorText(120_050, 'EUR')).toBe('1200.50');
    expect(toMajorText(5000, 'JPY')).toBe('5000');
  });
});

describe('calendar dates', () => {
  it('shows a YYYY-MM-DD date as that very day in any time zone', () => {
    expect(formatDay('2026-03-01')).toBe('Mar 1, 2026');
    expect(formatDay(null)).toBe('—');
  });

  it('calls an open task overdue only after its due date', () => {
    expect(isOverdue({ done: false, dueDate: '2000-01-01' })).toBe(true);
    expect(isOverdue({ done: true, dueDate: '2000-01-01' })).toBe(false);
    expect(isOverdue({ done: false, dueDate: todayIso() })).toBe(false);
    expect(isOverdue({ done: false, dueDate: null })).toBe(false);
  });
});

describe('deal list filters from the URL', () => {
  const me = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

  it('defaults to open deals and reads "owner=me" as the signed-in user', () => {
    expect(dealQueryFrom({ owner: 'me' }, me)).toMatchObject({ open: 'true', ownerId: me });
  });

  it('drops a stage that contradicts the status, and malformed values', () => {
    expect(dealQueryFrom({ stage: 'closed_won' }, me).stage).toBeUndefined();
    expect(dealQueryFrom({ status: 'closed', stage: 'closed_won' }, me)).toMatchObject({
      open: 'false',
      stage: 'closed_won',
    });
    expect(dealQueryFrom({ status: 'all', source: 'nope', owner: 'x' }, me)).toMatchObject({
      open: undefined,
      source: undefined,
      ownerId: undefined,
    });
  });
});
