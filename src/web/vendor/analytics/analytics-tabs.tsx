import { Tabs } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';

const TABS = [
  { value: '/console/analytics', label: 'Dashboard' },
  { value: '/console/analytics/attribution', label: 'Attribution' },
  { value: '/console/analytics/benchmarks', label: 'Benchmarks' },
  { value: '/console/analytics/scores', label: 'Partner scores' },
  { value: '/console/analytics/forecast', label: 'Forecast' },
] as const;

export type AnalyticsTab = (typeof TABS)[number]['value'];

/** The analytics pages' shared navigation, so each is one click from the others. */
export function AnalyticsTabs({ active }: { active: AnalyticsTab }) {
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(value) => value && navigate({ to: value })} mb="lg">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
