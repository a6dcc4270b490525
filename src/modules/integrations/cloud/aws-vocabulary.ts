import type { DealStage } from '../../deals/deals.schemas.js';

/** The industries AWS Partner Central accepts for Customer.Account.Industry. */
export const AWS_INDUSTRIES = [
  'Aerospace',
  'Agriculture',
  'Automotive',
  'Computers and Electronics',
  'Consumer Goods',
  'Education',
  'Energy - Oil and Gas',
  'Energy - Power and Utilities',
  'Financial Services',
  'Gaming',
  'Government',
  'Healthcare',
  'Hospitality',
  'Life Sciences',
  'Manufacturing',
  'Marketing and Advertising',
  'Media and Entertainment',
  'Mining',
  'Non-Profit Organization',
  'Professional Services',
  'Real Estate and Construction',
  'Retail',
  'Software and Internet',
  'Telecommunications',
  'Transportation and Logistics',
  'Travel',
  'Wholesale and Distribution',
  'Other',
] as const;

const SYNONYMS: Record<string, string> = {
  software: 'Software and Internet',
  saas: 'Software and Internet',
  technology: 'Software and Internet',
  internet: 'Software and Internet',
  finance: 'Financial Services',
  banking: 'Financial Services',
  insurance: 'Financial Services',
  fintech: 'Financial Services',
  health: 'Healthcare',
  'health care': 'Healthcare',
  pharmaceuticals: 'Life Sciences',
  biotech: 'Life Sciences',
  telecom: 'Telecommunications',
  media: 'Media and Entertainment',
  logistics: 'Transportation and Logistics',
  energy: 'Energy - Power and Utilities',
  utilities: 'Energy - Power and Utilities',
  'public sector': 'Government',
  nonprofit: 'Non-Profit Organization',
  'non-profit': 'Non-Profit Organization',
  consulting: 'Professional Services',
  electronics: 'Computers and Electronics',
};

/** AWS's industry for a free-text one: exact (any case), a known synonym, else Other with the text kept. */
export function awsIndustry(industry: string): { industry: string; other: string | null } {
  const key = industry.trim().toLowerCase();
  const exact = AWS_INDUSTRIES.find((name) => name.toLowerCase() === key);
  if (exact) return { industry: exact, other: null };
  const synonym = SYNONYMS[key];
  return synonym ? { industry: synonym, other: null } : { industry: 'Other', other: industry.trim() };
}

/** Trellis stage → AWS opportunity stage (both Partner Central and legacy ACE use these names). */
export const AWS_STAGE_OF: Record<DealStage, string> = {
  prospecting: 'Prospect',
  qualification: 'Qualified',
  proposal: 'Technical Validation',
  negotiation: 'Committed',
  closed_won: 'Launched',
  closed_lost: 'Closed Lost',
};

/** AWS stage → Trellis stage, for updates coming back; Business Validation sits between proposal and commit. */
export const TRELLIS_STAGE_OF_AWS: Record<string, DealStage> = {
  prospect: 'prospecting',
  qualified: 'qualification',
  'technical validation': 'proposal',
  'business validation': 'proposal',
  committed: 'negotiation',
  launched: 'closed_won',
  'closed lost': 'closed_lost',
};

/** What the partner has done with the customer, as AWS's SalesActivities vocabulary, by stage. */
export const AWS_SALES_ACTIVITIES: Record<DealStage, string[]> = {
  prospecting: ['Initialized discussions with customer'],
  qualification: ['Customer has shown interest in solution'],
  proposal: ['Conducted POC / Demo'],
  negotiation: ['Agreed on solution to Business Problem'],
  closed_won: ['SOW Signed'],
  closed_lost: ['Initialized discussions with customer'],
};
