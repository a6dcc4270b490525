import { type Ctx, inTransaction } from '../../platform/context.js';
import { clientBucket, emailBucket } from '../../platform/rate-limit/client-buckets.js';
import { consumeRateLimits } from '../../platform/rate-limit/consume-rate-limits.js';
import { applicationDomain } from './application-keys.js';
import { APPLICATION_RATE_LIMITS } from './rate-limit.js';
import { recordApplication } from './record-application.js';
import type { ApplicationReceipt, SubmitApplicationInput } from './recruiting.schemas.js';

const RECEIPT: ApplicationReceipt = {
  status: 'received',
  message: 'Thank you for applying. Our partner team will review your application and get back to you.',
};

/**
 * The public sign-up form. The answer is the same receipt whatever happens next (a new company, one
 * that already applied or already is a partner, or a filled honeypot), so the form reveals nothing
 * about who else is in the program. A bad request is refused before anything is written; after that
 * the rate counters count every attempt, refused or not.
 */
export async function submitApplication(
  ctx: Ctx,
  input: SubmitApplicationInput & { clientAddress: string },
): Promise<ApplicationReceipt> {
  const { nickname, clientAddress, ...form } = input;
  // A website that names no company is refused before it is counted.
  applicationDomain(form.website, form.contactEmail);
  await consumeRateLimits(
    ctx,
    [
      { bucket: clientBucket(clientAddress), rule: APPLICATION_RATE_LIMITS.clientAddress },
      { bucket: emailBucket(form.contactEmail), rule: APPLICATION_RATE_LIMITS.emailDomain },
    ],
    'applications',
  );
  // A person never sees the honeypot field; whatever fills it gets the receipt and leaves no record.
  if (nickname?.trim()) return RECEIPT;
  await inTransaction(ctx, (tx) => recordApplication(tx, { ...form, ownerId: null }, 'public_form'));
  return RECEIPT;
}
