import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { ZPartnerType } from '../partners/partners.schemas.js';
import { createLearningPath } from './create-learning-path.js';
import { deleteLearningPath } from './delete-learning-path.js';
import { ZLearningPath, ZPortalRole } from './enablement.schemas.js';
import { ZCreateLearningPath, ZUpdateLearningPath } from './enablement-input.schemas.js';
import { findLearningPaths, PATH_SORTS } from './find-learning-paths.js';
import { getLearningPath } from './get-learning-path.js';
import { updateLearningPath } from './update-learning-path.js';

const tags = ['enablement'];

const ZFindPathsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(PATH_SORTS, 'name'),
  partnerType: ZPartnerType.optional().describe('Paths assigned to this partner type'),
  role: ZPortalRole.optional().describe('Paths assigned to this portal role'),
  q: z.string().trim().min(1).max(200).optional().describe('Name contains'),
});

export const pathRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/enablement/paths',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'listLearningPaths',
        tags,
        summary:
          "Learning paths: all for the vendor; for a partner user those assigned to its partner's type and its role",
        querystring: ZFindPathsQuery,
        response: { 200: zPage(ZLearningPath), ...problemResponses },
      },
    },
    async (request) => findLearningPaths(ctxOf(request), request.query),
  );

  app.post(
    '/api/enablement/paths',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'createLearningPath',
        tags,
        summary: 'Create a learning path: courses in order, assigned to partner types × portal roles',
        body: ZCreateLearningPath,
        response: { 201: ZLearningPath, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createLearningPath(ctxOf(request), request.body)),
  );

  app.get(
    '/api/enablement/paths/:id',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'getLearningPath',
        tags,
        summary: 'A learning path with its courses in order',
        params: ZIdParams,
        response: { 200: ZLearningPath, ...problemResponses },
      },
    },
    async (request) => getLearningPath(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/enablement/paths/:id',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'updateLearningPath',
        tags,
        summary: 'Rename a path, replace its courses, or assign it to other partner types and roles',
        params: ZIdParams,
        body: ZUpdateLearningPath,
        response: { 200: ZLearningPath, ...problemResponses },
      },
    },
    async (request) => updateLearningPath(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/enablement/paths/:id',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'deleteLearningPath',
        tags,
        summary: 'Delete a learning path (its courses and learners’ records stay)',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteLearningPath(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
