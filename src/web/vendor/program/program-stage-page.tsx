import { PageHeader } from '../../shared/layout/page-header';

export function ProgramStagePage() {
  return <PageHeader title="Program stage and SWOT" />;
}
