import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowsExchange, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { ConfirmDialog } from '../shared/form/confirm-dialog';
import { humanize, typeLabel } from '../shared/format';
import { NotFoundPage } from '../shared/states/not-found-page';
import { ErrorState, isNotFound } from '../shared/states/states';
import { AuditTrail } from './audit-trail';
import { FitScore, StageBadge } from './badges';
import { ContactsPanel } from './contacts-panel';
import { FitPanel } from './fit-reasons';
import { LifecyclePanel } from './lifecycle-panel';
import { PartnerMappingPanel } from './mapping/partner-mapping-panel';
import { PartnerProfilePanel } from './partner-profile-panel';
import { PartnerUsersPanel } from './partner-users-panel';
import { partnerQuery } from './queries';
import { StageChangeDialog } from './stage-change-dialog';
import { PartnerTierPanel } from './tiers/partner-tier-panel';

const TABS = ['profile', 'contacts', 'users', 'lifecycle', 'fit', 'mapping', 'audit'] as const;
type Tab = (typeof TABS)[number];

function HeaderSkeleton() {
  return (
    <Stack gap="sm" mb="lg" aria-busy="true" aria-label="Loading partner">
      <Skeleton height={14} width={80} />
      <Skeleton height={32} width={320} />
      <Skeleton height={20} width={260} />
    </Stack>
  );
}

/** One partner: header with stage and fit, and tabs for profile, contacts, users, lifecycle, fit, account mapping and audit. */
export function PartnerDetailPage() {
  const { partnerId } = useParams({ strict: false }) as { partnerId: string };
  const search = useSearch({ strict: false }) as { tab?: string };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const can = useCan();
  const partner = useQuery(partnerQuery(partnerId));
  const [changingStage, setChangingStage] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const visible: Tab[] = TABS.filter(
    (t) =>
      (t !== 'users' || can('users.read')) &&
      (t !== 'audit' || can('audit.read')) &&
      (t !== 'mapping' || can('mapping.read')),
  );
  const tab: Tab = visible.includes(search.tab as Tab) ? (search.tab as Tab) : 'profile';
  const setTab = (next: string | null) =>
    navigate({
      to: '/console/partners/$partnerId',
      params: { partnerId },
      search: next && next !== 'profile' ? { tab: next } : {},
      replace: true,
    });

  if (partner.error && isNotFound(partner.error)) return <NotFoundPage what="partner" />;

  const p = partner.data;
  return (
    <>
      <Anchor component={Link} to="/console/partners" size="sm" c="dimmed">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> Partners
        </Group>
      </Anchor>
      {partner.error ? (
        <Stack mt="md">
          <ErrorState error={partner.error} onRetry={() => partner.refetch()} />
        </Stack>
      ) : !p ? (
        <HeaderSkeleton />
      ) : (
        <>
          <Group justify="space-between" align="flex-start" mt={4} mb="lg" wrap="wrap">
            <Stack gap={6}>
              <Title order={2} data-testid="partner-name">
                {p.name}
              </Title>
              <Group gap="xs">
                <Badge variant="outline" color="gray" tt="none">
                  {typeLabel(p.type)}
                </Badge>
                <StageBadge stage={p.stage} size="md" />
                <Badge variant="light" color={p.tier ? 'grape' : 'gray'} tt="none">
                  {p.tier ? `Tier: ${humanize(p.tier)}` : 'No tier'}
                </Badge>
                <Group gap={6} ml="xs">
                  <Text size="sm" c="dimmed">
                    IPP fit
                  </Text>
                  <FitScore score={p.fitScore} />
                </Group>
              </Group>
              <Text size="sm" c="dimmed">
                Owner: {p.owner ? `${p.owner.name} (${p.owner.email})` : 'nobody yet'}
                {p.website ? (
                  <>
                    {' · '}
                    <Anchor
                      href={p.website.startsWith('http') ? p.website : `https://${p.website}`}
                      target="_blank"
                      rel="noreferrer"
                      size="sm"
                    >
                      {p.website}
                    </Anchor>
                  </>
                ) : null}
              </Text>
            </Stack>
            <Group gap="sm">
              {can('partners.stage') ? (
                <Button leftSection={<IconArrowsExchange size={16} />} onClick={() => setChangingStage(true)}>
                  Change stage
                </Button>
              ) : null}
              {can('partners.delete') ? (
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={() => setDeleting(true)}
                >
                  Delete
                </Button>
              ) : null}
            </Group>
          </Group>

          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="profile">Profile</Tabs.Tab>
              <Tabs.Tab value="contacts">Contacts ({p.contactCount})</Tabs.Tab>
              {visible.includes('users') ? <Tabs.Tab value="users">Users ({p.userCount})</Tabs.Tab> : null}
              <Tabs.Tab value="lifecycle">Lifecycle</Tabs.Tab>
              <Tabs.Tab value="fit">IPP fit</Tabs.Tab>
              {visible.includes('mapping') ? <Tabs.Tab value="mapping">Account mapping</Tabs.Tab> : null}
              {visible.includes('audit') ? <Tabs.Tab value="audit">Audit trail</Tabs.Tab> : null}
            </Tabs.List>
            {/* The mapping workspace brings its own panels; the other tabs share one frame. */}
            <Tabs.Panel value="mapping">
              <PartnerMappingPanel partner={p} />
            </Tabs.Panel>
            {tab === 'mapping' ? null : (
              <Paper withBorder radius="md" p="md">
                <Tabs.Panel value="profile">
                  <PartnerProfilePanel partner={p} />
                </Tabs.Panel>
                <Tabs.Panel value="contacts">
                  <ContactsPanel partnerId={p.id} />
                </Tabs.Panel>
                <Tabs.Panel value="users">
                  <PartnerUsersPanel partner={p} />
                </Tabs.Panel>
                <Tabs.Panel value="lifecycle">
                  <LifecyclePanel partner={p} onChangeStage={() => setChangingStage(true)} />
                  <PartnerTierPanel partnerId={p.id} />
                </Tabs.Panel>
                <Tabs.Panel value="fit">
                  <FitPanel partnerId={p.id} />
                </Tabs.Panel>
                <Tabs.Panel value="audit">
                  <AuditTrail partnerId={p.id} />
                </Tabs.Panel>
              </Paper>
            )}
          </Tabs>

          <StageChangeDialog partner={p} opened={changingStage} onClose={() => setChangingStage(false)} />
          <ConfirmDialog
            opened={deleting}
            onClose={() => setDeleting(false)}
            title={`Delete ${p.name}?`}
            confirmLabel="Delete partner"
            onConfirm={async () => {
              await unwrap(api.DELETE('/api/partners/{id}', { params: { path: { id: p.id } } }));
              queryClient.removeQueries({ queryKey: partnerQuery(p.id).queryKey });
              await queryClient.invalidateQueries({ queryKey: ['partners'] });
              notifications.show({
                color: 'teal',
                title: 'Partner deleted',
                message: `${p.name} was deleted.`,
              });
              await navigate({ to: '/console/partners' });
            }}
          >
            Deleting is for partners entered by mistake: the partner and its contacts are removed for good. A
            partner that already has portal users cannot be deleted; move it to <b>churned</b> instead.
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
