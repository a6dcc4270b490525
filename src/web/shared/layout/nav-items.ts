import {
  IconAddressBook,
  IconAward,
  IconBriefcase,
  IconBuildingStore,
  IconCash,
  IconCertificate,
  IconChartDots,
  IconChecklist,
  IconClipboardCheck,
  IconCoins,
  IconHeartbeat,
  IconHome,
  IconKey,
  IconListDetails,
  IconMoodSmile,
  IconPlugConnected,
  IconReportAnalytics,
  IconRocket,
  IconScale,
  IconSchool,
  IconSpeakerphone,
  IconStairsUp,
  IconTarget,
  IconTopologyStar3,
  IconUserPlus,
  IconUserSearch,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Permission } from '../auth/permissions';
import type { SessionUser } from '../auth/session';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number }>;
  roles?: readonly string[];
  /** Shown only when the server's permission list for the user has it. */
  permission?: Permission;
}

export const CONSOLE_NAV: NavItem[] = [
  { to: '/console', label: 'Program home', icon: IconHome },
  { to: '/console/partners', label: 'Partners', icon: IconBuildingStore },
  {
    to: '/console/accounts',
    label: 'Accounts',
    icon: IconAddressBook,
    roles: ['admin', 'partner_manager', 'sales_rep', 'finance'],
  },
  { to: '/console/registrations', label: 'Deal registrations', icon: IconClipboardCheck },
  { to: '/console/deals', label: 'Deals', icon: IconBriefcase },
  {
    to: '/console/rules',
    label: 'Rules of engagement',
    icon: IconScale,
    roles: ['admin', 'partner_manager', 'sales_rep', 'finance'],
  },
  {
    to: '/console/mapping',
    label: 'Account mapping',
    icon: IconTopologyStar3,
    permission: 'mapping.program.read',
  },
  { to: '/console/ipp', label: 'Ideal partner profile', icon: IconTarget },
  { to: '/console/recruiting', label: 'Recruiting', icon: IconUserPlus, permission: 'recruiting.read' },
  {
    to: '/console/onboarding',
    label: 'Onboarding',
    icon: IconRocket,
    permission: 'onboarding.templates.read',
  },
  { to: '/console/tiers', label: 'Tiers', icon: IconAward, permission: 'tiers.read' },
  { to: '/console/health', label: 'Lifecycle health', icon: IconHeartbeat, permission: 'health.read' },
  {
    to: '/console/enablement',
    label: 'Enablement',
    icon: IconSchool,
    permission: 'enablement.author.read',
  },
  { to: '/console/marketing', label: 'Marketing', icon: IconSpeakerphone, permission: 'marketing.manage' },
  {
    to: '/console/leads',
    label: 'Leads',
    icon: IconUserSearch,
    roles: ['admin', 'partner_manager', 'sales_rep'],
  },
  { to: '/console/mdf', label: 'MDF', icon: IconCash, roles: ['admin', 'partner_manager', 'finance'] },
  { to: '/console/incentives', label: 'Incentives', icon: IconCoins, permission: 'incentives.read' },
  {
    to: '/console/surveys',
    label: 'Partner satisfaction',
    icon: IconMoodSmile,
    permission: 'surveys.report.read',
  },
  { to: '/console/analytics', label: 'Program analytics', icon: IconChartDots, permission: 'analytics.read' },
  { to: '/console/program', label: 'Program stage', icon: IconStairsUp, permission: 'program.read' },
  {
    to: '/console/integrations',
    label: 'Integrations',
    icon: IconPlugConnected,
    permission: 'integrations.import',
  },
  { to: '/console/webhooks', label: 'Webhooks', icon: IconWebhook, permission: 'webhooks.read' },
  { to: '/console/users', label: 'Users', icon: IconUsers, roles: ['admin', 'partner_manager'] },
  { to: '/console/api-keys', label: 'API keys', icon: IconKey },
  { to: '/console/audit', label: 'Audit log', icon: IconListDetails, roles: ['admin'] },
];

export const PORTAL_NAV: NavItem[] = [
  { to: '/portal', label: 'Home', icon: IconHome },
  { to: '/portal/registrations', label: 'Deal registrations', icon: IconClipboardCheck },
  { to: '/portal/deals', label: 'Deals', icon: IconBriefcase },
  { to: '/portal/mapping', label: 'Account mapping', icon: IconTopologyStar3, permission: 'mapping.read' },
  { to: '/portal/onboarding', label: 'My onboarding', icon: IconRocket, permission: 'onboarding.read' },
  { to: '/portal/tier', label: 'My tier', icon: IconAward, permission: 'tiers.read' },
  { to: '/portal/learning', label: 'My learning', icon: IconSchool, permission: 'enablement.read' },
  {
    to: '/portal/certificates',
    label: 'Certificates',
    icon: IconCertificate,
    permission: 'enablement.read',
  },
  { to: '/portal/campaigns', label: 'Campaigns', icon: IconSpeakerphone, permission: 'marketing.read' },
  { to: '/portal/leads', label: 'Leads', icon: IconUserSearch, permission: 'leads.respond' },
  { to: '/portal/mdf', label: 'Marketing funds', icon: IconCash, permission: 'mdf.read' },
  { to: '/portal/incentives', label: 'Incentives', icon: IconCoins, permission: 'incentives.read' },
  { to: '/portal/surveys', label: 'Surveys', icon: IconMoodSmile, permission: 'surveys.respond' },
  { to: '/portal/scorecard', label: 'My scorecard', icon: IconReportAnalytics, permission: 'scorecard.read' },
  { to: '/portal/organization', label: 'My organization', icon: IconChecklist },
  { to: '/portal/users', label: 'Users', icon: IconUsers, roles: ['partner_admin'] },
  { to: '/portal/api-keys', label: 'API keys', icon: IconKey },
];

export function navFor(user: SessionUser): NavItem[] {
  const items = user.partnerId ? PORTAL_NAV : CONSOLE_NAV;
  return items.filter(
    (item) =>
      (!item.roles || item.roles.includes(user.role)) &&
      (!item.permission || user.permissions.includes(item.permission)),
  );
}
