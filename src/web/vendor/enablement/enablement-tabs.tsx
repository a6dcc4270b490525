import { Tabs } from '@mantine/core';
import { IconBook, IconCertificate, IconRoute } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';

const TABS = [
  { value: '/console/enablement', label: 'Courses', icon: IconBook },
  { value: '/console/enablement/paths', label: 'Learning paths', icon: IconRoute },
  { value: '/console/enablement/certifications', label: 'Certifications', icon: IconCertificate },
] as const;

export type EnablementTab = (typeof TABS)[number]['value'];

/** The enablement screens' own navigation: courses, learning paths and the certification report. */
export function EnablementTabs({ active }: { active: EnablementTab }) {
  const navigate = useNavigate();
  return (
    <Tabs
      value={active}
      onChange={(value) => {
        if (value && value !== active) void navigate({ to: value as EnablementTab });
      }}
      mb="lg"
      activateTabWithKeyboard={false}
      aria-label="Enablement sections"
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
