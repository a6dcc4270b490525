import { PageHeader } from '../../shared/layout/page-header';

export function PortalScorecardPage() {
  return <PageHeader title="My scorecard" />;
}
