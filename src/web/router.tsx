import { createRootRoute, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AcceptInvitePage } from './auth/accept-invite-page';
import { LoginPage } from './auth/login-page';
import { PortalDealsPage } from './portal/deals/portal-deals-page';
import { PortalCertificatesPage } from './portal/learning/portal-certificates-page';
import { PortalCoursePage } from './portal/learning/portal-course-page';
import { PortalLearningPage } from './portal/learning/portal-learning-page';
import { PortalMappingPage } from './portal/mapping/portal-mapping-page';
import { PortalOnboardingPage } from './portal/onboarding/portal-onboarding-page';
import { PortalHomePage } from './portal/portal-home-page';
import { PortalOrganizationPage, PortalPartnerPage } from './portal/portal-organization-page';
import { PortalUsersPage } from './portal/portal-users-page';
import { PortalRegistrationPage } from './portal/registrations/portal-registration-page';
import { PortalRegistrationsPage } from './portal/registrations/portal-registrations-page';
import { RegisterDealPage } from './portal/registrations/register-deal-page';
import { PortalTierPage } from './portal/tiers/portal-tier-page';
import { queryClient } from './shared/api/query-client';
import { ApiKeysPage } from './shared/api-keys/api-keys-page';
import { homePathFor, isPartnerUser, sessionQuery } from './shared/auth/session';
import { DealPage } from './shared/deals/deal-page';
import { AppLayout } from './shared/layout/app-layout';
import { NotFoundPage } from './shared/states/not-found-page';
import { AccountDetailPage } from './vendor/account-detail-page';
import { AccountsPage } from './vendor/accounts-page';
import { AuditPage } from './vendor/audit-page';
import { ConsoleHomePage } from './vendor/console-home-page';
import { DealsPage } from './vendor/deals/deals-page';
import { CertificationReportPage } from './vendor/enablement/certification-report-page';
import { CourseBuilderPage } from './vendor/enablement/course-builder-page';
import { CoursesPage } from './vendor/enablement/courses-page';
import { LearningPathsPage } from './vendor/enablement/learning-paths-page';
import { LifecycleHealthPage } from './vendor/health/lifecycle-health-page';
import { IppPage } from './vendor/ipp-page';
import { AccountMappingPage } from './vendor/mapping/account-mapping-page';
import { OnboardingProgressPage } from './vendor/onboarding/onboarding-progress-page';
import { PartnerDetailPage } from './vendor/partner-detail-page';
import { PartnersPage } from './vendor/partners-page';
import { RecruitingBoardPage } from './vendor/recruiting/recruiting-board-page';
import { RegistrationReviewPage } from './vendor/registrations/registration-review-page';
import { RegistrationsPage } from './vendor/registrations/registrations-page';
import { RuleSetPage } from './vendor/rules/rule-set-page';
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
