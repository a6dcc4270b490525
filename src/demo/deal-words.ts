/** The vendor's product catalogue: every deal and registration names one or more of these. */
export const PRODUCT_LINES = [
  'Analytics',
  'Data Platform',
  'Security',
  'Observability',
  'AI Studio',
] as const;

/** Marketplace listings of the catalogue, for private offers. */
export const LISTINGS: Record<string, string> = {
  Analytics: 'Larkspur Analytics — Enterprise',
  'Data Platform': 'Larkspur Data Platform (annual commit)',
  Security: 'Larkspur Security Suite',
  Observability: 'Larkspur Observability Pro',
  'AI Studio': 'Larkspur AI Studio — Team',
};

const EURO_COUNTRIES = new Set(['DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL']);

/** The currency a customer in this country is quoted in when not in the vendor's USD price book. */
export function localCurrency(country: string): 'EUR' | 'GBP' | 'USD' {
  if (country === 'GB') return 'GBP';
  return EURO_COUNTRIES.has(country) ? 'EUR' : 'USD';
}

export const CUSTOMER_TITLES = [
  'CIO',
  'CTO',
  'VP Engineering',
  'Head of Data',
  'CISO',
  'IT Director',
  'Director of Analytics',
  'Head of Platform Engineering',
  'Chief Data Officer',
] as const;

export const DEAL_KINDS = [
  'expansion',
  'platform rollout',
  'pilot',
  'renewal',
  'migration',
  'enterprise agreement',
];

export const WON_REASONS = [
  'Signed the order form after a successful pilot',
  'Customer chose Larkspur over the incumbent on total cost',
  'Procurement approved the three-year commitment',
  'Technical validation passed; contract countersigned',
  'Closed at quarter end with a multi-year discount',
];

export const LOST_REASONS = [
  'Customer stayed with the incumbent vendor',
  'Budget frozen for the fiscal year',
  'Lost on price to a competitor',
  'Project cancelled after a reorganisation',
  'No decision: the sponsor left the company',
];

/** Why a partner manager approved a registration that waited for review, by why it waited. */
export const APPROVE_REASONS: Record<string, string> = {
  big: 'Amount and timeline look credible after a call with the partner; approved.',
  foreign: 'Checked with the regional sales lead: no overlap with our pipeline.',
  fuzzy: 'Same company as our account, only spelt differently; the partner has an active engagement there.',
  'direct-added':
    'Approved: the partner brings a product line our own team is not selling there. Co-sell with the account owner.',
  conflict: 'Confirmed with both partners and the customer: separate projects, so both registrations stand.',
};

/** Why a partner manager rejected a registration that waited for review, by why it waited. */
export const REJECT_REASONS: Record<string, string> = {
  big: 'The amount is far above the customer’s current spend and no budget is confirmed; resubmit once it is.',
  foreign: 'Not enough evidence of an active buying project yet; resubmit after a discovery meeting.',
  fuzzy: 'This is a different company from our account of that name; please register it with its website.',
  'direct-added':
    'Our field team already covers these product lines with the customer; please co-sell with the account owner instead.',
};

export const REGISTRATION_NOTES = [
  'Customer is consolidating three reporting tools; we ran the discovery workshop.',
  'Came in through our managed-services renewal; the CIO asked for a proposal.',
  'Evaluation against two competitors; we lead the technical validation.',
  'Budget approved for this fiscal year; procurement wants to buy through their cloud commitment.',
  'Expansion of the pilot we delivered last quarter.',
  'Referred by the customer’s systems integrator; first meeting held.',
];

export const DISPUTE_REASONS = [
  'We have run workshops with this customer for months and introduced the product; please look again.',
  'Our engagement is for a different business unit than the one your team sells to.',
  'The customer asked us to lead the project; we can share the email thread.',
  'We registered the parent company; this is a separate subsidiary with its own budget.',
];

export const UPHOLD_REASONS = [
  'Reviewed with the account owner: the vendor team was engaged first. The decision stands.',
  'The earlier registration covers the same project; it stays protected.',
];

export const OVERTURN_REASONS = [
  'The partner showed its evaluation plan predates ours; approved as a co-sell.',
  'Different business unit confirmed with the customer; approved.',
];

export const WITHDRAW_REASONS = [
  'Customer postponed the project to next year.',
  'Duplicate of another registration we made.',
  'The customer decided to buy directly from the vendor.',
  'Our contact left the company; the opportunity went cold.',
];

export const EXTEND_REASONS = [
  'Legal review of the contract is taking longer than planned.',
  'Proof of concept extended at the customer’s request.',
  'Procurement moved the signature to next month.',
];

export const PARTNER_NOTES = [
  'Discovery workshop done; the customer wants a proof of concept with their own data.',
  'Sponsor confirmed budget for this fiscal year; security review is the next hurdle.',
  'Shared our reference architecture; the customer’s platform team is positive.',
  'Customer compares us with two competitors; our integration story is the differentiator.',
  'Met the procurement lead; they prefer buying through their cloud marketplace commitment.',
];

export const VENDOR_NOTES = [
  'Pricing approved up to 18% discount for a three-year term.',
  'Account owner aligned with the partner on who leads the technical validation.',
  'Legal redlines received; standard DPA accepted.',
  'Customer asked for a reference call with a company in the same industry.',
];

export const INTERNAL_NOTES = [
  'Internal: competitor is discounting heavily; hold our floor price.',
  'Internal: partner margin agreed at 15% on this deal.',
  'Internal: forecast as commit for the quarter.',
];

export const TASK_TITLES = [
  'Send the security questionnaire back to the customer',
  'Book the technical validation session',
  'Prepare the business case for the CFO',
  'Share the proof-of-concept success criteria',
  'Confirm the marketplace buying path with procurement',
  'Schedule the executive sponsor call',
];

export const NEXT_STEPS = [
  'Proof of concept kicks off next week with the data team',
  'Waiting for procurement to confirm the marketplace route',
  'Executive sponsor call booked; proposal to follow',
  'Security review in progress; answers due Friday',
];

export const TOUCH_NOTES: Record<string, string[]> = {
  meeting: [
    'Kick-off meeting with the customer’s IT leadership',
    'Quarterly planning meeting with the sponsor',
  ],
  demo: ['Live demo for the analytics team', 'Demo of the security dashboards to the CISO office'],
  technical_validation: [
    'Ran the proof of concept on customer data',
    'Architecture review with the platform team',
  ],
  proposal_support: ['Co-wrote the proposal and pricing with the account team'],
  co_sell_call: ['Weekly co-sell call with the account owner'],
  marketing: ['Invited the customer to our joint roundtable'],
};

export const OFFER_TERMS = [
  'Annual commitment billed through the marketplace; 12-month term, standard EULA.',
  'Three-year commitment, billed annually; includes premium support.',
  'Monthly billing against the customer’s committed cloud spend; custom EULA.',
];
