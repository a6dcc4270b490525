import { PageHeader } from '../../shared/layout/page-header';

export function CoInnovationPage() {
  return <PageHeader title="Co-innovation" />;
}
