import { PageHeader } from '../../shared/layout/page-header';

export function BenchmarksPage() {
  return <PageHeader title="Peer benchmarks" />;
}
