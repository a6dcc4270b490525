import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

/**
 * Responses are written by a serializer compiled from each route's response schema (the zod schema
 * turned into JSON Schema once, at start-up). It writes only the properties the schema names, so a
 * field a view forgot to drop can never leak, and it costs a fraction of re-validating every
 * response with zod. The response objects come from our own view functions, already in shape.
 */
export const compileResponseSerializer: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
};
