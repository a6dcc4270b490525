import { PageHeader } from '../../shared/layout/page-header';

export function ProgramDashboardPage() {
  return <PageHeader title="Program dashboard" />;
}
