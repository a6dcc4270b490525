import { Tabs } from '@mantine/core';
import { IconChartLine, IconTemplate } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';

const TABS = [
  { value: '/console/marketing', label: 'Templates', icon: IconTemplate },
  { value: '/console/marketing/campaigns', label: 'Campaign performance', icon: IconChartLine },
] as const;

export type MarketingTab = (typeof TABS)[number]['value'];

export function MarketingTabs({ active }: { active: MarketingTab }) {
  const navigate = useNavigate();
  return (
    <Tabs
      value={active}
      onChange={(value) => {
        if (value && value !== active) void navigate({ to: value as MarketingTab });
      }}
      mb="lg"
      activateTabWithKeyboard={false}
      aria-label="Marketing sections"
    >
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value} leftSection={<tab.icon size={16} />}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
