import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { expireInvitations } from './expire-invitations.js';
import { inviteAfterEvents } from './invite-after-events.js';
import { sendScheduledSurveys } from './send-scheduled-surveys.js';

export const SURVEYS_JOBS: readonly JobDefinition[] = [
  {
    name: 'surveys.send',
    description:
      'Invites partner users to scheduled surveys that are due and to surveys triggered by new events; expires overdue invitations',
    intervalSeconds: 3600,
    async run(ctx) {
      const expired = await expireInvitations(ctx);
      const scheduled = await sendScheduledSurveys(ctx);
      const afterEvents = await inviteAfterEvents(ctx);
      return {
        expired: expired.expired,
        scheduledInvited: scheduled.invited,
        eventInvited: afterEvents.invited,
      };
    },
  },
];
