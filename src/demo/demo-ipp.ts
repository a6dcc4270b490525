import type { IppCriterionInput } from '../modules/ipp/ipp.schemas.js';

/** The demo program's ideal partner: services-led, in the expansion regions, mid-sized, skilled where the product sells. */
export const DEMO_IPP: IppCriterionInput[] = [
  {
    kind: 'partner_type',
    label: 'Services-led partner type',
    weight: 25,
    preferred: ['si', 'msp', 'cloud_marketplace'],
  },
  { kind: 'region', label: 'Covers an expansion region', weight: 15, targets: ['EMEA', 'APAC'] },
  {
    kind: 'specialization',
    label: 'Practices where the product sells',
    weight: 25,
    wanted: ['security', 'cloud-migration', 'data-analytics', 'ai-ml'],
    enough: 2,
  },
  { kind: 'company_size', label: 'Mid-sized delivery capacity', weight: 15, min: 50, max: 5000 },
  { kind: 'certifications', label: 'Certified consultants', weight: 10, target: 5 },
  { kind: 'account_overlap', label: 'Shared customer base', weight: 10, target: 10 },
];
