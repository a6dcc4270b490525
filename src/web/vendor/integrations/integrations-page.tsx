import { PageHeader } from '../../shared/layout/page-header';

export function IntegrationsPage() {
  return <PageHeader title="Integrations" />;
}
