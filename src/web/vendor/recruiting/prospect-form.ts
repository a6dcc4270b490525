import { blankToNull, numberField, numberOrNull } from '../../shared/form/values';
import type { PartnerType, Region } from '../options';
import type { CreateApplicationBody } from './recruiting-api';
import type { Application } from './recruiting-stages';

export interface ProspectFormState {
  companyName: string;
  website: string;
  country: string;
  type: PartnerType | null;
  regions: Region[];
  specializations: string[];
  employees: string | number;
  contactName: string;
  contactEmail: string;
  message: string;
  ownerId: string | null;
}

export const emptyProspectForm: ProspectFormState = {
  companyName: '',
  website: '',
  country: '',
  type: null,
  regions: [],
  specializations: [],
  employees: '',
  contactName: '',
  contactEmail: '',
  message: '',
  ownerId: null,
};

export function prospectFormFrom(a: Application): ProspectFormState {
  return {
    companyName: a.companyName,
    website: a.website ?? '',
    country: a.country ?? '',
    type: a.type,
    regions: a.regions,
    specializations: a.specializations,
    employees: numberField(a.employees),
    contactName: a.contactName,
    contactEmail: a.contactEmail,
    message: a.message ?? '',
    ownerId: a.ownerId,
  };
}

/** The form as the API takes it (a missing type is caught before sending). */
export function prospectBody(form: ProspectFormState): CreateApplicationBody {
  return {
    companyName: form.companyName.trim(),
    website: blankToNull(form.website),
    country: blankToNull(form.country.toUpperCase()),
    type: form.type ?? 'reseller',
    regions: form.regions,
    specializations: form.specializations,
    employees: numberOrNull(form.employees),
    contactName: form.contactName.trim(),
    contactEmail: form.contactEmail.trim(),
    message: blankToNull(form.message),
    ownerId: form.ownerId,
  };
}

/** The required fields left empty, as field errors the form shows before asking the API. */
export function missingProspectFields(form: ProspectFormState): { field: string; message: string }[] {
  const missing: { field: string; message: string }[] = [];
  if (!form.companyName.trim()) missing.push({ field: 'companyName', message: 'is required' });
  if (!form.type) missing.push({ field: 'type', message: 'is required' });
  if (!form.contactName.trim()) missing.push({ field: 'contactName', message: 'is required' });
  if (!form.contactEmail.trim()) missing.push({ field: 'contactEmail', message: 'is required' });
  return missing;
}
