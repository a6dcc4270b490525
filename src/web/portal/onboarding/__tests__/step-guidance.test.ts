import { describe, expect, it } from 'vitest';
import {
  canActOn,
  completionText,
  eventLabel,
  type GuidanceAbilities,
  guidanceFor,
  nextStep,
  type OnboardingStep,
} from '../step-guidance';

const step = (over: Partial<OnboardingStep> = {}): OnboardingStep => ({
  id: '00000000-0000-4000-8000-000000000001',
  key: 'first_deal_registered',
  title: 'First deal registered',
  description: null,
  kind: 'automatic',
  eventType: 'registration.registered',
  required: true,
  done: false,
  completedAt: null,
  source: null,
  note: null,
  ...over,
});

const admin: GuidanceAbilities = {
  isPartnerAdmin: true,
  canRegisterDeals: true,
  canLearn: true,
  canTickSteps: true,
};
const rep: GuidanceAbilities = {
  isPartnerAdmin: false,
  canRegisterDeals: true,
  canLearn: true,
  canTickSteps: false,
};

describe('onboarding step guidance', () => {
  it('sends each automatic step to the portal page where it happens', () => {
    expect(guidanceFor(step(), admin).link).toEqual({
      label: 'Register a deal',
      to: '/portal/registrations/new',
    });
    expect(guidanceFor(step({ eventType: 'user.invited' }), admin).link?.to).toBe('/portal/users');
    expect(guidanceFor(step({ eventType: 'enablement.course_completed' }), rep).link?.to).toBe(
      '/portal/learning',
    );
    expect(guidanceFor(step({ eventType: 'deal.won' }), rep).link?.to).toBe('/portal/deals');
  });

  it('tells a partner rep to ask the admin where only an admin can act', () => {
    const invite = guidanceFor(step({ eventType: 'user.invited' }), rep);
    expect(invite.link).toBeUndefined();
    expect(invite.text).toMatch(/partner admin/);
    expect(
      guidanceFor(step({ eventType: 'registration.registered' }), { ...rep, canRegisterDeals: false }).link,
    ).toBeUndefined();
  });

  it('offers no link for what the vendor records, or an event it does not know', () => {
    expect(guidanceFor(step({ eventType: 'recruiting.signed' }), admin).link).toBeUndefined();
    const unknown = guidanceFor(step({ eventType: 'survey.answered' }), admin);
    expect(unknown.link).toBeUndefined();
    expect(unknown.text).toBe('Done automatically when “survey answered” happened.');
  });

  it('lets whoever may tick manual steps tick them, and tells the others who will', () => {
    expect(guidanceFor(step({ kind: 'manual', eventType: null }), admin).text).toMatch(/Mark it as done/);
    expect(guidanceFor(step({ kind: 'manual', eventType: null }), rep).text).toMatch(
      /partner admin or partner manager/,
    );
  });

  it('says how a done step was completed', () => {
    expect(completionText(step())).toBeNull();
    expect(
      completionText(
        step({ done: true, source: { kind: 'event', eventId: 7, eventType: 'registration.registered' } }),
      ),
    ).toBe('Done automatically when the first deal registration was submitted');
    expect(
      completionText(
        step({
          done: true,
          source: { kind: 'user', userId: '00000000-0000-4000-8000-000000000002', name: 'Ana' },
        }),
      ),
    ).toBe('Ticked by Ana');
    expect(eventLabel('user.invited')).toBe('the first portal user was invited');
  });

  it('picks the first open required step the user can act on as the next one', () => {
    const signed = step({ id: 'signed', eventType: 'recruiting.signed' });
    const invited = step({ id: 'invited', eventType: 'user.invited' });
    const optional = step({ id: 'optional', required: false, kind: 'manual', eventType: null });
    const done = step({ id: 'done', done: true });
    expect(nextStep([done, signed, invited, optional], admin)?.id).toBe('invited');
    // A rep cannot invite: the first open required step stays the next one.
    expect(nextStep([done, signed, invited, optional], rep)?.id).toBe('signed');
    expect(nextStep([done, optional], admin)?.id).toBe('optional');
    expect(nextStep([done], admin)).toBeNull();
  });

  it('counts a step as actionable when it has a link or can be ticked', () => {
    expect(canActOn(step(), admin)).toBe(true);
    expect(canActOn(step({ eventType: 'recruiting.signed' }), admin)).toBe(false);
    expect(canActOn(step({ kind: 'manual', eventType: null }), rep)).toBe(false);
    expect(canActOn(step({ done: true }), admin)).toBe(false);
  });
});
