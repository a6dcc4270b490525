import { notifications } from '@mantine/notifications';
import type { Registration } from '../../shared/registrations/registration-api';
import { registrationStatusLabel } from '../../shared/registrations/registration-status-badge';

/** The colour of a notice about a decision. */
export const outcomeColor = (status: string) =>
  status === 'approved' ? 'teal' : status === 'rejected' ? 'red' : status === 'draft' ? 'gray' : 'yellow';

/** Tells the user what happened to a registration they just saved or submitted; the page shows the why. */
export function notifySaved(registration: Registration, submitted: boolean) {
  notifications.show({
    color: submitted ? outcomeColor(registration.status) : 'gray',
    title: submitted ? 'Registration submitted' : 'Draft saved',
    message: submitted
      ? `${registration.customerName}: ${registrationStatusLabel(registration.status).toLowerCase()}.`
      : `${registration.customerName} is saved as a draft; submit it when you are ready.`,
  });
}
