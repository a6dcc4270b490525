import { z } from 'zod';

export const ZProblem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; errors lists each invalid field' });

/** Every API operation can answer with a problem; declared once so the OpenAPI document says so. */
export const problemResponses = { '4xx': ZProblem, '5xx': ZProblem } as const;

export const ZIdParams = z.strictObject({ id: z.uuid() });

export const ZNoContent = z.null().describe('No content');
