import { z } from 'zod';

export const ZSwotItem = z
  .strictObject({
    text: z.string().trim().min(1).max(500),
    evidence: z.string().trim().max(1000).default('').describe('The figures the sentence rests on'),
  })
  .meta({ id: 'SwotItem' });

const quadrant = () => z.array(ZSwotItem).max(12);

export const ZSwotContent = z
  .strictObject({
    strengths: quadrant(),
    weaknesses: quadrant(),
    opportunities: quadrant(),
    threats: quadrant(),
  })
  .meta({ id: 'SwotContent' });
export type SwotContentInput = z.output<typeof ZSwotContent>;

const ZSourceStatus = z.object({
  available: z.boolean(),
  note: z.string().nullable().describe('Why the source is missing from the draft'),
});

export const ZSwotBasis = z
  .object({
    asOf: z.iso.datetime(),
    from: z.iso.date(),
    to: z.iso.date(),
    sources: z.record(z.string(), ZSourceStatus),
    figures: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SwotBasis' });
export type SwotBasis = z.output<typeof ZSwotBasis>;

export const ZSwotDraft = z
  .object({ asOf: z.iso.datetime(), content: ZSwotContent, basis: ZSwotBasis })
  .meta({ id: 'SwotDraft' });
export type SwotDraft = z.output<typeof ZSwotDraft>;

export const ZSaveSwot = z
  .strictObject({
    content: ZSwotContent,
    basis: z
      .strictObject({
        asOf: z.iso.datetime(),
        from: z.iso.date(),
        to: z.iso.date(),
        sources: z.record(
          z.string().max(40),
          z.strictObject({ available: z.boolean(), note: z.string().max(500).nullable() }),
        ),
        figures: z.record(z.string().max(40), z.unknown()),
      })
      .describe('The basis of the draft it was edited from, kept with it'),
  })
  .meta({ id: 'SaveSwot' });
export type SaveSwotInput = z.output<typeof ZSaveSwot>;

export const ZSavedSwot = z
  .object({
    id: z.uuid(),
    asOf: z.iso.datetime(),
    content: ZSwotContent,
    basis: ZSwotBasis,
    createdBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'SavedSwot' });
export type SavedSwot = z.output<typeof ZSavedSwot>;

export const ZSavedSwotResponse = z
  .object({ saved: ZSavedSwot.nullable().describe('The latest saved SWOT; null until one is saved') })
  .meta({ id: 'SavedSwotResponse' });
