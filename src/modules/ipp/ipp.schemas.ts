import { z } from 'zod';
import { PARTNER_TYPES, REGIONS } from '../partners/partners.schemas.js';

const common = {
  label: z.string().trim().min(1).max(120),
  weight: z.number().int().min(1).max(100),
};

export const ZIppCriterionInput = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('partner_type'),
      ...common,
      preferred: z.array(z.enum(PARTNER_TYPES)).min(1),
    }),
    z.strictObject({ kind: z.literal('region'), ...common, targets: z.array(z.enum(REGIONS)).min(1) }),
    z.strictObject({
      kind: z.literal('specialization'),
      ...common,
      wanted: z.array(z.string().trim().min(2).max(40)).min(1).max(50),
      enough: z
        .number()
        .int()
        .min(1)
        .max(50)
        .default(1)
        .describe('How many wanted specializations earn full points'),
    }),
    z.strictObject({
      kind: z.literal('company_size'),
      ...common,
      min: z.number().int().min(0).nullable().default(null),
      max: z.number().int().min(1).nullable().default(null),
    }),
    z.strictObject({
      kind: z.literal('certifications'),
      ...common,
      target: z.number().int().min(1).max(10_000),
    }),
    z.strictObject({
      kind: z.literal('account_overlap'),
      ...common,
      target: z.number().int().min(1).max(1_000_000),
    }),
  ])
  .meta({ id: 'IppCriterionSpec' });
export type IppCriterionInput = z.output<typeof ZIppCriterionInput>;

export const ZReplaceIpp = z
  .strictObject({ criteria: z.array(ZIppCriterionInput).min(1).max(30) })
  .meta({ id: 'ReplaceIpp' });

export const ZIppCriterion = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    label: z.string(),
    weight: z.number().int(),
    config: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'IppCriterion' });

export const ZIpp = z
  .object({
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    criteria: z.array(ZIppCriterion),
    rescored: z.number().int().optional().describe('Partners whose fit was recomputed by this change'),
  })
  .meta({ id: 'Ipp' });
export type Ipp = z.output<typeof ZIpp>;
