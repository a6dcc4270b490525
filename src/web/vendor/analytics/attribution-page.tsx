import { PageHeader } from '../../shared/layout/page-header';

export function AttributionPage() {
  return <PageHeader title="Attribution" />;
}
