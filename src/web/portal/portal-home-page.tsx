import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAward, IconChecklist, IconCircleCheck, IconMail, IconUserCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useSession } from '../shared/auth/session';
import { formatNumber, humanize, STAGE_COLORS, stageLabel, typeLabel } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { ErrorState, LoadingState } from '../shared/states/states';
import {
  contactsQuery,
  type PartnerDetail,
  type PortalTask,
  partnerDetailQuery,
  regionLabel,
  tasksFor,
  websiteHref,
} from './portal-queries';

export function PortalHomePage() {
  const user = useSession();
  const partnerId = user.partnerId!;
  const detail = useQuery(partnerDetailQuery(partnerId));
  const contacts = useQuery(contactsQuery(partnerId));
  const firstName = user.name.split(' ')[0] ?? user.name;

  if (detail.isLoading || contacts.isLoading) return <LoadingState label="Loading your portal…" />;
  if (detail.error || contacts.error) {
    return (
      <ErrorState
        error={detail.error ?? contacts.error}
        onRetry={() => {
          void detail.refetch();
          void contacts.refetch();
        }}
      />
    );
  }
  const partner = detail.data!;
  const tasks = tasksFor(partner, contacts.data!.items);
  const isAdmin = user.role === 'partner_admin';

  return (
    <>
      <PageHeader
        title={`Welcome, ${firstName}`}
        description={`${partner.name} · your partner portal: your program status, what to do next and who to talk to.`}
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TierCard tier={partner.tier} />
          <VendorContactCard owner={partner.owner} />
        </SimpleGrid>
        <TasksCard tasks={tasks} isAdmin={isAdmin} />
        <OrganizationSummaryCard partner={partner} />
      </Stack>
    </>
  );
}

function TierCard({ tier }: { tier: string | null }) {
  return (
    <Card withBorder padding="lg" data-testid="tier-card">
      <Group gap="sm" mb="sm">
        <ThemeIcon variant="light" color="yellow" size="lg" radius="xl">
          <IconAward size={20} />
        </ThemeIcon>
        <Title order={3} size="h4">
          My tier
        </Title>
      </Group>
      {tier ? (
        <Stack gap={6}>
          <Text size="xl" fw={700} tt="capitalize">
            {humanize(tier)}
          </Text>
          <Text size="sm" c="dimmed">
            Your tier sets your benefits: discount, how long approved deal registrations are protected, your
            share of market development funds and your priority for leads. It is reviewed on your recent
            results.
          </Text>
        </Stack>
      ) : (
        <Stack gap={6}>
          <Text size="xl" fw={700}>
            No tier yet
          </Text>
          <Text size="sm" c="dimmed">
            Tiers (for example silver, gold and platinum) are earned on your trailing results: registered and
            won deals, certified people and customer outcomes. A higher tier brings a larger discount, longer
            protection for approved deal registrations, a larger share of market development funds and
            priority for leads. Your tier appears here as soon as the vendor assigns one.
          </Text>
        </Stack>
      )}
    </Card>
  );
}

function VendorContactCard({ owner }: { owner: PartnerDetail['owner'] }) {
  return (
    <Card withBorder padding="lg" data-testid="vendor-contact-card">
      <Group gap="sm" mb="sm">
        <ThemeIcon variant="light" color="indigo" size="lg" radius="xl">
          <IconUserCircle size={20} />
        </ThemeIcon>
        <Title order={3} size="h4">
          My contacts at the vendor
        </Title>
      </Group>
      {owner ? (
        <Stack gap={6}>
          <Text fw={600}>{owner.name}</Text>
          <Text size="sm" c="dimmed">
            Partner manager: your first contact for onboarding, deal registrations and the program.
          </Text>
          <Group>
            <Button
              component="a"
              href={`mailto:${owner.email}`}
              variant="light"
              size="xs"
              leftSection={<IconMail size={14} />}
            >
              {owner.email}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No partner manager is assigned to your organization yet. The vendor's partner team will name one;
          they will appear here with their email.
        </Text>
      )}
    </Card>
  );
}

function TasksCard({ tasks, isAdmin }: { tasks: PortalTask[]; isAdmin: boolean }) {
  return (
    <Card withBorder padding="lg" data-testid="tasks-card">
      <Group gap="sm" mb="sm">
        <ThemeIcon variant="light" color="teal" size="lg" radius="xl">
          <IconChecklist size={20} />
        </ThemeIcon>
        <Title order={3} size="h4">
          My tasks
        </Title>
        {tasks.length ? (
          <Badge variant="light" color="orange">
            {tasks.length} to do
          </Badge>
        ) : null}
      </Group>
      {tasks.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
          <Text size="sm">All set: your profile is complete, you have a primary contact and a team.</Text>
        </Group>
      ) : (
        <Stack gap="sm">
          {tasks.map((task) => (
            <Group
              key={task.id}
              justify="space-between"
              wrap="nowrap"
              align="flex-start"
              data-testid={`task-${task.id}`}
            >
              <div>
                <Text fw={600} size="sm">
                  {task.title}
                </Text>
                <Text size="sm" c="dimmed">
                  {task.detail}
                  {task.adminOnly && !isAdmin ? ' Ask a partner admin in your organization to do this.' : ''}
                </Text>
              </div>
              {task.adminOnly && !isAdmin ? null : (
                <Button
                  component={Link}
                  to={task.to}
                  hash={task.hash}
                  variant="light"
                  size="xs"
                  style={{ flexShrink: 0 }}
                >
                  {task.action}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function OrganizationSummaryCard({ partner }: { partner: PartnerDetail }) {
  const facts: [string, string][] = [
    ['Type', typeLabel(partner.type)],
    ['Regions', partner.regions.length ? partner.regions.map(regionLabel).join(', ') : '—'],
    ['Specializations', partner.specializations.length ? partner.specializations.join(', ') : '—'],
    ['Country', partner.country ?? '—'],
    ['Employees', formatNumber(partner.employees)],
    ['Certified people', formatNumber(partner.certifiedCount)],
    ['Contacts', formatNumber(partner.contactCount)],
    ['Portal users', formatNumber(partner.userCount)],
  ];
  return (
    <Card withBorder padding="lg" data-testid="organization-card">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="sm">
          <Title order={3} size="h4">
            {partner.name}
          </Title>
          <Badge color={STAGE_COLORS[partner.stage] ?? 'gray'} variant="light">
            {stageLabel(partner.stage)}
          </Badge>
        </Group>
        <Anchor component={Link} to="/portal/organization" size="sm">
          View organization
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      {partner.website ? (
        <Text size="sm" mt="sm">
          <Anchor href={websiteHref(partner.website)} target="_blank" rel="noopener noreferrer">
            {partner.website}
          </Anchor>
        </Text>
      ) : null}
    </Card>
  );
}
