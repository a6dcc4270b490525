import { createRootRoute, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AcceptInvitePage } from './auth/accept-invite-page';
import { LoginPage } from './auth/login-page';
import { PortalDealsPage } from './portal/deals/portal-deals-page';
import { PortalIncentivesPage } from './portal/incentives/portal-incentives-page';
import { PortalLeadPage } from './portal/leads/portal-lead-page';
import { PortalLeadsPage } from './portal/leads/portal-leads-page';
import { PortalCertificatesPage } from './portal/learning/portal-certificates-page';
import { PortalCoursePage } from './portal/learning/portal-course-page';
import { PortalLearningPage } from './portal/learning/portal-learning-page';
import { PortalMappingPage } from './portal/mapping/portal-mapping-page';
import { PortalCampaignPage } from './portal/marketing/portal-campaign-page';
import { PortalCampaignsPage } from './portal/marketing/portal-campaigns-page';
import { PortalMdfPage } from './portal/mdf/portal-mdf-page';
import { PortalMdfRequestPage } from './portal/mdf/portal-mdf-request-page';
import { PortalOnboardingPage } from './portal/onboarding/portal-onboarding-page';
import { PortalHomePage } from './portal/portal-home-page';
import { PortalOrganizationPage, PortalPartnerPage } from './portal/portal-organization-page';
import { PortalUsersPage } from './portal/portal-users-page';
import { PortalRegistrationPage } from './portal/registrations/portal-registration-page';
import { PortalRegistrationsPage } from './portal/registrations/portal-registrations-page';
import { RegisterDealPage } from './portal/registrations/register-deal-page';
import { PortalScorecardPage } from './portal/scorecard/portal-scorecard-page';
import { PortalSurveysPage } from './portal/surveys/portal-surveys-page';
import { PortalTierPage } from './portal/tiers/portal-tier-page';
import { queryClient } from './shared/api/query-client';
import { ApiKeysPage } from './shared/api-keys/api-keys-page';
import { homePathFor, isPartnerUser, sessionQuery } from './shared/auth/session';
import { DealPage } from './shared/deals/deal-page';
import { AppLayout } from './shared/layout/app-layout';
import { NotFoundPage } from './shared/states/not-found-page';
import { AccountDetailPage } from './vendor/account-detail-page';
import { AccountsPage } from './vendor/accounts-page';
import { AttributionPage } from './vendor/analytics/attribution-page';
import { BenchmarksPage } from './vendor/analytics/benchmarks-page';
import { ForecastPage } from './vendor/analytics/forecast-page';
import { PartnerScorecardPage } from './vendor/analytics/partner-scorecard-page';
import { PartnerScoresPage } from './vendor/analytics/partner-scores-page';
import { ProgramDashboardPage } from './vendor/analytics/program-dashboard-page';
import { AuditPage } from './vendor/audit-page';
import { ConsoleHomePage } from './vendor/console-home-page';
import { DealsPage } from './vendor/deals/deals-page';
import { CertificationReportPage } from './vendor/enablement/certification-report-page';
import { CourseBuilderPage } from './vendor/enablement/course-builder-page';
import { CoursesPage } from './vendor/enablement/courses-page';
import { LearningPathsPage } from './vendor/enablement/learning-paths-page';
import { LifecycleHealthPage } from './vendor/health/lifecycle-health-page';
import { IncentiveLedgerPage } from './vendor/incentives/incentive-ledger-page';
import { IncentiveRulesPage } from './vendor/incentives/incentive-rules-page';
import { CrmImportPage } from './vendor/integrations/crm-import-page';
import { IntegrationsPage } from './vendor/integrations/integrations-page';
import { WebhookPage } from './vendor/integrations/webhook-page';
import { WebhooksPage } from './vendor/integrations/webhooks-page';
import { IppPage } from './vendor/ipp-page';
import { LeadDetailPage } from './vendor/leads/lead-detail-page';
import { LeadRoutingPage } from './vendor/leads/lead-routing-page';
import { LeadsPage } from './vendor/leads/leads-page';
import { AccountMappingPage } from './vendor/mapping/account-mapping-page';
import { CampaignPerformancePage } from './vendor/marketing/campaign-performance-page';
import { MarketingTemplatesPage } from './vendor/marketing/marketing-templates-page';
import { TemplateEditorPage } from './vendor/marketing/template-editor-page';
import { MdfBudgetPage } from './vendor/mdf/mdf-budget-page';
import { MdfBudgetsPage } from './vendor/mdf/mdf-budgets-page';
import { MdfClaimsPage } from './vendor/mdf/mdf-claims-page';
import { MdfRequestReviewPage } from './vendor/mdf/mdf-request-review-page';
import { MdfRequestsPage } from './vendor/mdf/mdf-requests-page';
import { OnboardingProgressPage } from './vendor/onboarding/onboarding-progress-page';
import { PartnerDetailPage } from './vendor/partner-detail-page';
import { PartnersPage } from './vendor/partners-page';
import { CoInnovationPage } from './vendor/program/co-innovation-page';
import { ProgramStagePage } from './vendor/program/program-stage-page';
import { RecruitingBoardPage } from './vendor/recruiting/recruiting-board-page';
import { RegistrationReviewPage } from './vendor/registrations/registration-review-page';
import { RegistrationsPage } from './vendor/registrations/registrations-page';
import { RuleSetPage } from './vendor/rules/rule-set-page';
import { SatisfactionPage } from './vendor/surveys/satisfaction-page';
import { SurveysPage } from './vendor/surveys/surveys-page';
import { TierProgramPage } from './vendor/tiers/tier-program-page';
import { UsersPage } from './vendor/users-page';

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: () => <NotFoundPage /> });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>) => ({
    redirect:
      typeof search.redirect === 'string' && search.redirect.startsWith('/') ? search.redirect : undefined,
  }),
  component: LoginPage,
});

const acceptInviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invite',
  validateSearch: (search: Record<string, unknown>) => ({
    token: typeof search.token === 'string' ? search.token : '',
  }),
  component: AcceptInvitePage,
});

/** Everything below needs a session; a missing or expired one goes to the login page and comes back. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ location }) => {
    const user = await queryClient.ensureQueryData(sessionQuery);
    if (!user) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { user };
  },
  component: AppLayout,
  notFoundComponent: () => <NotFoundPage />,
});

const indexRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: homePathFor(context.user) });
  },
});

const consoleRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/console',
  beforeLoad: ({ context }) => {
    if (isPartnerUser(context.user)) throw redirect({ to: '/portal' });
  },
  component: Outlet,
});

const portalRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/portal',
  beforeLoad: ({ context }) => {
    if (!isPartnerUser(context.user)) throw redirect({ to: '/console' });
  },
  component: Outlet,
});

const listSearch = (search: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(search).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<
    string,
    string
  >;

const consoleChildren = [
  createRoute({ getParentRoute: () => consoleRoute, path: '/', component: ConsoleHomePage }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/partners',
    validateSearch: listSearch,
    component: PartnersPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/partners/$partnerId',
    validateSearch: listSearch,
    component: PartnerDetailPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/accounts',
    validateSearch: listSearch,
    component: AccountsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/accounts/$accountId',
    component: AccountDetailPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/mapping',
    validateSearch: listSearch,
    component: AccountMappingPage,
  }),
  createRoute({ getParentRoute: () => consoleRoute, path: '/ipp', component: IppPage }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/users',
    validateSearch: listSearch,
    component: UsersPage,
  }),
  createRoute({ getParentRoute: () => consoleRoute, path: '/api-keys', component: ApiKeysPage }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/audit',
    validateSearch: listSearch,
    component: AuditPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/registrations',
    validateSearch: listSearch,
    component: RegistrationsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/registrations/$registrationId',
    component: RegistrationReviewPage,
  }),
  createRoute({ getParentRoute: () => consoleRoute, path: '/rules', component: RuleSetPage }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/deals',
    validateSearch: listSearch,
    component: DealsPage,
  }),
  createRoute({ getParentRoute: () => consoleRoute, path: '/deals/$dealId', component: DealPage }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/recruiting',
    validateSearch: listSearch,
    component: RecruitingBoardPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/onboarding',
    validateSearch: listSearch,
    component: OnboardingProgressPage,
  }),
  createRoute({ getParentRoute: () => consoleRoute, path: '/health', component: LifecycleHealthPage }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/tiers',
    validateSearch: listSearch,
    component: TierProgramPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/enablement',
    validateSearch: listSearch,
    component: CoursesPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/enablement/courses/$courseId',
    component: CourseBuilderPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/enablement/paths',
    validateSearch: listSearch,
    component: LearningPathsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/enablement/certifications',
    validateSearch: listSearch,
    component: CertificationReportPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/marketing',
    validateSearch: listSearch,
    component: MarketingTemplatesPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/marketing/templates/$templateId',
    component: TemplateEditorPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/marketing/campaigns',
    validateSearch: listSearch,
    component: CampaignPerformancePage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/leads',
    validateSearch: listSearch,
    component: LeadsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/leads/$leadId',
    component: LeadDetailPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/leads/routing',
    component: LeadRoutingPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/analytics',
    component: ProgramDashboardPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/analytics/scorecard/$partnerId',
    component: PartnerScorecardPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/analytics/benchmarks',
    validateSearch: listSearch,
    component: BenchmarksPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/analytics/attribution',
    component: AttributionPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/analytics/forecast',
    component: ForecastPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/analytics/scores',
    validateSearch: listSearch,
    component: PartnerScoresPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/program',
    component: ProgramStagePage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/program/co-innovation',
    validateSearch: listSearch,
    component: CoInnovationPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/webhooks',
    validateSearch: listSearch,
    component: WebhooksPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/webhooks/$subscriptionId',
    validateSearch: listSearch,
    component: WebhookPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/integrations/import',
    component: CrmImportPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/integrations',
    component: IntegrationsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/mdf',
    validateSearch: listSearch,
    component: MdfBudgetsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/mdf/budgets/$budgetId',
    validateSearch: listSearch,
    component: MdfBudgetPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/mdf/requests',
    validateSearch: listSearch,
    component: MdfRequestsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/mdf/requests/$requestId',
    component: MdfRequestReviewPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/mdf/claims',
    validateSearch: listSearch,
    component: MdfClaimsPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/incentives',
    validateSearch: listSearch,
    component: IncentiveRulesPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/incentives/ledger',
    validateSearch: listSearch,
    component: IncentiveLedgerPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/surveys',
    validateSearch: listSearch,
    component: SurveysPage,
  }),
  createRoute({
    getParentRoute: () => consoleRoute,
    path: '/surveys/results',
    validateSearch: listSearch,
    component: SatisfactionPage,
  }),
];

const portalChildren = [
  createRoute({ getParentRoute: () => portalRoute, path: '/', component: PortalHomePage }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/organization',
    component: PortalOrganizationPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/partners/$partnerId',
    component: PortalPartnerPage,
  }),
  createRoute({ getParentRoute: () => portalRoute, path: '/users', component: PortalUsersPage }),
  createRoute({ getParentRoute: () => portalRoute, path: '/api-keys', component: ApiKeysPage }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/registrations',
    validateSearch: listSearch,
    component: PortalRegistrationsPage,
  }),
  createRoute({ getParentRoute: () => portalRoute, path: '/registrations/new', component: RegisterDealPage }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/registrations/$registrationId',
    component: PortalRegistrationPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/deals',
    validateSearch: listSearch,
    component: PortalDealsPage,
  }),
  createRoute({ getParentRoute: () => portalRoute, path: '/deals/$dealId', component: DealPage }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/mapping',
    validateSearch: listSearch,
    component: PortalMappingPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/onboarding',
    component: PortalOnboardingPage,
  }),
  createRoute({ getParentRoute: () => portalRoute, path: '/tier', component: PortalTierPage }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/learning',
    validateSearch: listSearch,
    component: PortalLearningPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/learning/courses/$courseId',
    component: PortalCoursePage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/certificates',
    validateSearch: listSearch,
    component: PortalCertificatesPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/campaigns',
    validateSearch: listSearch,
    component: PortalCampaignsPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/campaigns/$campaignId',
    component: PortalCampaignPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/leads',
    validateSearch: listSearch,
    component: PortalLeadsPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/leads/$leadId',
    component: PortalLeadPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/mdf',
    validateSearch: listSearch,
    component: PortalMdfPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/mdf/requests/$requestId',
    component: PortalMdfRequestPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/incentives',
    validateSearch: listSearch,
    component: PortalIncentivesPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/scorecard',
    component: PortalScorecardPage,
  }),
  createRoute({
    getParentRoute: () => portalRoute,
    path: '/surveys',
    validateSearch: listSearch,
    component: PortalSurveysPage,
  }),
];

const routeTree = rootRoute.addChildren([
  loginRoute,
  acceptInviteRoute,
  signedInRoute.addChildren([
    indexRoute,
    consoleRoute.addChildren(consoleChildren),
    portalRoute.addChildren(portalChildren),
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  defaultNotFoundComponent: () => <NotFoundPage />,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
