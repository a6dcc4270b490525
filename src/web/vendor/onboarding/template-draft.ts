import type { PartnerType } from '../options';
import type { OnboardingTemplate, TemplateBody } from './onboarding-api';

export interface StepDraft {
  /** Stable identity for the editor's list (keys and titles change while typing). */
  uid: string;
  key: string;
  /** Whether the key was typed by hand; otherwise it follows the title. */
  keyEdited: boolean;
  title: string;
  description: string;
  kind: 'automatic' | 'manual';
  eventType: string;
  required: boolean;
}

export interface TemplateDraft {
  name: string;
  partnerType: PartnerType | null;
  stalledAfterDays: number | string;
  steps: StepDraft[];
}

let uidCounter = 0;
const nextUid = () => `step-${++uidCounter}`;

/** A step key from its title: lower-case words joined by "_", as the API expects ("Kick-off call" → kick_off_call). */
export function keyFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
}

export function draftFromTemplate(template: OnboardingTemplate): TemplateDraft {
  return {
    name: template.name,
    partnerType: template.partnerType,
    stalledAfterDays: template.stalledAfterDays,
    steps: template.steps.map((s) => ({
      uid: nextUid(),
      key: s.key,
      keyEdited: true,
      title: s.title,
      description: s.description ?? '',
      kind: s.kind,
      eventType: s.eventType ?? '',
      required: s.required,
    })),
  };
}

/** A new checklist for a partner type, starting from a copy of another (usually the default). */
export function draftForType(
  partnerType: PartnerType,
  name: string,
  base?: OnboardingTemplate,
): TemplateDraft {
  const copy = base ? draftFromTemplate(base) : null;
  return {
    name,
    partnerType,
    stalledAfterDays: copy?.stalledAfterDays ?? 14,
    steps: copy?.steps ?? [emptyStep()],
  };
}

export function emptyStep(): StepDraft {
  return {
    uid: nextUid(),
    key: '',
    keyEdited: false,
    title: '',
    description: '',
    kind: 'manual',
    eventType: '',
    required: true,
  };
}

/** Applies an edit to one step; a title change carries the key along until the key is edited by hand. */
export function updateStep(steps: StepDraft[], index: number, patch: Partial<StepDraft>): StepDraft[] {
  return steps.map((step, i) => {
    if (i !== index) return step;
    const next = { ...step, ...patch };
    if (patch.key !== undefined) next.keyEdited = true;
    if (patch.title !== undefined && !next.keyEdited) next.key = keyFromTitle(patch.title);
    return next;
  });
}

/** Moves a step up (-1) or down (+1); a move past either end changes nothing. */
export function moveStep(steps: StepDraft[], index: number, delta: -1 | 1): StepDraft[] {
  const target = index + delta;
  if (target < 0 || target >= steps.length) return steps;
  const next = [...steps];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export const removeStep = (steps: StepDraft[], index: number) => steps.filter((_, i) => i !== index);

/** The draft as the API takes it; the API checks the values and names any field it refuses. */
export function templateBody(draft: TemplateDraft): TemplateBody {
  const days =
    typeof draft.stalledAfterDays === 'number' ? draft.stalledAfterDays : Number(draft.stalledAfterDays);
  return {
    name: draft.name.trim(),
    partnerType: draft.partnerType,
    stalledAfterDays: Number.isFinite(days) ? days : 0,
    steps: draft.steps.map((s) => {
      const common = {
        key: s.key.trim(),
        title: s.title.trim(),
        description: s.description.trim() || null,
        required: s.required,
      };
      return s.kind === 'automatic'
        ? { ...common, kind: 'automatic' as const, eventType: s.eventType.trim() }
        : { ...common, kind: 'manual' as const };
    }),
  };
}
