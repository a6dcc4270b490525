import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { notifyExpiringCertificates } from './notify-expiring-certificates.js';

export const certificatesExpiringJob: JobDefinition = {
  name: 'certificates.expiring',
  description:
    'Announces once each certificate that expires within 30 days (enablement.certificate_expiring)',
  intervalSeconds: 60 * 60,
  run: notifyExpiringCertificates,
};
