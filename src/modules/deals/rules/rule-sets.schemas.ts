import { z } from 'zod';
import { ZRuleSetConfig } from './rule-set-config.js';

export const ZRuleSet = z
  .object({
    id: z.uuid().nullable().describe('Null for the built-in default (version 0) before any version is saved'),
    version: z.number().int(),
    name: z.string(),
    note: z.string().nullable(),
    active: z.boolean(),
    config: ZRuleSetConfig,
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'RuleSet' });
export type RuleSet = z.output<typeof ZRuleSet>;

export const ZCreateRuleSet = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    note: z.string().trim().max(1000).nullable().default(null).describe('What changed and why'),
    config: ZRuleSetConfig,
    activate: z.boolean().default(false),
  })
  .meta({ id: 'CreateRuleSet' });
export type CreateRuleSetInput = z.output<typeof ZCreateRuleSet>;

export const ZDryRunRequest = z
  .strictObject({
    config: ZRuleSetConfig,
    last: z
      .number()
      .int()
      .min(1)
      .max(2000)
      .default(200)
      .describe('How many of the latest automatic decisions to replay'),
  })
  .meta({ id: 'RuleSetDryRun' });

const ZOutcome = z.enum(['approved', 'rejected', 'under_review']);

export const ZDryRunResult = z
  .object({
    replayed: z.number().int(),
    changed: z.number().int(),
    byOutcome: z.object({
      was: z.record(z.string(), z.number().int()),
      would: z.record(z.string(), z.number().int()),
    }),
    items: z.array(
      z.object({
        registrationId: z.uuid(),
        partnerName: z.string(),
        customerName: z.string(),
        submittedAt: z.iso.datetime(),
        was: z.object({ outcome: ZOutcome, ruleId: z.string(), ruleSetVersion: z.number().int().nullable() }),
        would: z.object({ outcome: ZOutcome, ruleId: z.string(), reason: z.string() }),
        changed: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'RuleSetDryRunResult' });
export type DryRunResult = z.output<typeof ZDryRunResult>;
