import { Skeleton, Stack, Tabs } from '@mantine/core';
import { IconAdjustments, IconChartBar } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { PageHeader } from '../../shared/layout/page-header';
import { ErrorState } from '../../shared/states/states';
import { tierProgramQuery } from '../../shared/tiers/tier-queries';
import { CustomMetricEditor } from './custom-metric-editor';
import { EvaluationPreview } from './evaluation-preview';
import { TierProgramEditor } from './tier-program-editor';

type Tab = 'setup' | 'evaluation';

/** The tier program: its setup (tiers, criteria, benefits, settings) and a preview of the evaluation. */
export function TierProgramPage() {
  const can = useCan();
  const search = useSearch({ strict: false }) as { tab?: string };
  const navigate = useNavigate();
  const program = useQuery(tierProgramQuery);
  const [dirty, setDirty] = useState(false);
  const tab: Tab = search.tab === 'evaluation' ? 'evaluation' : 'setup';

  return (
    <>
      <PageHeader
        title="Tiers"
        description="Ordered tiers with criteria on partners’ last 12 months and the benefits each tier brings. Partners are evaluated every day: promoted at once, demoted only after a warning and a grace period."
      />
      {program.error ? (
        <ErrorState error={program.error} onRetry={() => program.refetch()} />
      ) : !program.data ? (
        <Stack aria-busy="true" aria-label="Loading the tier program">
          <Skeleton height={40} width={320} />
          <Skeleton height={160} radius="md" />
          <Skeleton height={320} radius="md" />
        </Stack>
      ) : (
        <Tabs
          value={tab}
          onChange={(next) =>
            navigate({
              to: '/console/tiers',
              search: next === 'evaluation' ? { tab: next } : {},
              replace: true,
            })
          }
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="setup" leftSection={<IconAdjustments size={16} />}>
              Tier setup
            </Tabs.Tab>
            <Tabs.Tab value="evaluation" leftSection={<IconChartBar size={16} />}>
              Evaluation preview
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="setup">
            <Stack>
              <TierProgramEditor
                key={program.data.updatedAt ?? 'default'}
                program={program.data}
                canWrite={can('tiers.write')}
                onDirtyChange={setDirty}
              />
              {can('tiers.evaluate') ? (
                <CustomMetricEditor program={program.data} canWrite={can('tiers.write')} />
              ) : null}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="evaluation">
            <EvaluationPreview
              program={program.data}
              canEvaluate={can('tiers.evaluate')}
              draftIsDirty={dirty}
            />
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
