import { descriptorDomain } from '../../analytics/matching/company-match.js';
import { companyDomain } from '../../analytics/matching/normalize-domain.js';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { actorUserId, partnerScope } from '../../platform/policy.js';
import { decideAutomatically } from './decide-automatically.js';
import { decidedView, loadRegistration, registrationView } from './load-registration.js';
import { recordRegistrationChange } from './record-registration-change.js';
import type {
  CreateRegistrationInput,
  Registration,
  UpdateRegistrationInput,
} from './registrations.schemas.js';
import { registrations } from './registrations.table.js';

/** The customer's registrable domain from its website, else from the contact's (non-free-mail) email. */
export function customerKeys(input: {
  customerName: string;
  customerWebsite?: string | null | undefined;
  contactEmail?: string | null | undefined;
}): { normalizedName: string; domain: string | null } {
  if (input.customerWebsite && !companyDomain(input.customerWebsite))
    throw invalidField(
      'customerWebsite',
      'is not a company website or domain (free mail and IP addresses do not count)',
    );
  const normalizedName = normalizeCompanyName(input.customerName);
  if (!normalizedName) throw invalidField('customerName', 'has no letters or digits to identify the company');
  return {
    normalizedName,
    domain: descriptorDomain({
      name: input.customerName,
      domain: input.customerWebsite,
      email: input.contactEmail,
    }),
  };
}

export function registrationFields(input: CreateRegistrationInput | Required<UpdateRegistrationInput>) {
  return {
    customerName: input.customerName,
    customerWebsite: input.customerWebsite ?? null,
    customerCountry: input.customerCountry ?? null,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactTitle: input.contactTitle ?? null,
    productLines: input.productLines,
    amountMinor: input.amountMinor,
    currency: input.currency,
    expectedClose: input.expectedClose,
    notes: input.notes ?? null,
  };
}

/** A partner user registers a deal for its own partner: saved as a draft, or submitted and decided at once. */
export async function createRegistration(ctx: Ctx, input: CreateRegistrationInput): Promise<Registration> {
  const partnerId = partnerScope(ctx.actor);
  if (!partnerId) throw new AppError('forbidden', 'Only partner users register deals');
  const keys = customerKeys(input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(registrations)
      .values({
        id: tx.ids(),
        partnerId,
        status: 'draft',
        ...registrationFields(input),
        customerNormalizedName: keys.normalizedName,
        customerDomain: keys.domain,
        createdBy: actorUserId(tx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const loaded = await loadRegistration(tx, row!.id);
    // Submitted at once, it is registered in one step: no draft in its history.
    if (input.submit) return decidedView(await decideAutomatically(tx, loaded, { fresh: true }));
    await recordRegistrationChange(tx, {
      before: null,
      after: row!,
      action: 'created',
      reason: 'Draft saved',
    });
    return registrationView(tx, loaded);
  });
}
