import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { createCoInnovationProject } from './create-co-innovation-project.js';
import { deleteCoInnovationProject } from './delete-co-innovation-project.js';
import { draftSwot } from './draft-swot.js';
import { findCoInnovationProjects } from './find-co-innovation-projects.js';
import { getCoInnovationMetrics, getCoInnovationProject } from './get-co-innovation-project.js';
import { getProgramStage } from './get-program-stage.js';
import { getSavedSwot } from './get-saved-swot.js';
import { getWhiteSpace } from './get-white-space.js';
import {
  PROJECT_SORTS,
  PROJECT_STATUSES,
  ZCoInnovationInput,
  ZCoInnovationMetrics,
  ZCoInnovationProject,
} from './program.schemas.js';
import { saveSwot } from './save-swot.js';
import { ZStageAssessment } from './stage.schemas.js';
import { ZSavedSwot, ZSavedSwotResponse, ZSaveSwot, ZSwotDraft } from './swot.schemas.js';
import { updateCoInnovationProject } from './update-co-innovation-project.js';
import { ZWhiteSpaceReport } from './white-space.schemas.js';

const tags = ['program'];

const ZFindProjectsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(PROJECT_SORTS, 'name'),
  status: z
    .string()
    .max(100)
    .transform((value) => value.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(PROJECT_STATUSES)).min(1))
    .optional()
    .describe(`One status or several, comma-separated: ${PROJECT_STATUSES.join(', ')}`),
  partnerId: z.uuid().optional().describe('Projects this partner takes part in'),
  q: z.string().trim().min(1).max(200).optional().describe('Name contains'),
});

export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/co-innovation/projects',
    {
      config: { action: 'program.read' },
      schema: {
        operationId: 'listCoInnovationProjects',
        tags,
        summary: 'Joint solutions built with partners, with attach rate, new-market revenue and ROI',
        querystring: ZFindProjectsQuery,
        response: { 200: zPage(ZCoInnovationProject), ...problemResponses },
      },
    },
    async (request) => findCoInnovationProjects(ctxOf(request), request.query),
  );

  app.post(
    '/api/co-innovation/projects',
    {
      config: { action: 'program.write' },
      schema: {
        operationId: 'createCoInnovationProject',
        tags,
        summary: 'Record a co-innovation project with its partners',
        body: ZCoInnovationInput,
        response: { 201: ZCoInnovationProject, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCoInnovationProject(ctxOf(request), request.body)),
  );

  app.get(
    '/api/co-innovation/projects/:id',
    {
      config: { action: 'program.read' },
      schema: {
        operationId: 'getCoInnovationProject',
        tags,
        summary: 'A co-innovation project with its partners and metrics',
        params: ZIdParams,
        response: { 200: ZCoInnovationProject, ...problemResponses },
      },
    },
    async (request) => getCoInnovationProject(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/co-innovation/projects/:id',
    {
      config: { action: 'program.write' },
      schema: {
        operationId: 'updateCoInnovationProject',
        tags,
        summary: "Replace a project's fields and partner list",
        params: ZIdParams,
        body: ZCoInnovationInput,
        response: { 200: ZCoInnovationProject, ...problemResponses },
      },
    },
    async (request) => updateCoInnovationProject(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/co-innovation/projects/:id',
    {
      config: { action: 'program.write' },
      schema: {
        operationId: 'deleteCoInnovationProject',
        tags,
        summary: 'Delete a co-innovation project',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteCoInnovationProject(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/co-innovation/projects/:id/metrics',
    {
      config: { action: 'program.read' },
      schema: {
        operationId: 'getCoInnovationMetrics',
        tags,
        summary: "A project's attach rate, new-market revenue and ROI since launch",
        params: ZIdParams,
        response: { 200: ZCoInnovationMetrics, ...problemResponses },
      },
    },
    async (request) => getCoInnovationMetrics(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/program/white-space',
    {
      config: { action: 'program.read' },
      schema: {
        operationId: 'getProgramWhiteSpace',
        tags,
        summary: 'White space and introductions per partner from the account mapping, top partners first',
        response: { 200: ZWhiteSpaceReport, ...problemResponses },
      },
    },
    async (request) => getWhiteSpace(ctxOf(request)),
  );

  app.get(
    '/api/program/stage',
    {
      config: { action: 'program.read' },
      schema: {
        operationId: 'getProgramStage',
        tags,
        summary:
          "The program's stage from its own data, each capability measured, and what the next stage needs",
        response: { 200: ZStageAssessment, ...problemResponses },
      },
    },
    async (request) => getProgramStage(ctxOf(request)),
  );

  app.get(
    '/api/program/swot/draft',
    {
      config: { action: 'program.read' },
      schema: {
        operationId: 'draftProgramSwot',
        tags,
        summary:
          'A SWOT drafted from benchmarks, white space, forecast, churn risk and conflicts (not saved)',
        response: { 200: ZSwotDraft, ...problemResponses },
      },
    },
    async (request) => draftSwot(ctxOf(request)),
  );

  app.get(
    '/api/program/swot',
    {
      config: { action: 'program.read' },
      schema: {
        operationId: 'getProgramSwot',
        tags,
        summary: "The program's latest saved SWOT",
        response: { 200: ZSavedSwotResponse, ...problemResponses },
      },
    },
    async (request) => getSavedSwot(ctxOf(request)),
  );

  app.put(
    '/api/program/swot',
    {
      config: { action: 'program.swot.write' },
      schema: {
        operationId: 'saveProgramSwot',
        tags,
        summary: 'Save an edited SWOT with the basis of the draft it came from',
        body: ZSaveSwot,
        response: { 200: ZSavedSwot, ...problemResponses },
      },
    },
    async (request) => saveSwot(ctxOf(request), request.body),
  );
};
