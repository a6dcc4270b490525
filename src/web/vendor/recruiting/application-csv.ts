import type { CsvColumn } from '../../shared/data-table/csv-export';
import type { Application } from './recruiting-stages';

export const APPLICATION_CSV_COLUMNS: CsvColumn<Application>[] = [
  { header: 'id', value: (a) => a.id },
  { header: 'company', value: (a) => a.companyName },
  { header: 'status', value: (a) => a.status },
  { header: 'source', value: (a) => a.source },
  { header: 'type', value: (a) => a.type },
  { header: 'regions', value: (a) => a.regions.join(' ') },
  { header: 'specializations', value: (a) => a.specializations.join(' ') },
  { header: 'country', value: (a) => a.country },
  { header: 'employees', value: (a) => a.employees },
  { header: 'website', value: (a) => a.website },
  { header: 'domain', value: (a) => a.domain },
  { header: 'contact_name', value: (a) => a.contactName },
  { header: 'contact_email', value: (a) => a.contactEmail },
  { header: 'fit_score', value: (a) => a.fitScore },
  { header: 'duplicate_of_kind', value: (a) => a.duplicateOf?.kind },
  { header: 'duplicate_of_name', value: (a) => a.duplicateOf?.name },
  { header: 'rejection_reason', value: (a) => a.rejectionReason },
  { header: 'partner_id', value: (a) => a.partnerId },
  { header: 'owner_id', value: (a) => a.ownerId },
  { header: 'created_at', value: (a) => a.createdAt },
  { header: 'status_changed_at', value: (a) => a.statusChangedAt },
];
