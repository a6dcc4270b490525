import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconBriefcase,
  IconCircleCheck,
  IconCircleX,
  IconClockHour4,
  IconFileDescription,
  IconHourglassEmpty,
  IconMessageReport,
  IconPencil,
  IconSend,
  IconShieldCheck,
  IconTrophy,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type ComponentType, type ReactNode, useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { formatDay } from '../../shared/dates';
import { ReasonDialog } from '../../shared/form/reason-dialog';
import { changedFields } from '../../shared/form/values';
import { formatDate, formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import type { Registration, RegistrationDetail } from '../../shared/registrations/registration-api';
import { RegistrationStatusBadge } from '../../shared/registrations/registration-status-badge';
import { NotFoundPage } from '../../shared/states/not-found-page';
import { ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { notifySaved } from './notify';
import { ProtectionWindow } from './protection';
import { type RegistrationFields, RegistrationForm } from './registration-form';
import { REGISTRATIONS_KEY, registrationApi, registrationQuery } from './registration-queries';
import { RegistrationTimeline } from './registration-timeline';
import { ruleLabel } from './timeline-entries';

const WITHDRAWABLE = ['draft', 'submitted', 'under_review', 'approved', 'disputed'];
const DISPUTABLE = ['rejected', 'under_review'];

type Dialog = 'withdraw' | 'extend' | 'dispute' | null;

/** /portal/registrations/$registrationId: one registration, its decision, protection, history and actions. */
export function PortalRegistrationPage() {
  const { registrationId } = useParams({ from: '/signed-in/portal/registrations/$registrationId' });
  const can = useCan();
  const queryClient = useQueryClient();
  const detail = useQuery(registrationQuery(registrationId));
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: [REGISTRATIONS_KEY] });

  const submit = useMutation({
    mutationFn: () => registrationApi.submit(registrationId),
    onSuccess: async (submitted) => {
      await refresh();
      notifySaved(submitted, true);
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Not submitted', message: error.message, autoClose: 10_000 }),
  });

  if (detail.isLoading) return <LoadingState label="Loading the registration…" />;
  if (detail.error) {
    if (isNotFound(detail.error)) return <NotFoundPage what="registration" />;
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const data = detail.data!;
  const r = data.registration;
  const canUpdate = can('registrations.update');
  const isDraft = r.status === 'draft';
  const canWithdraw = canUpdate && WITHDRAWABLE.includes(r.status);
  const canExtend = can('registrations.extend') && r.status === 'approved' && !r.extended;
  const canDispute = canUpdate && DISPUTABLE.includes(r.status) && data.disputes.length === 0;

  async function saveDraft(fields: RegistrationFields, andSubmit: boolean) {
    const original = {
      customerName: r.customerName,
      customerWebsite: r.customerWebsite,
      customerCountry: r.customerCountry,
      contactName: r.contactName,
      contactEmail: r.contactEmail,
      contactTitle: r.contactTitle,
      productLines: r.productLines,
      amountMinor: r.amountMinor,
      currency: r.currency,
      expectedClose: r.expectedClose,
      notes: r.notes,
    };
    const changes = changedFields(original, fields);
    let saved: Registration = r;
    try {
      if (Object.keys(changes).length) saved = await registrationApi.update(r.id, changes);
      if (andSubmit) saved = await registrationApi.submit(r.id);
    } catch (error) {
      // Changes saved before a refused submit still show once the user leaves the form.
      if (saved !== r) await refresh();
      throw error;
    }
    await refresh();
    setEditing(false);
    notifySaved(saved, andSubmit);
  }

  const actions: ReactNode[] = [];
  if (isDraft && canUpdate && !editing)
    actions.push(
      <Button
        key="edit"
        variant="default"
        leftSection={<IconPencil size={16} />}
        onClick={() => setEditing(true)}
      >
        Edit draft
      </Button>,
    );
  if (isDraft && can('registrations.create') && !editing)
    actions.push(
      <Button
        key="submit"
        leftSection={<IconSend size={16} />}
        loading={submit.isPending}
        onClick={() => submit.mutate()}
      >
        Submit for decision
      </Button>,
    );
  if (canExtend)
    actions.push(
      <Button
        key="extend"
        variant="light"
        leftSection={<IconHourglassEmpty size={16} />}
        onClick={() => setDialog('extend')}
      >
        Request extension
      </Button>,
    );
  if (canDispute)
    actions.push(
      <Button
        key="dispute"
        variant="light"
        color="orange"
        leftSection={<IconMessageReport size={16} />}
        onClick={() => setDialog('dispute')}
      >
        Dispute decision
      </Button>,
    );
  if (canWithdraw && !editing)
    actions.push(
      <Button
        key="withdraw"
        variant="subtle"
        color="red"
        leftSection={<IconArrowBackUp size={16} />}
        onClick={() => setDialog('withdraw')}
      >
        Withdraw
      </Button>,
    );

  return (
    <>
      <Anchor component={Link} to="/portal/registrations" size="sm" mb="xs" display="inline-block">
        ← Deal registrations
      </Anchor>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span>{r.customerName}</span>
            <RegistrationStatusBadge status={r.status} size="lg" />
          </Group>
        }
        description={`Registered by ${r.partnerName} on ${formatDate(r.createdAt)} · ${formatMoney(r.amountMinor, r.currency)} · ${r.productLines.join(', ')}`}
        actions={actions.length ? actions : undefined}
      />
      <Stack gap="lg">
        <StatusBanner detail={data} />
        {r.protectedUntil ? (
          <Card withBorder padding="lg">
            <Title order={3} size="h4" mb="sm">
              Protection
            </Title>
            <ProtectionWindow registration={r} />
            {r.status === 'approved' ? (
              <Text size="sm" c="dimmed" mt="sm">
                {r.extended
                  ? 'This registration has been extended once; it cannot be extended again.'
                  : 'You can ask for one extension while the deal shows recent activity (a meeting, note or task logged on the co-sell deal).'}
              </Text>
            ) : null}
          </Card>
        ) : null}
        {r.dealId ? (
          <Alert color="blue" variant="light" icon={<IconBriefcase size={18} />} title="Co-sell deal">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm">
                The vendor opened a shared deal for this registration: status, next steps, activity and notes.
              </Text>
              <Button
                size="xs"
                variant="light"
                renderRoot={(props) => (
                  <Link to="/portal/deals/$dealId" params={{ dealId: r.dealId! }} {...props} />
                )}
              >
                Open the co-sell deal
              </Button>
            </Group>
          </Alert>
        ) : null}
        {editing ? (
          <Paper withBorder radius="md" p="lg">
            <Title order={3} size="h4" mb="md">
              Edit draft
            </Title>
            <RegistrationForm
              registration={r}
              draftLabel="Save draft"
              submitLabel="Save and submit"
              cancel={
                <Button variant="subtle" color="gray" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              }
              onSave={saveDraft}
            />
          </Paper>
        ) : (
          <RegistrationFacts registration={r} />
        )}
        <SimpleGrid cols={{ base: 1, md: data.disputes.length ? 2 : 1 }} spacing="lg">
          <Card withBorder padding="lg">
            <Title order={3} size="h4" mb="md">
              History
            </Title>
            <RegistrationTimeline detail={data} />
          </Card>
          {data.disputes.length ? <Disputes disputes={data.disputes} /> : null}
        </SimpleGrid>
      </Stack>

      <ReasonDialog
        opened={dialog === 'withdraw'}
        onClose={() => setDialog(null)}
        title="Withdraw this registration?"
        reasonLabel="Why are you withdrawing it?"
        reasonPlaceholder="e.g. The customer chose another vendor"
        submitLabel="Withdraw registration"
        color="red"
        onSubmit={async (reason) => {
          const withdrawn = await registrationApi.withdraw(r.id, reason);
          await refresh();
          notifications.show({
            color: 'gray',
            title: 'Registration withdrawn',
            message: `${withdrawn.customerName} is withdrawn.`,
          });
        }}
      >
        {r.status === 'approved'
          ? 'The account stops being protected for you at once, and another partner can register it. This cannot be undone.'
          : 'The registration is closed and the vendor is told. This cannot be undone.'}
      </ReasonDialog>
      <ReasonDialog
        opened={dialog === 'extend'}
        onClose={() => setDialog(null)}
        title="Request an extension"
        reasonLabel="Why do you need more time?"
        reasonPlaceholder="e.g. Security review scheduled for next month"
        submitLabel="Request extension"
        color="teal"
        onSubmit={async (reason) => {
          const extended = await registrationApi.extend(r.id, reason);
          await refresh();
          notifications.show({
            color: 'teal',
            title: 'Protection extended',
            message: `${extended.customerName} is now protected until ${formatDate(extended.protectedUntil)}.`,
          });
        }}
      >
        Protection can be extended once, and only while the co-sell deal shows recent activity. The vendor
        checks this when you ask.
      </ReasonDialog>
      <ReasonDialog
        opened={dialog === 'dispute'}
        onClose={() => setDialog(null)}
        title="Dispute this decision"
        reasonLabel="Why is the decision wrong?"
        reasonPlaceholder="e.g. We have worked this account since March; the meeting notes are attached to the deal"
        submitLabel="Send dispute"
        color="orange"
        onSubmit={async (reason) => {
          await registrationApi.dispute(r.id, reason);
          await refresh();
          notifications.show({
            color: 'orange',
            title: 'Dispute sent',
            message: 'A partner manager will review it and answer with a resolution.',
          });
        }}
      >
        A partner manager reviews your dispute and either overturns the decision (approving the registration)
        or upholds it. A registration can be disputed once, so give the facts that matter.
      </ReasonDialog>
    </>
  );
}

interface BannerStyle {
  color: string;
  title: string;
  icon: ComponentType<{ size?: number }>;
}

const BANNERS: Record<string, BannerStyle> = {
  draft: { color: 'gray', title: 'Draft: not submitted yet', icon: IconFileDescription },
  submitted: { color: 'blue', title: 'Submitted', icon: IconSend },
  under_review: { color: 'yellow', title: 'Under review by a partner manager', icon: IconClockHour4 },
  approved: { color: 'teal', title: 'Approved', icon: IconShieldCheck },
  rejected: { color: 'red', title: 'Rejected', icon: IconCircleX },
  disputed: { color: 'orange', title: 'Disputed: waiting for a partner manager', icon: IconMessageReport },
  expired: { color: 'gray', title: 'Expired', icon: IconHourglassEmpty },
  won: { color: 'green', title: 'Won', icon: IconTrophy },
  lost: { color: 'gray', title: 'Lost', icon: IconCircleX },
  withdrawn: { color: 'gray', title: 'Withdrawn', icon: IconArrowBackUp },
};

/** What the registration's status means for the partner, with the decision's reason in the vendor's words. */
function StatusBanner({ detail }: { detail: RegistrationDetail }) {
  const r = detail.registration;
  const style = BANNERS[r.status] ?? { color: 'gray', title: r.status, icon: IconAlertTriangle };
  const Icon = style.icon;
  const decision = detail.decisions.reduce<RegistrationDetail['decisions'][number] | null>(
    (latest, d) => (!latest || d.at > latest.at ? d : latest),
    null,
  );
  const lastChange = detail.history.reduce<RegistrationDetail['history'][number] | null>(
    (latest, h) => (!latest || h.at >= latest.at ? h : latest),
    null,
  );
  let body: ReactNode;
  if (r.status === 'draft') {
    body =
      'Submit it to have the rules of engagement decide. Until it is approved, no account is protected for you.';
  } else if (r.status === 'withdrawn' && lastChange?.toStatus === 'withdrawn') {
    body = `You withdrew it: ${lastChange.reason}`;
  } else if (r.status === 'expired') {
    body = `Protection ended${r.protectedUntil ? ` on ${formatDate(r.protectedUntil)}` : ''} and the account is released.`;
  } else if (r.status === 'disputed' && lastChange?.toStatus === 'disputed') {
    body = r.reason ? `The decision you disputed: ${r.reason}` : lastChange.reason;
  } else {
    body = r.reason ?? lastChange?.reason ?? null;
  }
  return (
    <Alert
      color={style.color}
      variant="light"
      icon={<Icon size={20} />}
      title={style.title}
      data-testid="registration-status-banner"
      data-status={r.status}
    >
      <Stack gap={6}>
        {body ? (
          <Text size="sm" data-testid="registration-reason">
            {body}
          </Text>
        ) : null}
        {decision && r.status !== 'draft' ? (
          <Group gap="xs">
            <IconCircleCheck size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {decision.automatic ? 'Decided automatically' : 'Decided by a partner manager'} on{' '}
              {formatDateTime(decision.at)} · {ruleLabel(decision)}
            </Text>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children ?? (
          <Text span c="dimmed" size="sm">
            —
          </Text>
        )}
      </Text>
    </div>
  );
}

const MATCH_LABELS: Record<string, string> = {
  domain: 'Matched to a known account by domain',
  name: 'Matched to a known account by name',
  fuzzy_name: 'Matched to an account with a similar name',
  new: 'A new account was proposed',
};

const websiteHref = (website: string) => (/^https?:\/\//i.test(website) ? website : `https://${website}`);

const countryName = (code: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

function RegistrationFacts({ registration: r }: { registration: Registration }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          Customer
        </Title>
        <Stack gap="sm">
          <Fact label="Name">{r.customerName}</Fact>
          <Fact label="Website">
            {r.customerWebsite ? (
              <Anchor
                href={websiteHref(r.customerWebsite)}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
              >
                {r.customerWebsite}
              </Anchor>
            ) : null}
          </Fact>
          <Fact label="Country">
            {r.customerCountry ? `${countryName(r.customerCountry)} (${r.customerCountry})` : null}
          </Fact>
          <Fact label="Account">
            {r.accountMatch ? (
              <Tooltip
                label={r.customerDomain ? `Domain ${r.customerDomain}` : 'No company domain given'}
                withArrow
              >
                <span>{MATCH_LABELS[r.accountMatch] ?? r.accountMatch}</span>
              </Tooltip>
            ) : r.status === 'draft' ? (
              <Text span c="dimmed" size="sm">
                Matched when you submit
              </Text>
            ) : null}
          </Fact>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          Contact
        </Title>
        <Stack gap="sm">
          <Fact label="Name">{r.contactName}</Fact>
          <Fact label="Title">{r.contactTitle}</Fact>
          <Fact label="Email">
            {r.contactEmail ? (
              <Anchor href={`mailto:${r.contactEmail}`} size="sm">
                {r.contactEmail}
              </Anchor>
            ) : null}
          </Fact>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Title order={3} size="h4" mb="sm">
          Deal
        </Title>
        <Stack gap="sm">
          <Fact label="Product lines">
            <Group gap={4} mt={2}>
              {r.productLines.map((line) => (
                <Badge key={line} variant="outline" color="gray" tt="none">
                  {line}
                </Badge>
              ))}
            </Group>
          </Fact>
          <Fact label="Estimated amount">{formatMoney(r.amountMinor, r.currency)}</Fact>
          <Fact label="Expected close">{formatDay(r.expectedClose)}</Fact>
          <Fact label="Submitted">{r.submittedAt ? formatDateTime(r.submittedAt) : null}</Fact>
        </Stack>
      </Card>
      {r.notes ? (
        <Card withBorder padding="lg" style={{ gridColumn: '1 / -1' }}>
          <Title order={3} size="h4" mb="sm">
            Notes
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {r.notes}
          </Text>
        </Card>
      ) : null}
    </SimpleGrid>
  );
}

const DISPUTE_COLORS: Record<string, string> = { open: 'orange', upheld: 'red', overturned: 'teal' };
const DISPUTE_LABELS: Record<string, string> = {
  open: 'Open',
  upheld: 'Upheld: decision kept',
  overturned: 'Overturned: approved',
};

function Disputes({ disputes }: { disputes: RegistrationDetail['disputes'] }) {
  return (
    <Card withBorder padding="lg" data-testid="registration-disputes">
      <Title order={3} size="h4" mb="md">
        Dispute
      </Title>
      <Stack gap="md">
        {disputes.map((d) => (
          <Stack key={d.id} gap={6}>
            <Group gap="xs">
              <Badge color={DISPUTE_COLORS[d.status] ?? 'gray'} variant="light">
                {DISPUTE_LABELS[d.status] ?? d.status}
              </Badge>
              <Text size="xs" c="dimmed">
                Opened {formatDateTime(d.openedAt)}
              </Text>
            </Group>
            <Fact label="Your reason">{d.reason}</Fact>
            {d.resolution ? (
              <Fact label={`Resolution${d.resolvedAt ? ` · ${formatDateTime(d.resolvedAt)}` : ''}`}>
                {d.resolution}
              </Fact>
            ) : (
              <Text size="sm" c="dimmed">
                A partner manager has not answered yet.
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
