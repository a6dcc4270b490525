import { Badge } from '@mantine/core';
import {
  APPLICATION_STATUS_COLORS,
  type ApplicationStatus,
  applicationStatusLabel,
} from './recruiting-stages';

export function ApplicationStatusBadge({
  status,
  size = 'sm',
}: {
  status: ApplicationStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge color={APPLICATION_STATUS_COLORS[status]} variant="light" size={size} miw="max-content">
      {applicationStatusLabel(status)}
    </Badge>
  );
}
