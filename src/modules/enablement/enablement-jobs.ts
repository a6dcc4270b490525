import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { notifyExpiringCertificates } from './notify-expiring-certificates.js';
import { refreshCertifiedCounts } from './refresh-certified-counts.js';

export const certificatesExpiringJob: JobDefinition = {
  name: 'certificates.expiring',
  description:
    "Announces once each certificate that expires within 30 days (enablement.certificate_expiring) and keeps partners' certified-people counts current",
  intervalSeconds: 60 * 60,
  async run(ctx) {
    const notified = await notifyExpiringCertificates(ctx);
    return { ...notified, certifiedCountsChanged: await refreshCertifiedCounts(ctx) };
  },
};
