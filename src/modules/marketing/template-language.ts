import type { FieldError } from '../../platform/errors.js';

/** The co-branding slots a template may name, with what each becomes. */
export const SLOT_HELP = {
  'partner.name': "The partner's company name",
  'partner.logo': "The partner's logo (an image; empty when it has none)",
  'partner.website': "The partner's website, as a link",
  'contact.name': 'The contact person the partner names',
  'contact.email': "The contact's email address, as a mailto link",
  'contact.phone': "The contact's phone number, as a tel link",
  offer: "The partner's offer text",
  cta: 'The tracked call-to-action link (a button; or [label]({{cta}}) for a text link)',
} as const;

export type SlotName = keyof typeof SLOT_HELP;
export const SLOT_NAMES = Object.keys(SLOT_HELP) as SlotName[];

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'slot'; name: string };

const SLOT = /\{\{([^{}]*)\}\}/g;

export function isSlotName(name: string): name is SlotName {
  return Object.hasOwn(SLOT_HELP, name);
}

/** Splits template text into literal text and slots ({{ name }}, spaces inside the braces allowed). */
export function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of source.matchAll(SLOT)) {
    if (match.index > last) parts.push({ kind: 'text', text: source.slice(last, match.index) });
    parts.push({ kind: 'slot', name: match[1]!.trim() });
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) });
  return parts;
}

/** Field errors for a template text: every unknown slot by name, and braces that open no slot. */
export function templateProblems(field: string, source: string): FieldError[] {
  const problems: FieldError[] = [];
  const unknown = new Set<string>();
  for (const part of parseTemplate(source)) {
    if (part.kind === 'slot') {
      if (!isSlotName(part.name)) unknown.add(part.name);
    } else if (part.text.includes('{{') || part.text.includes('}}')) {
      problems.push({ field, message: 'has "{{" or "}}" that is not part of a slot such as {{offer}}' });
    }
  }
  for (const name of unknown) {
    problems.push({
      field,
      message: `names the unknown slot {{${name}}}; the slots are ${SLOT_NAMES.map((s) => `{{${s}}}`).join(', ')}`,
    });
  }
  return problems;
}
