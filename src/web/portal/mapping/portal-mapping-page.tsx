import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useSession } from '../../shared/auth/session';
import { PageHeader } from '../../shared/layout/page-header';
import { type MappingSearch, MappingWorkspace } from '../../shared/mapping/mapping-workspace';
import { partnerDetailQuery } from '../portal-queries';

/** /portal/mapping: the partner's own account mapping with the vendor, from the partner's side. */
export function PortalMappingPage() {
  const user = useSession();
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  const partner = useQuery(partnerDetailQuery(user.partnerId!));

  function onSearch(patch: MappingSearch) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) if (value) next[key] = value;
    void navigate({ to: '/portal/mapping', search: next, replace: true });
  }

  return (
    <>
      <PageHeader
        title="Account mapping"
        description="Which of your customers and prospects the vendor knows, and the accounts to work on together. The vendor sees only what you share."
      />
      <MappingWorkspace
        partnerId={user.partnerId!}
        partnerName={partner.data?.name ?? 'my-organization'}
        viewer="partner"
        search={search}
        onSearch={onSearch}
      />
    </>
  );
}
