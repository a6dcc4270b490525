import { z } from 'zod';
import { zQueryBoolean } from '../../platform/http/pagination.js';
import { ZMappingSide, ZPopulation, ZPopulationKey, ZRowProblem } from './mapping.schemas.js';

export const ZKeyFingerprint = z
  .string()
  .regex(/^[0-9A-Fa-f]{16,64}$/, 'must be 16 to 64 hexadecimal characters')
  .transform((value) => value.toLowerCase())
  .describe(
    'A public identifier of the secret the list was hashed with (e.g. the first 16 hex characters of its SHA-256), never the secret itself; both sides must use the same secret',
  );

export const ZHashedListUploadQuery = z.strictObject({
  keyFingerprint: ZKeyFingerprint,
  defaultPopulation: z
    .enum(['customer', 'prospect'])
    .optional()
    .describe('Population of rows that give none'),
  skipInvalid: zQueryBoolean().describe(
    'Upload the valid rows and report the rejected ones instead of refusing the file',
  ),
});

export const ZHashedListUpload = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    side: ZMappingSide,
    keyFingerprint: z.string(),
    /** Rows stored: the accepted ones. */
    rows: z.number().int(),
    rowsRead: z.number().int(),
    rowsRejected: z.number().int(),
    rejections: z.array(ZRowProblem),
    uploadedAt: z.iso.datetime(),
  })
  .meta({ id: 'HashedListUpload' });
export type HashedListUpload = z.output<typeof ZHashedListUpload>;

const ZHashedListState = z
  .object({
    keyFingerprint: z.string(),
    rows: z.number().int().nullable().describe("Rows in the list; null for the other side's list"),
    uploadedAt: z.iso.datetime(),
  })
  .nullable()
  .describe('null until that side uploads its hashed list');

export const ZHashedRule = z.enum(['domain', 'name']);

export const ZHashedOverlapCell = z.object({
  vendorPopulation: ZPopulationKey,
  partnerPopulation: ZPopulationKey,
  /** The vendor's rows in the vendor population matched to rows of the partner population; null when not shared. */
  accounts: z.number().int().nullable(),
  /** The same rows by the strongest rule that matched them; null when not shared. */
  byRule: z.object({ domain: z.number().int(), name: z.number().int() }).nullable(),
});

export const ZHashedMatch = z.object({
  ref: z.string().describe("The viewer's own id of the matched account, as in its uploaded list"),
  population: ZPopulationKey.describe("The viewer's population of the account"),
  otherPopulation: ZPopulationKey.describe("The other side's population it matched in"),
  rule: ZHashedRule,
  confidence: z.number(),
});

export const ZHashedOverlap = z
  .object({
    status: z
      .enum(['ready', 'waiting'])
      .describe('waiting: a side has not uploaded its hashed list yet (see missing)'),
    viewerSide: ZMappingSide,
    missing: z.array(ZMappingSide).describe('The sides whose hashed list is still to be uploaded'),
    lists: z.object({ vendor: ZHashedListState, partner: ZHashedListState }),
    vendorPopulations: z.array(ZPopulation),
    partnerPopulations: z.array(ZPopulation),
    cells: z.array(ZHashedOverlapCell),
    matches: z
      .array(ZHashedMatch)
      .describe(
        "The viewer's own rows that matched, one per population of the other side they matched in, listed only where the other side shares that population as matched records or more; the other side's ids and hashes are never returned",
      ),
  })
  .meta({ id: 'HashedOverlap' });
export type HashedOverlap = z.output<typeof ZHashedOverlap>;
