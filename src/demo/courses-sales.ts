import { ASSET_HOST, asset, type CourseSpec, single, text, video } from './course-spec.js';

/** The partner academy's program and sales courses. */
export const SALES_COURSES: readonly CourseSpec[] = [
  {
    key: 'foundations',
    title: 'Larkspur Partner Foundations',
    summary:
      'How the Larkspur partner program works: the platform in brief, tiers and benefits, deal registration and where to get help.',
    estimatedMinutes: 45,
    openToAll: true,
    certification: null,
    lessons: [
      text(
        'Welcome to the Larkspur partner program',
        `# Welcome

Larkspur Cloud sells a **data, analytics and security platform** to mid-market and enterprise companies.
Partners take it to customers we would never reach alone, and deliver the projects around it.

## What you get
- **Deal registration**: register an opportunity and it is protected for you while you work it.
- **Co-selling**: a shared deal view with your Larkspur sales rep, notes, tasks and next steps.
- **Enablement**: learning paths for sellers and technical teams, with certifications.
- **Tiers**: Silver, Gold and Platinum, with higher discounts, longer protection and MDF.

## Your first month
1. Invite your team to the portal.
2. Finish this course, then the learning path for your role.
3. Register your first opportunity.

The [partner program guide](${ASSET_HOST}/downloads/larkspur-partner-program-guide.pdf) has the details.

## How deal registration protects you

Register an opportunity **before** the customer signs. The rules of engagement decide at once in most cases:

| situation | decision |
|---|---|
| new customer, no conflict | approved automatically |
| Larkspur already works the account directly | rejected, or reviewed when you add a product line |
| another partner registered it first | reviewed by a partner manager |

An approved registration is protected for **60 days at Silver, 90 at Gold and 120 at Platinum**, and you can
extend it once when the deal shows recent activity.`,
      ),
      video('The Larkspur platform in ten minutes', 'platform-overview'),
    ],
    quiz: null,
  },
  {
    key: 'co-selling',
    title: 'Deal Registration and Co-Selling',
    summary: 'Register deals that get approved, work them with your Larkspur rep, and keep protection alive.',
    estimatedMinutes: 40,
    openToAll: false,
    certification: null,
    lessons: [
      text(
        'A registration that gets approved',
        `# Register it right the first time

- Use the customer's **website or a contact on its own domain**: matching by domain is exact.
- Name the **product lines** you are proposing; a line the direct team does not sell yet can co-exist.
- Give a realistic amount and close date; amounts above the automatic limit go to a manager.
- Free-mail contacts (gmail, outlook) are fine, but then the account is found by name only.`,
      ),
      video('Working a deal with your Larkspur rep', 'co-selling-walkthrough'),
      text(
        'Keeping protection alive',
        `# Protection and extensions

Protection ends on its own. Two weeks before, you get a reminder. Log a meeting, a demo or a note on the
deal, then ask for the **one extension** of 30 days. Expired registrations release the account to others.`,
      ),
    ],
    quiz: {
      passMark: 0.75,
      attemptsLimit: null,
      questions: [
        {
          prompt: 'Which of these go to a partner manager instead of being decided at once?',
          multiple: true,
          options: [
            { text: 'An amount above the automatic approval limit', correct: true },
            { text: 'A customer another partner registered first', correct: true },
            { text: 'A new customer with its website, under the limit', correct: false },
          ],
        },
        single(
          'What makes an account match exact?',
          "The customer's website or a contact on its own domain",
          'The contact person’s phone number',
          'The city the customer is in',
        ),
        single(
          'What do you need before asking for an extension?',
          'Recent activity on the deal',
          "The customer's signature",
          'A manager’s e-mail',
        ),
        single(
          'What happens when protection runs out?',
          'The account is released to others',
          'The deal is closed lost',
          'The registration is renewed automatically',
        ),
      ],
    },
  },
  {
    key: 'sales-data-platform',
    title: 'Selling the Larkspur Data Platform',
    summary:
      'Qualify, position and price the Data Platform and Analytics against warehouses and BI-only tools.',
    estimatedMinutes: 90,
    openToAll: false,
    certification: { name: 'Larkspur Certified Sales Professional', validDays: 365 },
    lessons: [
      text(
        'Who buys it, why, and for how much',
        `# The buyer

The **Head of Data** owns the problem, the **CFO** owns the budget, the **CISO** can stop the deal.

## Three conversations that work
1. *Cost*: consolidating a warehouse, an ETL tool and a BI tool onto one platform.
2. *Speed*: analysts wait days for pipelines; Larkspur gets them governed data in hours.
3. *Risk*: one place for access policies and audit instead of five.

## Pricing

Annual commit in **platform credits**, billed yearly; Analytics seats on top. Offer a three-year
commitment when the customer consolidates tools: the discount is larger, and so is your margin.`,
      ),
      video('Discovery call role-play', 'data-platform-discovery'),
      asset('Battle card: Larkspur vs. legacy warehouses', 'battlecard-data-platform.pdf'),
    ],
    quiz: {
      passMark: 0.8,
      attemptsLimit: 3,
      questions: [
        single('Who usually owns the budget?', 'The CFO', 'The Head of Data', 'The CISO'),
        single(
          'Which conversation leads with consolidation?',
          'Cost',
          'Speed',
          'Risk',
          'Compliance training',
        ),
        single(
          'How is the Data Platform priced?',
          'An annual commit in platform credits',
          'Per query',
          'A one-time perpetual licence',
        ),
        single(
          'When is a three-year commitment worth proposing?',
          'When the customer consolidates tools onto Larkspur',
          'For every pilot',
          'Never; only monthly plans exist',
        ),
        single(
          'Who can stop the deal late in the cycle?',
          'The CISO',
          'The office manager',
          'The partner’s marketing team',
        ),
      ],
    },
  },
  {
    key: 'security-essentials',
    title: 'Larkspur Security Essentials',
    summary:
      'Position the Security Suite: posture management, data access policies and audit for regulated buyers.',
    estimatedMinutes: 60,
    openToAll: false,
    certification: { name: 'Larkspur Security Sales Specialist', validDays: 365 },
    lessons: [
      text(
        'What the Security Suite does',
        `# Security Suite in one page

- **Posture**: continuous checks of cloud and data configuration against CIS and ISO 27001 controls.
- **Access policies**: one policy language for tables, dashboards and AI Studio projects.
- **Audit**: every query and export recorded, searchable for a year.`,
      ),
      video('Demo: finding an over-shared dataset', 'security-demo'),
      asset('Regulated industries playbook', 'security-regulated-playbook.pdf'),
    ],
    quiz: {
      passMark: 0.75,
      attemptsLimit: 3,
      questions: [
        single(
          'Which standards does posture management check against?',
          'CIS and ISO 27001 controls',
          'Only internal rules',
          'None; it is a reporting tool',
        ),
        single('How long is audit data kept searchable?', 'A year', 'A week', 'Until the next release'),
        single(
          'What do access policies cover?',
          'Tables, dashboards and AI Studio projects',
          'Only dashboards',
          'Only user passwords',
        ),
        single(
          'Who is the natural sponsor in a regulated bank?',
          'The CISO',
          'The facilities manager',
          'The marketing director',
        ),
      ],
    },
  },
  {
    key: 'marketplace',
    title: 'Selling through Cloud Marketplaces',
    summary:
      'Private offers on AWS, Azure and Google Cloud marketplaces, and how they count towards your tier.',
    estimatedMinutes: 50,
    openToAll: false,
    certification: { name: 'Larkspur Marketplace Specialist', validDays: 365 },
    lessons: [
      text(
        'Why customers buy through a marketplace',
        `# Marketplace buying

Customers with a **committed cloud spend** can burn it down on Larkspur. A private offer through a channel
partner (CPPO) keeps your margin and the customer's single bill.`,
      ),
      video('Creating a channel partner private offer', 'marketplace-cppo'),
      asset('Marketplace listing reference', 'marketplace-listings.xlsx'),
    ],
    quiz: {
      passMark: 0.67,
      attemptsLimit: null,
      questions: [
        single(
          'Why do customers prefer buying through a marketplace?',
          'It draws down their committed cloud spend',
          'It is always cheaper than list price',
          'It needs no contract',
        ),
        single(
          'What is a CPPO?',
          'A private offer made through a channel partner',
          'A cloud provider’s support plan',
          'A type of deal registration',
        ),
        single('Which marketplaces list Larkspur?', 'AWS, Azure and Google Cloud', 'Only AWS', 'None yet'),
      ],
    },
  },
];
