import type { PartnerType } from '../modules/partners/partners.schemas.js';
import type { PartnerRole } from '../platform/actor.js';
import type { CourseSpec } from './course-spec.js';
import { SALES_COURSES } from './courses-sales.js';
import { TECHNICAL_COURSES } from './courses-technical.js';
import { DEMO_LAST_DAY } from './demo-clock.js';

/** A course and the story days its author drafted and published it. */
export interface CatalogCourse {
  spec: CourseSpec;
  draftDay: number;
  publishDay: number;
}

/** A learning path, the day it was set up with its first courses, and the days courses were added. */
export interface CatalogPath {
  key: string;
  name: string;
  description: string;
  partnerTypes: PartnerType[];
  roles: PartnerRole[];
  day: number;
  courseKeys: string[];
  additions: { day: number; courseKey: string }[];
}

const COURSE_DAYS: Record<string, readonly [number, number]> = {
  foundations: [6, 9],
  'co-selling': [6, 10],
  'sales-data-platform': [14, 20],
  architecture: [16, 24],
  'security-essentials': [45, 52],
  'integration-api': [60, 66],
  migration: [80, 88],
  marketplace: [150, 158],
  'managed-observability': [DEMO_LAST_DAY - 232, DEMO_LAST_DAY - 224],
};

/** The academy grows with the program: the basics first, specialist courses as partner types join. */
export const ACADEMY_COURSES: readonly CatalogCourse[] = [...SALES_COURSES, ...TECHNICAL_COURSES]
  .map((spec) => {
    const [draftDay, publishDay] = COURSE_DAYS[spec.key]!;
    return { spec, draftDay, publishDay };
  })
  .sort((a, b) => a.draftDay - b.draftDay);

const BOTH: PartnerRole[] = ['partner_admin', 'partner_rep'];

export const ACADEMY_PATHS: readonly CatalogPath[] = [
  {
    key: 'admin-essentials',
    name: 'Partner admin essentials',
    description: 'For the people who run the partnership: the program, deal registration and co-selling.',
    partnerTypes: ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'],
    roles: ['partner_admin'],
    day: 12,
    courseKeys: ['foundations', 'co-selling'],
    additions: [],
  },
  {
    key: 'reseller-sales',
    name: 'Reseller sales path',
    description: 'From the first discovery call to a registered, protected and won deal.',
    partnerTypes: ['reseller'],
    roles: BOTH,
    day: 22,
    courseKeys: ['foundations', 'co-selling', 'sales-data-platform'],
    additions: [{ day: 55, courseKey: 'security-essentials' }],
  },
  {
    key: 'si-technical',
    name: 'Integrator technical path',
    description: 'Design, deploy and migrate: the path to a certified delivery team.',
    partnerTypes: ['si'],
    roles: BOTH,
    day: 26,
    courseKeys: ['foundations', 'architecture'],
    additions: [{ day: 90, courseKey: 'migration' }],
  },
  {
    key: 'msp-operations',
    name: 'Managed services path',
    description: 'Deploy, secure and run Larkspur for many customers at once.',
    partnerTypes: ['msp'],
    roles: BOTH,
    day: 26,
    courseKeys: ['foundations', 'architecture', 'co-selling'],
    additions: [
      { day: 55, courseKey: 'security-essentials' },
      { day: DEMO_LAST_DAY - 220, courseKey: 'managed-observability' },
    ],
  },
  {
    key: 'isv-integration',
    name: 'Technology partner path',
    description: 'Build, certify and list an integration with the Larkspur platform.',
    partnerTypes: ['isv'],
    roles: BOTH,
    day: 68,
    courseKeys: ['foundations', 'integration-api'],
    additions: [],
  },
  {
    key: 'marketplace-sales',
    name: 'Marketplace sales path',
    description: 'Sell the Data Platform through private offers on the cloud marketplaces.',
    partnerTypes: ['cloud_marketplace'],
    roles: BOTH,
    day: 22,
    courseKeys: ['foundations', 'sales-data-platform'],
    additions: [{ day: 160, courseKey: 'marketplace' }],
  },
  {
    key: 'referral',
    name: 'Referral partner path',
    description: 'Everything a referral partner needs to introduce customers and get credited.',
    partnerTypes: ['referral'],
    roles: BOTH,
    day: 12,
    courseKeys: ['foundations', 'co-selling'],
    additions: [],
  },
];

export function courseByKey(key: string): CatalogCourse {
  const course = ACADEMY_COURSES.find((c) => c.spec.key === key);
  if (!course) throw new Error(`The demo academy has no course ${key}`);
  return course;
}

/**
 * The courses a partner user of the type and role can take on the day, in path order: published and
 * open to everyone, or on a path that reaches the user.
 */
export function coursesAvailable(type: PartnerType, role: PartnerRole, day: number): string[] {
  const keys: string[] = ACADEMY_COURSES.filter((c) => c.spec.openToAll && c.publishDay < day).map(
    (c) => c.spec.key,
  );
  for (const path of ACADEMY_PATHS) {
    if (path.day >= day || !path.partnerTypes.includes(type) || !path.roles.includes(role)) continue;
    const added = path.additions.filter((a) => a.day < day).map((a) => a.courseKey);
    for (const key of [...path.courseKeys, ...added])
      if (!keys.includes(key) && courseByKey(key).publishDay < day) keys.push(key);
  }
  return keys;
}
