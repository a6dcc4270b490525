import { PageHeader } from '../../shared/layout/page-header';

export function PartnerScorecardPage() {
  return <PageHeader title="Partner scorecard" />;
}
