import type { Schemas } from '../../../shared/api/client';
import { api, unwrap } from '../../../shared/api/client';

export type CrmImportDetail = Schemas['CrmImportDetail'];
export type CrmSource = CrmImportDetail['source'];
export type CrmObject = CrmImportDetail['object'];

export const CRM_IMPORTS_KEY = ['integrations', 'imports'] as const;

export const SOURCES: { value: CrmSource; label: string }[] = [
  { value: 'salesforce', label: 'Salesforce' },
  { value: 'hubspot', label: 'HubSpot' },
];

export const OBJECTS: { value: CrmObject; label: string }[] = [
  { value: 'accounts', label: 'Accounts (companies)' },
  { value: 'contacts', label: 'Contacts' },
  { value: 'opportunities', label: 'Opportunities (deals)' },
];

/** Sends the chosen file as it is; the server tells CSV from JSON by its first bytes. */
export function uploadCrmFile(source: CrmSource, object: CrmObject, file: File) {
  return unwrap(
    api.POST('/api/integrations/imports', {
      params: { query: { source, object, fileName: file.name.slice(0, 200) || 'crm-export' } },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'content-type': 'application/octet-stream' },
    }),
  );
}

export const saveCrmMapping = (id: string, mapping: Record<string, string>) =>
  unwrap(api.PUT('/api/integrations/imports/{id}/mapping', { params: { path: { id } }, body: { mapping } }));

export const previewCrmImport = (id: string) =>
  unwrap(api.POST('/api/integrations/imports/{id}/preview', { params: { path: { id } } }));

export const applyCrmImport = (id: string) =>
  unwrap(api.POST('/api/integrations/imports/{id}/apply', { params: { path: { id } } }));
