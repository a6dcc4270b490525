import { z } from 'zod';
import { ZPartnerType } from '../partners/partners.schemas.js';
import { ZCourse, ZPortalRole } from './enablement.schemas.js';

/** Responses of the console's enablement reports (course activity, momentum over time). */

export const ZCourseAudience = z
  .object({
    openToAll: z.boolean().describe('Open to every partner user, whatever the learning paths say'),
    pathCount: z.number().int().describe('Learning paths holding the course'),
    partnerTypes: z.array(ZPartnerType).describe('Partner types its learning paths are assigned to'),
    roles: z.array(ZPortalRole).describe('Portal roles its learning paths are assigned to'),
  })
  .meta({ id: 'CourseAudience' });

export const ZCourseReportRow = ZCourse.extend({
  passMark: z.number().nullable().describe("The quiz's pass mark, 0..1; null without a quiz"),
  questionCount: z.number().int().describe('Questions in the quiz (0 without one)'),
  audience: ZCourseAudience,
  enrolled: z.number().int().describe('Learners enrolled, whether in progress or done'),
  completed: z.number().int().describe('Learners who completed the course'),
  certifiedPeople: z.number().int().describe('People holding a valid certificate from the course'),
}).meta({ id: 'CourseReportRow' });
export type CourseReportRow = z.output<typeof ZCourseReportRow>;

export const ZMomentumPeriod = z
  .object({
    from: z.iso.datetime().describe('Start of the period (exclusive)'),
    to: z.iso.datetime().describe('End of the period (inclusive)'),
    window: z.enum(['previous90Days', 'last90Days']).describe('Which 90-day window the period is in'),
    certifications: z.number().int(),
  })
  .meta({ id: 'CertificationMomentumPeriod' });

export const ZMomentumSummary = z
  .object({
    asOf: z.iso.datetime(),
    last90Days: z.number().int().describe('Certifications earned in the 90 days up to asOf'),
    previous90Days: z.number().int().describe('Certifications earned in the 90 days before those'),
    momentum: z
      .number()
      .nullable()
      .describe('last90Days / previous90Days; null when previous90Days is 0 (no base to compare with)'),
    partnersCertifying: z.number().int().describe('Partners with a certification in the last 90 days'),
    periods: z
      .array(ZMomentumPeriod)
      .describe('The 180 days in six 30-day periods, oldest first: three per window'),
  })
  .meta({ id: 'CertificationMomentumSummary' });
export type MomentumSummary = z.output<typeof ZMomentumSummary>;
