import { z } from 'zod';
import { ACCOUNT_FIELDS } from '../../analytics/matching/account-columns.js';
import { MATCH_RULES } from '../../analytics/matching/match-rules.js';

export const MAPPING_SIDES = ['vendor', 'partner'] as const;
export const ZMappingSide = z.enum(MAPPING_SIDES);
export type MappingSide = z.infer<typeof ZMappingSide>;

/** What one side shows the other of a population, from nothing to every record. */
export const SHARING_LEVELS = ['hidden', 'counts', 'matched', 'full'] as const;
export const ZSharingLevel = z
  .enum(SHARING_LEVELS)
  .describe(
    'hidden: nothing; counts: overlap numbers only; matched: the records that overlap; full: every record, overlapping or not',
  );
export type SharingLevel = z.infer<typeof ZSharingLevel>;

export const VENDOR_POPULATIONS = ['customer', 'prospect', 'open_opportunity'] as const;
export const PARTNER_POPULATIONS = ['customer', 'prospect'] as const;
export const POPULATION_BASES = ['customer', 'prospect', 'open_opportunity', 'any'] as const;
export const ZPopulationBase = z.enum(POPULATION_BASES);

/** A standard population's name ("customer") or a custom population's id. */
export const ZPopulationKey = z.string().min(1).max(64);

export const ZPopulation = z
  .object({
    key: ZPopulationKey,
    side: ZMappingSide,
    name: z.string(),
    custom: z.boolean(),
    base: ZPopulationBase,
    countries: z.array(z.string()),
    industries: z.array(z.string()),
    /** Accounts in it; null when the other side does not share it. */
    size: z.number().int().nullable(),
    /** What its side shares of it with the other side. */
    sharing: ZSharingLevel,
  })
  .meta({ id: 'MappingPopulation' });
export type Population = z.output<typeof ZPopulation>;

export const ZCreatePopulation = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    base: ZPopulationBase,
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or DE'))
      .max(50)
      .default([]),
    industries: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
  })
  .meta({ id: 'CreateMappingPopulation' });
export type CreatePopulationInput = z.output<typeof ZCreatePopulation>;

export const ZOverlapCell = z.object({
  vendorPopulation: ZPopulationKey,
  partnerPopulation: ZPopulationKey,
  /** Vendor accounts in the vendor population matched to the partner population; null when not shared. */
  accounts: z.number().int().nullable(),
});

export const ZOverlapMatrix = z
  .object({
    viewerSide: ZMappingSide,
    refreshedAt: z.iso.datetime().nullable(),
    vendorPopulations: z.array(ZPopulation),
    partnerPopulations: z.array(ZPopulation),
    cells: z.array(ZOverlapCell),
  })
  .meta({ id: 'OverlapMatrix' });
export type OverlapMatrix = z.output<typeof ZOverlapMatrix>;

export const ZSharingSettings = z
  .object({
    vendor: z.record(z.string(), ZSharingLevel),
    partner: z.record(z.string(), ZSharingLevel),
  })
  .meta({ id: 'SharingSettings' });
export type SharingSettings = z.output<typeof ZSharingSettings>;

export const ZUpdateSharing = z
  .strictObject({
    levels: z
      .record(ZPopulationKey, ZSharingLevel)
      .describe("Levels for the caller's own side, by population key; populations not named keep theirs"),
  })
  .meta({ id: 'UpdateSharing' });

/** The named lists; `pair` lists any population pair, `white_space` the partner's accounts not in the CRM. */
export const OVERLAP_LISTS = [
  'co_sell',
  'introductions',
  'co_sell_now',
  'upsell_together',
  'white_space',
  'pair',
] as const;
export const ZOverlapList = z.enum(OVERLAP_LISTS);
export type OverlapListName = z.infer<typeof ZOverlapList>;

export const ZVendorAccountSummary = z.object({
  id: z.uuid().nullable().describe("Null for a partner, which never gets the vendor's record ids"),
  name: z.string(),
  domains: z.array(z.string()),
  status: z.string(),
  country: z.string().nullable(),
  industry: z.string().nullable(),
  openOpportunities: z.number().int().nullable(),
  openPipelineMinor: z.number().int().nullable().describe('Open opportunity amounts summed in minor units'),
  currency: z.string().nullable(),
});

export const ZPartnerAccountSummary = z.object({
  id: z.uuid().nullable(),
  externalId: z.string().nullable(),
  name: z.string(),
  website: z.string().nullable(),
  population: z.string(),
  country: z.string().nullable(),
  industry: z.string().nullable(),
});

export const ZOverlapRow = z
  .object({
    list: ZOverlapList.exclude(['co_sell', 'pair']).nullable(),
    vendorAccount: ZVendorAccountSummary.nullable(),
    partnerAccount: ZPartnerAccountSummary.nullable(),
    rule: z.enum(MATCH_RULES).nullable(),
    confidence: z.number().nullable(),
  })
  .meta({ id: 'OverlapRow' });
export type OverlapRow = z.output<typeof ZOverlapRow>;

export const ZImportColumns = z
  .partialRecord(z.enum(ACCOUNT_FIELDS), z.string().trim().min(1).max(200))
  .describe('Which CSV column holds each field, by header name; unnamed fields are guessed from the header');

export const ZRowProblem = z.object({ line: z.number().int(), field: z.string(), message: z.string() });

export const ZMappingImport = z
  .object({
    id: z.uuid(),
    side: ZMappingSide,
    partnerId: z.uuid().nullable(),
    fileName: z.string().nullable(),
    mode: z.enum(['replace', 'merge']),
    status: z.enum(['applied']),
    rowsRead: z.number().int(),
    rowsAccepted: z.number().int(),
    rowsRejected: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    removed: z.number().int(),
    columns: z.record(z.string(), z.string()),
    rejections: z.array(ZRowProblem),
    notices: z.array(ZRowProblem),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'MappingImport' });
export type MappingImport = z.output<typeof ZMappingImport>;

export const ZPartnerAccount = z
  .object({
    id: z.uuid(),
    externalId: z.string(),
    name: z.string(),
    website: z.string().nullable(),
    domain: z.string().nullable(),
    population: z.string(),
    country: z.string().nullable(),
    industry: z.string().nullable(),
    matches: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PartnerAccount' });
export type PartnerAccount = z.output<typeof ZPartnerAccount>;
