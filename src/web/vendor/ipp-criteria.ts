import type { Schemas } from '../shared/api/client';
import { numberOrNull } from '../shared/form/values';
import type { PartnerType, Region } from './options';

export type CriterionSpec = Schemas['IppCriterionSpec'];
export type CriterionKind = CriterionSpec['kind'];

export const KIND_INFO: Record<CriterionKind, { title: string; label: string; help: string }> = {
  partner_type: {
    title: 'Partner type',
    label: 'Preferred partner types',
    help: 'Full points when the partner is one of the preferred types.',
  },
  region: {
    title: 'Region',
    label: 'Covers a target region',
    help: 'Full points when the partner covers at least one target region.',
  },
  specialization: {
    title: 'Specialization',
    label: 'Wanted specializations',
    help: 'Points grow with each wanted specialization the partner has, up to the number that earns full points.',
  },
  company_size: {
    title: 'Company size',
    label: 'Company size',
    help: 'Full points when the employee count is within the range; leave a bound empty for no limit.',
  },
  certifications: {
    title: 'Certifications',
    label: 'Certified people',
    help: 'Points grow with certified people, full at the target.',
  },
  account_overlap: {
    title: 'Account overlap',
    label: 'Shared customers',
    help: 'Points grow with accounts shared with you, full at the target.',
  },
};

export const KINDS = Object.keys(KIND_INFO) as CriterionKind[];

/** One criterion while editing: every kind's settings are kept, so switching kind back loses nothing. */
export interface CriterionDraft {
  key: string;
  kind: CriterionKind;
  label: string;
  weight: number | string;
  preferred: PartnerType[];
  targets: Region[];
  wanted: string[];
  enough: number | string;
  min: number | string;
  max: number | string;
  target: number | string;
}

let nextKey = 0;
const newKey = () => `c${++nextKey}`;

export function newDraft(kind: CriterionKind): CriterionDraft {
  return {
    key: newKey(),
    kind,
    label: KIND_INFO[kind].label,
    weight: 10,
    preferred: [],
    targets: [],
    wanted: [],
    enough: 1,
    min: '',
    max: '',
    target: kind === 'account_overlap' ? 10 : 5,
  };
}

const num = (v: unknown, fallback: number | string = ''): number | string =>
  typeof v === 'number' ? v : fallback;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function draftFrom(criterion: Schemas['IppCriterion']): CriterionDraft {
  const c = criterion.config;
  const kind = (KINDS as string[]).includes(criterion.kind)
    ? (criterion.kind as CriterionKind)
    : 'partner_type';
  return {
    ...newDraft(kind),
    label: criterion.label,
    weight: criterion.weight,
    preferred: strings(c.preferred) as PartnerType[],
    targets: strings(c.targets) as Region[],
    wanted: strings(c.wanted),
    enough: num(c.enough, 1),
    min: num(c.min),
    max: num(c.max),
    target: num(c.target, kind === 'account_overlap' ? 10 : 5),
  };
}

/** The API's shape for one criterion; numbers left empty go as they are so the API names the field. */
export function specFrom(d: CriterionDraft): CriterionSpec {
  const common = { label: d.label.trim(), weight: numberOrNull(d.weight) as number };
  switch (d.kind) {
    case 'partner_type':
      return { kind: d.kind, ...common, preferred: d.preferred };
    case 'region':
      return { kind: d.kind, ...common, targets: d.targets };
    case 'specialization':
      return { kind: d.kind, ...common, wanted: d.wanted, enough: numberOrNull(d.enough) as number };
    case 'company_size':
      return { kind: d.kind, ...common, min: numberOrNull(d.min), max: numberOrNull(d.max) };
    case 'certifications':
    case 'account_overlap':
      return { kind: d.kind, ...common, target: numberOrNull(d.target) as number };
  }
}
