import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { useSession } from '../shared/auth/session';
import { formatDate, formatNumber, STAGE_COLORS, stageLabel, typeLabel } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { NotFoundPage } from '../shared/states/not-found-page';
import { ErrorState, isNotFound, LoadingState } from '../shared/states/states';
import { ContactsSection } from './contacts-section';
import { PartnerProfileForm } from './partner-profile-form';
import { type PartnerDetail, partnerDetailQuery, regionLabel, websiteHref } from './portal-queries';

/** /portal/organization: the signed-in user's own organization. */
export function PortalOrganizationPage() {
  const user = useSession();
  return <OrganizationView partnerId={user.partnerId!} />;
}

/** /portal/partners/$partnerId: the same page by id; any other organization's id is not found. */
export function PortalPartnerPage() {
  const { partnerId } = useParams({ from: '/signed-in/portal/partners/$partnerId' });
  return <OrganizationView partnerId={partnerId} />;
}

function OrganizationView({ partnerId }: { partnerId: string }) {
  const user = useSession();
  const detail = useQuery(partnerDetailQuery(partnerId));
  const [editing, setEditing] = useState(false);
  const hash = useRouterState({ select: (s) => s.location.hash });
  const loaded = detail.data !== undefined;
  // The home page's task links point at #profile or #contacts; scroll there once the page has content.
  useEffect(() => {
    if (loaded && hash) document.getElementById(hash)?.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);

  if (detail.isLoading) return <LoadingState label="Loading your organization…" />;
  if (detail.error) {
    if (isNotFound(detail.error)) return <NotFoundPage what="organization" />;
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const partner = detail.data!;
  const canEdit = user.role === 'partner_admin' && user.partnerId === partner.id;

  return (
    <>
      <PageHeader
        title={partner.name}
        description={
          <Group gap="xs" component="span">
            <span>{typeLabel(partner.type)}</span>
            <Badge component="span" color={STAGE_COLORS[partner.stage] ?? 'gray'} variant="light" size="sm">
              {stageLabel(partner.stage)}
            </Badge>
            {partner.tier ? (
              <Badge component="span" color="yellow" variant="light" size="sm" tt="capitalize">
                {partner.tier}
              </Badge>
            ) : null}
          </Group>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" id="profile" style={{ scrollMarginTop: 72 }}>
          <Group justify="space-between" mb="md">
            <Title order={3} size="h4">
              Profile
            </Title>
            {canEdit && !editing ? (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencil size={14} />}
                onClick={() => setEditing(true)}
              >
                Edit profile
              </Button>
            ) : null}
          </Group>
          {editing ? (
            <PartnerProfileForm partner={partner} onDone={() => setEditing(false)} />
          ) : (
            <ProfileView partner={partner} canEdit={canEdit} />
          )}
        </Card>
        <Card withBorder padding="lg">
          <Title order={3} size="h4" mb="xs">
            Managed by the vendor
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Your name, type, stage, tier, domains and partner manager are set by the vendor's partner team.
            Write to your partner manager if something here is wrong.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            <Fact label="Partner type">{typeLabel(partner.type)}</Fact>
            <Fact label="Stage">{stageLabel(partner.stage)}</Fact>
            <Fact label="Tier">{partner.tier ?? 'No tier yet'}</Fact>
            <Fact label="Domains">{partner.domains.length ? partner.domains.join(', ') : '—'}</Fact>
            <Fact label="Partner manager">
              {partner.owner ? (
                <Anchor href={`mailto:${partner.owner.email}`} size="sm">
                  {partner.owner.name}
                </Anchor>
              ) : (
                'Not assigned yet'
              )}
            </Fact>
            <Fact label="Partner since">{formatDate(partner.createdAt)}</Fact>
          </SimpleGrid>
        </Card>
        <Card withBorder padding="lg" id="contacts" style={{ scrollMarginTop: 72 }}>
          <Title order={3} size="h4" mb="xs">
            Contacts
          </Title>
          <ContactsSection partnerId={partner.id} canEdit={canEdit} />
        </Card>
      </Stack>
    </>
  );
}

function ProfileView({ partner, canEdit }: { partner: PartnerDetail; canEdit: boolean }) {
  const missing = canEdit ? 'Not set: edit the profile to add it' : 'Not set';
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <Fact label="Website">
          {partner.website ? (
            <Anchor href={websiteHref(partner.website)} target="_blank" rel="noopener noreferrer" size="sm">
              {partner.website}
            </Anchor>
          ) : (
            <Missing>{missing}</Missing>
          )}
        </Fact>
        <Fact label="Country">{partner.country ?? <Missing>Not set</Missing>}</Fact>
        <Fact label="Employees">
          {partner.employees ? formatNumber(partner.employees) : <Missing>Not set</Missing>}
        </Fact>
        <Fact label="Regions">
          {partner.regions.length ? (
            partner.regions.map(regionLabel).join(', ')
          ) : (
            <Missing>{missing}</Missing>
          )}
        </Fact>
        <Fact label="Specializations">
          {partner.specializations.length ? (
            <Group gap={4}>
              {partner.specializations.map((s) => (
                <Badge key={s} variant="outline" color="gray" size="sm" tt="none">
                  {s}
                </Badge>
              ))}
            </Group>
          ) : (
            <Missing>{missing}</Missing>
          )}
        </Fact>
      </SimpleGrid>
      <Fact label="Description">
        {partner.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {partner.description}
          </Text>
        ) : (
          <Missing>{missing}</Missing>
        )}
      </Fact>
      {canEdit ? null : (
        <Text size="xs" c="dimmed">
          Only a partner admin of your organization can edit the profile.
        </Text>
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={2}>
        {label}
      </Text>
      {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
    </div>
  );
}

function Missing({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {children}
    </Text>
  );
}
