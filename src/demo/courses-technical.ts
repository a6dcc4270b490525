import { asset, type CourseSpec, single, text, video } from './course-spec.js';

/** The partner academy's technical courses, for integrators, service providers and technology partners. */
export const TECHNICAL_COURSES: readonly CourseSpec[] = [
  {
    key: 'architecture',
    title: 'Data Platform Architecture and Deployment',
    summary:
      'Workspaces, storage and compute separation, networking and identity: design and deploy a production Larkspur tenant.',
    estimatedMinutes: 180,
    openToAll: false,
    certification: { name: 'Larkspur Certified Solutions Architect', validDays: 365 },
    lessons: [
      text(
        'The moving parts, and who may reach them',
        `# Architecture

A **tenant** holds workspaces; each workspace has its own compute pools and shares the tenant's storage.

\`\`\`text
tenant ─┬─ workspace "finance"  ── compute: etl-small, bi-medium
        └─ workspace "product"  ── compute: ai-gpu
storage: one object store per region, encrypted with the customer's key
\`\`\`

- Compute scales to zero; storage never does.
- Private networking by peering or private link; no public endpoints in production.

## Identity

Connect the customer's identity provider by **SAML or OIDC**, map groups to workspace roles, and manage
service accounts with short-lived tokens. Never share one admin login across a project team.`,
      ),
      video('Deploying a tenant with private networking', 'architecture-private-link'),
      asset('Reference architecture (diagrams)', 'reference-architecture.pdf'),
    ],
    quiz: {
      passMark: 0.8,
      attemptsLimit: 3,
      questions: [
        single(
          'What do workspaces of one tenant share?',
          'The tenant’s storage',
          'Their compute pools',
          'Their administrator password',
        ),
        single(
          'How should production tenants be reached?',
          'Through private networking (peering or private link)',
          'Through a public endpoint with IP allow-lists only',
          'Through a shared VPN login',
        ),
        single(
          'Which protocols connect the customer’s identity provider?',
          'SAML or OIDC',
          'FTP',
          'LDAP over the public internet',
        ),
        single('What scales to zero?', 'Compute', 'Storage', 'Audit logs'),
        single(
          'How are service accounts best managed?',
          'With short-lived tokens',
          'With one shared password',
          'With personal logins of the project team',
        ),
      ],
    },
  },
  {
    key: 'migration',
    title: 'Migrating Workloads to Larkspur',
    summary:
      'Assess, plan and run the move from on-premises warehouses and Hadoop clusters, with cut-over checklists.',
    estimatedMinutes: 150,
    openToAll: false,
    certification: { name: 'Larkspur Migration Specialist', validDays: 365 },
    lessons: [
      text(
        'Assessment',
        `# Assess before you move

1. Inventory sources, pipelines, reports and their owners.
2. Classify each workload: **lift** (move as is), **rework** (rewrite the pipeline) or **retire**.
3. Size compute from the last 90 days of query history, not from the old hardware.`,
      ),
      video('Running the migration assessment tool', 'migration-assessment'),
      asset('Cut-over checklist', 'migration-cutover-checklist.docx'),
    ],
    quiz: {
      passMark: 0.75,
      attemptsLimit: 3,
      questions: [
        single(
          'How should compute be sized for a migrated workload?',
          'From recent query history',
          'From the old hardware specification',
          'As large as the budget allows',
        ),
        single('Which is not a workload class in the assessment?', 'Duplicate', 'Lift', 'Rework', 'Retire'),
        single(
          'What comes first in an assessment?',
          'An inventory of sources, pipelines, reports and owners',
          'Switching off the old warehouse',
          'Buying compute credits',
        ),
        single(
          'When is a cut-over done?',
          'When the checklist’s reconciliation and sign-off steps pass',
          'When the first table is copied',
          'When the project budget is spent',
        ),
      ],
    },
  },
  {
    key: 'integration-api',
    title: 'Building Integrations with the Larkspur API',
    summary:
      'Authenticate, read and write through the REST API, react to webhooks, and pass the integration review.',
    estimatedMinutes: 120,
    openToAll: false,
    certification: { name: 'Larkspur Certified Integration Developer', validDays: 730 },
    lessons: [
      text(
        'API basics and webhooks',
        `# The REST API

- Authenticate with an **API key** per integration; keys carry scopes.
- Lists are **cursor-paginated**: follow \`nextCursor\` until it is null.
- Send an \`Idempotency-Key\` header on writes so a retry never creates a duplicate.

\`\`\`http
GET /api/v1/datasets?limit=100
Authorization: Bearer lk_live_…
\`\`\`

## Webhooks

Larkspur signs every delivery with HMAC-SHA256. Verify the signature, answer **2xx within 10 seconds**, and
do the work afterwards; failed deliveries are retried with back-off for a day.`,
      ),
      video('Your first integration in 20 minutes', 'api-first-integration'),
      asset('Integration review checklist', 'integration-review-checklist.pdf'),
    ],
    quiz: {
      passMark: 0.75,
      attemptsLimit: null,
      questions: [
        single(
          'How do you page through a list?',
          'Follow nextCursor until it is null',
          'Increase a page number until an error comes',
          'Ask for limit=100000',
        ),
        single(
          'What makes a retried write safe?',
          'An Idempotency-Key header',
          'Waiting a minute before retrying',
          'Using a second API key',
        ),
        single(
          'How are webhook deliveries signed?',
          'HMAC-SHA256',
          'They are not signed',
          'With the customer’s password',
        ),
        single(
          'How fast must a webhook receiver answer?',
          'Within 10 seconds, doing the work afterwards',
          'After the work is done, however long it takes',
          'Within an hour',
        ),
      ],
    },
  },
  {
    key: 'managed-observability',
    title: 'Running Larkspur Observability as a Managed Service',
    summary:
      'Onboard customers, set alert policies and run the monthly service review for managed Observability.',
    estimatedMinutes: 100,
    openToAll: false,
    certification: { name: 'Larkspur Managed Services Engineer', validDays: 365 },
    lessons: [
      text(
        'Multi-tenant operations',
        `# One console, many customers

Manage each customer as its own tenant under your **partner organization**. Use alert policy templates
so every customer starts with the same baseline, and hand customers read-only dashboards.`,
      ),
      video('Setting up alert policy templates', 'observability-alert-templates'),
      asset('Monthly service review template', 'service-review-template.pptx'),
    ],
    quiz: {
      passMark: 0.67,
      attemptsLimit: null,
      questions: [
        single(
          'How is each managed customer set up?',
          'As its own tenant under the partner organization',
          'As a workspace in the partner’s own tenant',
          'As a user of the partner’s tenant',
        ),
        single(
          'What gives every customer the same baseline?',
          'Alert policy templates',
          'Copying dashboards by hand',
          'A shared admin login',
        ),
        single(
          'What do customers usually get?',
          'Read-only dashboards',
          'Full admin rights on the partner console',
          'Nothing; reports are e-mailed',
        ),
      ],
    },
  },
];
