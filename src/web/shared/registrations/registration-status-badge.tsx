import { Badge } from '@mantine/core';
import { registrationStatusColor, registrationStatusLabel } from './registration-status';

export {
  REGISTRATION_STATUS_COLORS,
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUS_ORDER,
  registrationStatusColor,
  registrationStatusLabel,
} from './registration-status';

/** A deal registration's status, in the same words and colours on the portal and the console. */
export function RegistrationStatusBadge({
  status,
  size = 'sm',
}: {
  status: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge
      color={registrationStatusColor(status)}
      variant={status === 'draft' || status === 'withdrawn' ? 'outline' : 'light'}
      size={size}
      miw="max-content"
      data-status={status}
    >
      {registrationStatusLabel(status)}
    </Badge>
  );
}
