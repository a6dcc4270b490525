import type { PartnerType } from '../modules/partners/partners.schemas.js';

/** Two halves of invented compound names ("Cedar" + "brook"); every pair is a distinct company. */
export const NAME_HEADS = [
  'Blue',
  'Iron',
  'Silver',
  'North',
  'Cedar',
  'Granite',
  'Harbor',
  'Summit',
  'Maple',
  'Coral',
  'Falcon',
  'Aspen',
  'Copper',
  'Willow',
  'Sable',
  'Tidal',
  'Ember',
  'Juniper',
  'Alder',
  'Kestrel',
  'Lumen',
  'Onyx',
  'Pine',
  'Raven',
  'Saffron',
  'Thistle',
  'Vale',
  'Wren',
  'Bright',
  'Clear',
  'Deep',
  'Far',
  'Gold',
  'High',
  'Lake',
  'Red',
  'Stone',
  'West',
  'Oak',
  'Quill',
  'Arbor',
  'Cobalt',
] as const;

export const NAME_TAILS = [
  'peak',
  'line',
  'stone',
  'field',
  'bridge',
  'gate',
  'ridge',
  'point',
  'wave',
  'forge',
  'crest',
  'haven',
  'brook',
  'path',
  'vista',
  'loop',
  'mark',
  'light',
  'shore',
  'wood',
  'span',
  'core',
  'spring',
  'hollow',
] as const;

/** What partners of each type tend to call themselves. */
export const PARTNER_NAME_KINDS: Record<PartnerType, readonly string[]> = {
  reseller: ['Solutions', 'Technology Partners', 'Distribution', 'IT Supply', 'Systems'],
  si: ['Consulting', 'Digital', 'Integration', 'Advisory Group', 'Technologies'],
  isv: ['Labs', 'Software', 'Analytics', 'AI', 'Data'],
  msp: ['Managed Services', 'IT Services', 'Networks', 'Cloud Services', 'Secure IT'],
  referral: ['Advisors', 'Partners', 'Ventures', 'Growth Group', 'Associates'],
  cloud_marketplace: ['Cloud', 'Cloudworks', 'Marketplace Solutions', 'Cloud Partners', 'Cloud Commerce'],
};

export const SPECIALIZATIONS = [
  'security',
  'data-analytics',
  'cloud-migration',
  'devops',
  'ai-ml',
  'networking',
  'erp',
  'crm',
] as const;

/** Specializations each partner type most often brings. */
export const SPECIALIZATION_AFFINITY: Record<PartnerType, readonly string[]> = {
  reseller: ['networking', 'security', 'crm'],
  si: ['erp', 'crm', 'data-analytics', 'cloud-migration'],
  isv: ['ai-ml', 'data-analytics', 'security'],
  msp: ['networking', 'security', 'devops', 'cloud-migration'],
  referral: ['crm', 'erp'],
  cloud_marketplace: ['cloud-migration', 'devops', 'ai-ml'],
};

export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  reseller: 'Value-added reseller',
  si: 'Systems integrator',
  isv: 'Technology partner',
  msp: 'Managed service provider',
  referral: 'Referral partner',
  cloud_marketplace: 'Cloud marketplace partner',
};

/** Typical headcount range per partner type. */
export const PARTNER_EMPLOYEES: Record<PartnerType, readonly [number, number]> = {
  reseller: [20, 2000],
  si: [50, 20000],
  isv: [10, 800],
  msp: [15, 500],
  referral: [2, 60],
  cloud_marketplace: [50, 5000],
};

/** Vendor-account industries with the words companies in them use in their names. */
export const INDUSTRIES: Record<string, readonly string[]> = {
  Healthcare: ['Health', 'Medical Group', 'Clinics', 'Care Partners'],
  'Financial Services': ['Bank', 'Capital', 'Financial', 'Insurance', 'Credit Union'],
  Manufacturing: ['Manufacturing', 'Industries', 'Components', 'Precision', 'Machinery'],
  Retail: ['Retail', 'Outfitters', 'Markets', 'Home Goods'],
  Logistics: ['Logistics', 'Freight', 'Shipping', 'Transport'],
  Energy: ['Energy', 'Power', 'Renewables', 'Utilities'],
  Education: ['Learning', 'Academy', 'Education Group'],
  Media: ['Media', 'Studios', 'Publishing'],
  Telecommunications: ['Telecom', 'Communications', 'Connect'],
  'Public Sector': ['Regional Authority', 'Transit Authority', 'Water District'],
  Hospitality: ['Hotels', 'Resorts', 'Hospitality'],
  Software: ['Software', 'Technologies', 'Digital'],
  Construction: ['Construction', 'Builders', 'Engineering'],
  Pharmaceuticals: ['Pharma', 'Biosciences', 'Therapeutics'],
  Agriculture: ['Farms', 'Agritech', 'Foods'],
};

export const SPECIALIZATION_LABELS: Record<string, string> = {
  security: 'security',
  'data-analytics': 'data analytics',
  'cloud-migration': 'cloud migration',
  devops: 'DevOps',
  'ai-ml': 'AI/ML',
  networking: 'networking',
  erp: 'ERP',
  crm: 'CRM',
};
