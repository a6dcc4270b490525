import { PageHeader } from '../../shared/layout/page-header';

export function ForecastPage() {
  return <PageHeader title="Indirect revenue forecast" />;
}
