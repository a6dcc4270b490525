import { Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { formatDateTime } from '../format';
import { RegistrationStatusBadge } from '../registrations/registration-status-badge';
import { DealPanel, PanelEmpty } from './deal-badges';
import type { DealView } from './deal-format';
import type { DealViewer } from './deal-queries';

type LinkedRegistration = DealView['registrations'][number];

function RegistrationLink({
  registration,
  isPartner,
}: {
  registration: LinkedRegistration;
  isPartner: boolean;
}) {
  const label = isPartner ? 'Your registration' : `${registration.partnerName}’s registration`;
  return isPartner ? (
    <Link
      to="/portal/registrations/$registrationId"
      params={{ registrationId: registration.id }}
      className="table-link"
    >
      {label}
    </Link>
  ) : (
    <Link
      to="/console/registrations/$registrationId"
      params={{ registrationId: registration.id }}
      className="table-link"
    >
      {label}
    </Link>
  );
}

/** The deal registrations this deal came from or settled, with their status and protection. */
export function RegistrationsPanel({
  registrations,
  viewer,
}: {
  registrations: LinkedRegistration[];
  viewer: DealViewer;
}) {
  return (
    <DealPanel title="Registrations" count={registrations.length} testId="deal-registrations">
      {registrations.length === 0 ? (
        <PanelEmpty title="No registrations linked">
          {viewer.isPartner
            ? 'When your approved registration becomes this deal, it is linked here.'
            : 'A partner’s approved registration on this account is linked here; closing the deal settles it.'}
        </PanelEmpty>
      ) : (
        <Stack gap="sm">
          {registrations.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="deal-registration">
              <Stack gap={2}>
                <RegistrationLink registration={r} isPartner={viewer.isPartner} />
                {r.protectedUntil ? (
                  <Text size="xs" c="dimmed">
                    Protected until {formatDateTime(r.protectedUntil)}
                  </Text>
                ) : null}
              </Stack>
              <RegistrationStatusBadge status={r.status} />
            </Group>
          ))}
        </Stack>
      )}
    </DealPanel>
  );
}
