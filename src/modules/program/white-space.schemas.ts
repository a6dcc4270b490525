import { z } from 'zod';

export const ZPartnerWhiteSpace = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    partnerType: z.string(),
    partnerStage: z.string(),
    mapping: z
      .enum(['shared', 'not_shared', 'none'])
      .describe(
        'shared: counts visible; not_shared: mapped but its customers are not shared as counts; none: no mapping yet',
      ),
    refreshedAt: z.iso.datetime().nullable(),
    partnerCustomers: z.number().int().nullable(),
    whiteSpace: z.number().int().nullable().describe("The partner's customers not in the vendor's CRM"),
    introductions: z
      .number()
      .int()
      .nullable()
      .describe("The vendor's prospects that are the partner's customers"),
    coSellNow: z.number().int().nullable(),
    opportunity: z.number().int().nullable().describe('whiteSpace + introductions, the ranking key'),
  })
  .meta({ id: 'PartnerWhiteSpace' });
export type PartnerWhiteSpace = z.output<typeof ZPartnerWhiteSpace>;

export const ZWhiteSpaceReport = z
  .object({
    partners: z
      .array(ZPartnerWhiteSpace)
      .describe('Working partners and every mapped one, largest opportunity first'),
    top: z
      .array(ZPartnerWhiteSpace)
      .describe('Up to five partners with the most white space and introductions'),
    totals: z.object({
      mappedPartners: z.number().int(),
      unmappedPartners: z.number().int(),
      notSharedPartners: z.number().int(),
      whiteSpace: z.number().int(),
      introductions: z.number().int(),
    }),
  })
  .meta({ id: 'WhiteSpaceReport' });
export type WhiteSpaceReport = z.output<typeof ZWhiteSpaceReport>;
