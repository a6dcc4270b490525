import { PageHeader } from '../../shared/layout/page-header';

export function WebhooksPage() {
  return <PageHeader title="Webhooks" />;
}
