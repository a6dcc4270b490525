import { PageHeader } from '../../shared/layout/page-header';

export function CrmImportPage() {
  return <PageHeader title="CRM import" />;
}
