import { PageHeader } from '../../shared/layout/page-header';

export function PartnerScoresPage() {
  return <PageHeader title="Partner scores" />;
}
