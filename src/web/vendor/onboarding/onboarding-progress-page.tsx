import { Paper, Stack, Tabs } from '@mantine/core';
import { useSession } from '../../shared/auth/session';
import { PageHeader } from '../../shared/layout/page-header';
import { oneOf, PARTNER_TYPES } from '../options';
import { ChecklistDrawer } from './checklist-drawer';
import { FirstRevenueChart } from './first-revenue-chart';
import { ONBOARDING_SORTS, type OnboardingFilters } from './onboarding-api';
import { OnboardingKpis } from './onboarding-kpis';
import { OnboardingsTable } from './onboardings-table';
import { TemplatesPanel } from './templates-panel';
import { useOnboardingSearch } from './use-onboarding-search';

/** Onboarding across partners: progress, stalled checklists, time to first revenue, and the checklist templates. */
export function OnboardingProgressPage() {
  const user = useSession();
  const { search, set } = useOnboardingSearch();
  const tab = search.tab === 'templates' ? 'templates' : 'progress';
  // Partner managers own a book of partners, so their view starts with those.
  const showMine = user.role === 'partner_manager' || user.role === 'admin';
  const mine = search.mine === undefined ? user.role === 'partner_manager' : search.mine === '1';
  const partnerType = oneOf(PARTNER_TYPES, search.partnerType);
  const scope = { ...(partnerType ? { partnerType } : {}), ...(mine ? { managerId: user.id } : {}) };
  const filters: OnboardingFilters = {
    ...scope,
    ...(search.status === 'in_progress' || search.status === 'completed' ? { status: search.status } : {}),
    ...(search.stalled === 'true' ? { stalled: 'true' as const } : {}),
  };
  const sort = oneOf(ONBOARDING_SORTS, search.sort) ?? '-startedAt';

  return (
    <>
      <PageHeader
        title="Onboarding"
        description="Every partner's onboarding checklist: progress, stalled partners, time to first revenue, and the checklists per partner type."
      />
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => set({ tab: value === 'templates' ? value : undefined })}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="progress">Progress</Tabs.Tab>
          <Tabs.Tab value="templates">Checklist templates</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="progress">
          <Stack>
            <OnboardingKpis
              scope={scope}
              onShowStalled={() => set({ stalled: 'true', status: 'in_progress' })}
            />
            <Paper withBorder radius="md" p="md">
              <OnboardingsTable
                filters={filters}
                sort={sort}
                search={search}
                set={set}
                showMine={showMine}
                mine={mine}
                onOpen={(partnerId) => set({ partner: partnerId }, { replace: false })}
              />
            </Paper>
            <FirstRevenueChart />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesPanel />
        </Tabs.Panel>
      </Tabs>
      <ChecklistDrawer partnerId={search.partner} onClose={() => set({ partner: undefined })} />
    </>
  );
}
