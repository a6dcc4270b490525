import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses } from '../../platform/http/schemas.js';
import { ZPartnerType } from '../partners/partners.schemas.js';
import { ZCertificationReportRow, ZCourseStatus, ZMomentumRow } from './enablement.schemas.js';
import { ZCourseReportRow, ZMomentumSummary } from './enablement-report.schemas.js';
import { getCertificationMomentum, MOMENTUM_SORTS } from './get-certification-momentum.js';
import { CERTIFICATION_REPORT_SORTS, getCertificationReport } from './get-certification-report.js';
import { COURSE_REPORT_SORTS, getCourseReport } from './get-course-report.js';
import { getMomentumSummary } from './get-momentum-summary.js';

const tags = ['enablement'];

const partnerScope = {
  partnerType: ZPartnerType.optional(),
  partnerId: z.uuid().optional(),
  managerId: z.uuid().optional().describe('Partners this partner manager owns'),
  q: z.string().trim().min(1).max(200).optional().describe('Partner name contains'),
  asOf: z.iso.datetime().optional().describe('The moment to report on; now when left out'),
};
const partnerFilters = { ...ZPageQuery, ...partnerScope };

const ZReportQuery = z.strictObject({
  ...partnerFilters,
  sort: zSort(CERTIFICATION_REPORT_SORTS, 'partnerName'),
  courseId: z.uuid().optional().describe("Only this course's certificates"),
});

const ZMomentumQuery = z.strictObject({
  ...partnerFilters,
  sort: zSort(MOMENTUM_SORTS, 'partnerName'),
});

const ZMomentumSummaryQuery = z.strictObject(partnerScope);

const ZCourseReportQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(COURSE_REPORT_SORTS, 'title'),
  status: ZCourseStatus.optional(),
  partnerType: ZPartnerType.optional().describe('Courses open to all or in a learning path for this type'),
  q: z.string().trim().min(1).max(200).optional().describe('Title contains'),
});

export const enablementReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/enablement/reports/certifications',
    {
      config: { action: 'enablement.report.read' },
      schema: {
        operationId: 'getCertificationReport',
        tags,
        summary:
          'Per partner: certified people, and current certificates valid, expiring within 30 days, and expired unrenewed',
        querystring: ZReportQuery,
        response: { 200: zPage(ZCertificationReportRow), ...problemResponses },
      },
    },
    async (request) => getCertificationReport(ctxOf(request), request.query),
  );

  app.get(
    '/api/enablement/reports/momentum',
    {
      config: { action: 'enablement.report.read' },
      schema: {
        operationId: 'getCertificationMomentum',
        tags,
        summary:
          'Per partner: certifications earned in the last 90 days / in the 90 before (null when the earlier window has none)',
        querystring: ZMomentumQuery,
        response: { 200: zPage(ZMomentumRow), ...problemResponses },
      },
    },
    async (request) => getCertificationMomentum(ctxOf(request), request.query),
  );

  app.get(
    '/api/enablement/reports/momentum/summary',
    {
      config: { action: 'enablement.report.read' },
      schema: {
        operationId: 'getCertificationMomentumSummary',
        tags,
        summary:
          'Certification momentum of all partners the filters pick: last 90 days / the 90 before, with 30-day periods for a trend',
        querystring: ZMomentumSummaryQuery,
        response: { 200: ZMomentumSummary, ...problemResponses },
      },
    },
    async (request) => getMomentumSummary(ctxOf(request), request.query),
  );

  app.get(
    '/api/enablement/reports/courses',
    {
      config: { action: 'enablement.report.read' },
      schema: {
        operationId: 'getCourseReport',
        tags,
        summary:
          'Per course: pass mark, the audience its learning paths give it, learners enrolled and completed, people certified',
        querystring: ZCourseReportQuery,
        response: { 200: zPage(ZCourseReportRow), ...problemResponses },
      },
    },
    async (request) => getCourseReport(ctxOf(request), request.query),
  );
};
