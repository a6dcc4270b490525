import { PageHeader } from '../../shared/layout/page-header';

export function WebhookPage() {
  return <PageHeader title="Webhook" />;
}
