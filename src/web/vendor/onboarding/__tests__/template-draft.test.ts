import { describe, expect, it } from 'vitest';
import type { OnboardingTemplate } from '../onboarding-api';
import {
  draftForType,
  draftFromTemplate,
  emptyStep,
  keyFromTitle,
  moveStep,
  removeStep,
  templateBody,
  updateStep,
} from '../template-draft';

const TEMPLATE: OnboardingTemplate = {
  id: '0190d7a0-0000-7000-8000-000000000001',
  name: 'Standard onboarding',
  partnerType: null,
  stalledAfterDays: 14,
  steps: [
    {
      key: 'agreement_signed',
      title: 'Partner agreement signed',
      description: null,
      kind: 'automatic',
      eventType: 'recruiting.signed',
      required: true,
    },
    {
      key: 'kickoff_meeting',
      title: 'Kick-off meeting held',
      description: 'After the call',
      kind: 'manual',
      eventType: null,
      required: false,
    },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('step keys from titles', () => {
  it('are lower-case words joined by underscores, accents folded', () => {
    expect(keyFromTitle('Kick-off call')).toBe('kick_off_call');
    expect(keyFromTitle('  Première formation (sales) ')).toBe('premiere_formation_sales');
    expect(keyFromTitle('!!!')).toBe('');
    expect(keyFromTitle('a'.repeat(80)).length).toBe(60);
  });
});

describe('a template draft', () => {
  it('round-trips a template into the body the API takes', () => {
    expect(templateBody(draftFromTemplate(TEMPLATE))).toEqual({
      name: 'Standard onboarding',
      partnerType: null,
      stalledAfterDays: 14,
      steps: [
        {
          key: 'agreement_signed',
          title: 'Partner agreement signed',
          description: null,
          required: true,
          kind: 'automatic',
          eventType: 'recruiting.signed',
        },
        {
          key: 'kickoff_meeting',
          title: 'Kick-off meeting held',
          description: 'After the call',
          required: false,
          kind: 'manual',
        },
      ],
    });
  });

  it('starts a type of its own from a copy of the default', () => {
    const draft = draftForType('msp', 'MSP onboarding', TEMPLATE);
    expect(draft).toMatchObject({ name: 'MSP onboarding', partnerType: 'msp', stalledAfterDays: 14 });
    expect(draft.steps.map((s) => s.key)).toEqual(['agreement_signed', 'kickoff_meeting']);
    expect(draftForType('isv', 'ISV onboarding').steps).toHaveLength(1);
  });

  it('lets the key follow a new step title until the key is typed', () => {
    let steps = [emptyStep()];
    steps = updateStep(steps, 0, { title: 'Sales training' });
    expect(steps[0]!.key).toBe('sales_training');
    steps = updateStep(steps, 0, { key: 'training' });
    steps = updateStep(steps, 0, { title: 'Sales training done' });
    expect(steps[0]!.key).toBe('training');
    // Keys of saved steps stay as they are.
    const saved = updateStep(draftFromTemplate(TEMPLATE).steps, 1, { title: 'Kick-off' });
    expect(saved[1]!.key).toBe('kickoff_meeting');
  });

  it('moves and removes steps, ignoring moves past either end', () => {
    const steps = draftFromTemplate(TEMPLATE).steps;
    expect(moveStep(steps, 0, 1).map((s) => s.key)).toEqual(['kickoff_meeting', 'agreement_signed']);
    expect(moveStep(steps, 0, -1)).toBe(steps);
    expect(moveStep(steps, 1, 1)).toBe(steps);
    expect(removeStep(steps, 0).map((s) => s.key)).toEqual(['kickoff_meeting']);
  });

  it('sends an automatic step without an event as such, for the API to name the field', () => {
    const steps = updateStep([emptyStep()], 0, { title: 'Certified', kind: 'automatic' });
    const body = templateBody({ name: ' X ', partnerType: 'si', stalledAfterDays: '', steps });
    expect(body.name).toBe('X');
    expect(body.stalledAfterDays).toBe(0);
    expect(body.steps[0]).toEqual({
      key: 'certified',
      title: 'Certified',
      description: null,
      required: true,
      kind: 'automatic',
      eventType: '',
    });
  });
});
