import { describe, expect, it } from 'vitest';
import { emptyProspectForm, missingProspectFields, prospectBody } from '../prospect-form';
import { applicationFiltersFrom, hasApplicationFilters, sortFrom } from '../recruiting-filters';

describe('the recruiting filters from the URL', () => {
  it('keep the values the API knows and drop the rest', () => {
    expect(
      applicationFiltersFrom({
        q: '  acme ',
        type: 'si',
        region: 'EMEA',
        minFit: '60',
        source: 'public_form',
        duplicate: 'true',
        view: 'table',
      }),
    ).toEqual({
      q: 'acme',
      type: 'si',
      region: 'EMEA',
      minFit: 60,
      source: 'public_form',
      duplicate: 'true',
    });
    expect(
      applicationFiltersFrom({
        q: '   ',
        type: 'distributor',
        region: 'MARS',
        minFit: '0',
        source: 'x',
        duplicate: 'yes',
      }),
    ).toEqual({});
    expect(applicationFiltersFrom({ minFit: '101' })).toEqual({});
    expect(applicationFiltersFrom({ minFit: '12.5' })).toEqual({});
  });

  it('say whether anything narrows the list', () => {
    expect(hasApplicationFilters({ view: 'board', order: '-createdAt' })).toBe(false);
    expect(hasApplicationFilters({ region: 'NA' })).toBe(true);
  });

  it('fall back to the default sort for an unknown one', () => {
    expect(sortFrom('-companyName', '-createdAt')).toBe('-companyName');
    expect(sortFrom('-partnerName', '-createdAt')).toBe('-createdAt');
    expect(sortFrom(undefined, '-fitScore')).toBe('-fitScore');
  });
});

describe('the prospect form', () => {
  it('names the required fields left empty', () => {
    expect(missingProspectFields(emptyProspectForm).map((e) => e.field)).toEqual([
      'companyName',
      'type',
      'contactName',
      'contactEmail',
    ]);
  });

  it('sends trimmed values, blanks as null and the country in capitals', () => {
    const body = prospectBody({
      ...emptyProspectForm,
      companyName: ' Northwind ',
      type: 'msp',
      website: ' ',
      country: 'de',
      employees: '',
      contactName: 'Dana ',
      contactEmail: ' dana@northwind.example ',
      message: '',
    });
    expect(body).toMatchObject({
      companyName: 'Northwind',
      type: 'msp',
      website: null,
      country: 'DE',
      employees: null,
      contactName: 'Dana',
      contactEmail: 'dana@northwind.example',
      message: null,
    });
  });
});
