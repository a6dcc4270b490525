import { useNavigate, useSearch } from '@tanstack/react-router';
import { type MappingSearch, MappingWorkspace } from '../../shared/mapping/mapping-workspace';

/** The partner page's "Account mapping" tab: the shared workspace from the vendor's side, its state in the URL. */
export function PartnerMappingPanel({ partner }: { partner: { id: string; name: string } }) {
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();

  function onSearch(patch: MappingSearch) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) if (value) next[key] = value;
    void navigate({
      to: '/console/partners/$partnerId',
      params: { partnerId: partner.id },
      search: next,
      replace: true,
    });
  }

  return (
    <MappingWorkspace
      partnerId={partner.id}
      partnerName={partner.name}
      viewer="vendor"
      search={search}
      onSearch={onSearch}
    />
  );
}
