import { describe, expect, it } from 'vitest';
import { foldText, normalizeCompanyName } from '../normalize-name.js';

describe('normalizeCompanyName', () => {
  it.each([
    ['Acme Inc.', 'acme'],
    ['ACME, INC', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme, LLP', 'acme'],
    ['Acme LP', 'acme'],
    ['Acme Ltd', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme plc', 'acme'],
    ['Acme Corp.', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme Co.', 'acme'],
    ['Acme & Co.', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['Acme Company', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['Acme Pte. Ltd.', 'acme'],
    ['Acme Pvt. Ltd.', 'acme'],
    ['Acme Sdn. Bhd.', 'acme'],
  ])('strips English-language legal forms: %s', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });

  it.each([
    ['Acme GmbH', 'acme'],
    ['Acme mbH', 'acme'],
    ['Acme AG', 'acme'],
    ['Acme SE', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme AG & Co. KGaA', 'acme'],
    ['Acme SA', 'acme'],
    ['Acme SAS', 'acme'],
    ['Acme SARL', 'acme'],
    ['Acme BV', 'acme'],
    ['Acme NV', 'acme'],
    ['Acme SpA', 'acme'],
    ['Acme Srl', 'acme'],
    ['Acme S.L.', 'acme'],
    ['Acme Ltda.', 'acme'],
    ['Acme Oy', 'acme'],
    ['Acme Oyj', 'acme'],
    ['Acme AB', 'acme'],
    ['Acme ASA', 'acme'],
    ['Acme AS', 'acme'],
    ['Acme ApS', 'acme'],
    ['Acme Kft.', 'acme'],
    ['Acme K.K.', 'acme'],
  ])('strips legal forms in other languages: %s', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });

  it.each([
    ['Acme S.A.', 'acme'],
    ['Acme S. A.', 'acme'],
    ['Acme S.A', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Acme N.V.', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Acme L.L.C', 'acme'],
    ['Acme L.P.', 'acme'],
    ['Acme P.L.C.', 'acme'],
    ['Acme S.A.S.', 'acme'],
    ['Acme S.a.r.l.', 'acme'],
    ['Acme S.à r.l.', 'acme'],
    ['Acme S.p.A.', 'acme'],
    ['Acme S.r.l.', 'acme'],
    ['Acme s.r.o.', 'acme'],
    ['Acme Sp. z o.o.', 'acme'],
    ['Acme S.A. de C.V.', 'acme'],
    ['Acme A/S', 'acme'],
  ])('strips dotted and slashed forms: %s', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });

  it('reduces the documented example', () => {
    expect(normalizeCompanyName('The Müller-Brot GmbH & Co. KG')).toBe('muller brot');
  });

  it('drops a leading "The" but keeps it when it is the whole name or part of a word', () => {
    expect(normalizeCompanyName('The Boring Company')).toBe('boring');
    expect(normalizeCompanyName('THE Widget Works')).toBe('widget works');
    expect(normalizeCompanyName('Theta Labs')).toBe('theta labs');
    expect(normalizeCompanyName('The')).toBe('the');
  });

  it('never strips the last remaining word, even when it is a legal form', () => {
    expect(normalizeCompanyName('Inc')).toBe('inc');
    expect(normalizeCompanyName('The Company')).toBe('company');
  });

  it('only strips suffixes at the end, not the same words inside the name', () => {
    expect(normalizeCompanyName('AG Barr plc')).toBe('ag barr');
    expect(normalizeCompanyName('Co Op Holdings')).toBe('co op holdings');
  });

  it('folds diacritics and special letters in either case', () => {
    expect(normalizeCompanyName('Crème Brûlée, Inc.')).toBe('creme brulee');
    expect(normalizeCompanyName('Škoda a.s.')).toBe('skoda');
    expect(normalizeCompanyName('Łódź Tech')).toBe('lodz tech');
    expect(normalizeCompanyName('Straße GmbH')).toBe('strasse');
    expect(normalizeCompanyName('STRAẞE GMBH')).toBe('strasse');
    expect(normalizeCompanyName('Ørsted A/S')).toBe('orsted');
    expect(normalizeCompanyName('ØRSTED A/S')).toBe('orsted');
    expect(normalizeCompanyName('Æther Labs')).toBe('aether labs');
    expect(normalizeCompanyName('æther labs')).toBe('aether labs');
  });

  it('gives the same key for spellings of one company', () => {
    const spellings = [
      'Müller Brot GmbH',
      'Muller-Brot GmbH',
      'müller brot',
      '  MÜLLER   BROT  ',
      'Müller/Brot, GmbH.',
    ];
    expect(new Set(spellings.map(normalizeCompanyName))).toEqual(new Set(['muller brot']));
  });

  it('turns punctuation into single spaces and "&" into "and"', () => {
    expect(normalizeCompanyName('  Acme   Widgets  ')).toBe('acme widgets');
    expect(normalizeCompanyName('Acme-Widgets (Europe)')).toBe('acme widgets europe');
    expect(normalizeCompanyName('Procter & Gamble')).toBe('procter and gamble');
    expect(normalizeCompanyName('Procter and Gamble Co.')).toBe('procter and gamble');
    expect(normalizeCompanyName("O'Reilly Media, Inc.")).toBe('o reilly media');
  });

  it('keeps digits and non-Latin letters', () => {
    expect(normalizeCompanyName('3M Company')).toBe('3m');
    expect(normalizeCompanyName('Яндекс Технологии')).toBe('яндекс технологии');
    expect(normalizeCompanyName('ＡＣＭＥ Ltd')).toBe('acme');
  });

  it('returns an empty key for a name of punctuation only', () => {
    expect(normalizeCompanyName('...')).toBe('');
    expect(normalizeCompanyName('')).toBe('');
  });
});

describe('foldText', () => {
  it('removes marks and lower-cases', () => {
    expect(foldText('ÉCOLE Ñandú')).toBe('ecole nandu');
  });
});
